import { applyRows, diffRows, isEmptyPatch, shiftRange } from './rowPatch';
import type { LineRange, RowShape, RowsPatch } from './rowPatch';

/** A node of a view's tree (the task tree's phases and tasks): keyed by kind and id, revealed at its range. */
export interface PatchableNode {
  readonly kind: string;
  readonly id: string | null;
  readonly range: LineRange | null;
  readonly children: readonly PatchableNode[];
}

/** A node as a row of the tree's preorder list: without its children, with how many it has. */
export type TreeRow<N> = N extends unknown ? Omit<N, 'children'> & { readonly childCount: number } : never;

/** A tree model (`roots` and small fields) as a change of the previous one: the small fields whole, the nodes as a row patch. */
export type TreePatch<M extends { readonly roots: readonly N[] }, N extends PatchableNode> = Omit<M, 'roots'> & {
  readonly roots: RowsPatch<TreeRow<N>>;
};

type AnyRow = Omit<PatchableNode, 'children'> & { readonly childCount: number };

/**
 * Tasks (the bulk) are keyed by their id as is, so the diff allocates no key for them; a phase
 * whose id is a task's too makes the keys repeat, and the tree is then sent whole.
 */
const keyOf = (row: { readonly kind: string; readonly id: string | null }): string =>
  row.kind === 'task' && row.id !== null ? row.id : `${row.kind}:${row.id ?? ''}`;

/** Nodes as the server diffs them: whole, their `children` compared by count (see `sameJson`). */
const NODES: RowShape<PatchableNode> = {
  key: keyOf,
  range: (node) => node.range,
  shifted: (node) => node,
};

/** Rows as the client patches them. */
const ROWS: RowShape<AnyRow> = {
  key: keyOf,
  range: (row) => row.range,
  shifted: (row, lines) => (row.range ? { ...row, range: shiftRange(row.range, lines) } : row),
};

/** The tree's nodes in preorder (the nodes themselves). */
export function preorder<N extends PatchableNode>(roots: readonly N[]): N[] {
  const nodes: PatchableNode[] = [];
  const visit = (node: PatchableNode): void => {
    nodes.push(node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return nodes as N[];
}

/** A node without its children, as a patch carries it. */
function rowOf(node: PatchableNode): AnyRow {
  const { children, ...rest } = node;
  return { ...rest, childCount: children.length };
}

/** The tree's nodes in preorder, each without its children. */
export function flattenTree<N extends PatchableNode>(roots: readonly N[]): TreeRow<N>[] {
  return preorder<PatchableNode>(roots).map(rowOf) as unknown as TreeRow<N>[];
}

/**
 * The tree a preorder list describes; undefined when the child counts do not fit the list. With a
 * stack, not recursion: a list is data from another process, and a deep chain must not overflow.
 */
export function buildTree<N extends PatchableNode>(rows: readonly TreeRow<N>[]): N[] | undefined {
  const roots: PatchableNode[] = [];
  /** The nodes still waiting for children, with how many. */
  const open: { children: PatchableNode[]; left: number }[] = [];
  for (const row of rows as unknown as readonly AnyRow[]) {
    const { childCount, ...rest } = row;
    if (!Number.isSafeInteger(childCount) || childCount < 0) {
      return undefined;
    }
    const children: PatchableNode[] = [];
    const parent = open[open.length - 1];
    (parent ? parent.children : roots).push({ ...rest, children });
    if (parent && --parent.left === 0) {
      open.pop();
    }
    if (childCount > 0) {
      open.push({ children, left: childCount });
    }
  }
  return open.length === 0 ? (roots as N[]) : undefined;
}

/**
 * What turns the tree whose preorder nodes are `base` into `next`; undefined when a patch cannot
 * say it (repeated ids). Only the changed nodes are copied into rows.
 */
export function diffTree<M extends { readonly roots: readonly N[] }, N extends PatchableNode>(
  base: readonly N[],
  next: M,
  nextNodes: readonly N[] = preorder(next.roots),
): TreePatch<M, N> | undefined {
  const nodes = diffRows<PatchableNode>(base, nextNodes, NODES);
  if (!nodes) {
    return undefined;
  }
  const roots: RowsPatch<AnyRow> = { ...nodes, rows: nodes.rows.map(rowOf) };
  return { ...next, roots } as unknown as TreePatch<M, N>;
}

/** Whether a tree patch changes no node (its small fields are compared by the caller). */
export function isEmptyTreePatch<M extends { readonly roots: readonly N[] }, N extends PatchableNode>(patch: TreePatch<M, N>): boolean {
  return isEmptyPatch(patch.roots);
}

/** The rows and the model `patch` makes of the tree whose rows are `base`; undefined when it does not fit. */
export function applyTreePatch<M extends { readonly roots: readonly N[] }, N extends PatchableNode>(
  base: readonly TreeRow<N>[],
  patch: TreePatch<M, N>,
): { readonly rows: readonly TreeRow<N>[]; readonly model: M } | undefined {
  const rows = applyRows(base as unknown as readonly AnyRow[], patch.roots as unknown as RowsPatch<AnyRow>, ROWS);
  const roots = rows && buildTree<N>(rows as unknown as TreeRow<N>[]);
  return rows && roots ? { rows: rows as unknown as TreeRow<N>[], model: { ...patch, roots } as unknown as M } : undefined;
}
