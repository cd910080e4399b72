/**
 * Patches of a list of keyed rows: what a view model's answer carries instead of the whole list
 * when the client already holds the previous one (the Gantt's tasks, the task tree's nodes). A
 * keystroke changes a few rows, and a line typed or deleted moves the ranges of every row below
 * it by the same number of lines; both stay small here, so a 20,000-task plan's views travel as
 * a few rows and a line shift instead of megabytes of JSON after each edit.
 *
 * Server, client and webview share this module: the server diffs, the others apply.
 */

/** Zero-based line and character positions, as LSP ranges have them. */
export interface LineRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** A run of rows that moved by whole lines and changed in nothing else: [first index in the new list, count, lines]. */
export type LineShift = readonly [from: number, count: number, lines: number];

export interface RowsPatch<T> {
  /** The keys of the new list in order; absent when they are the base's, in the same order. */
  readonly keys?: readonly string[];
  /** The rows that are new or changed other than by a line shift, whole. */
  readonly rows: readonly T[];
  readonly shifts: readonly LineShift[];
}

/** How to read a kind of row: its key, unique in a list, and where it is written (`null`: nowhere). */
export interface RowShape<T> {
  readonly key: (row: T) => string;
  readonly range: (row: T) => LineRange | null;
  /** The row with its range moved by `lines`. */
  readonly shifted: (row: T, lines: number) => T;
}

/** Whether a patch changes nothing. */
export function isEmptyPatch<T>(patch: RowsPatch<T>): boolean {
  return patch.keys === undefined && patch.rows.length === 0 && patch.shifts.length === 0;
}

/**
 * What turns `base` into `next`; undefined when either list repeats a key (a plan with duplicate
 * ids), which a patch keyed by id could not describe: the whole list is sent then.
 */
export function diffRows<T>(base: readonly T[], next: readonly T[], shape: RowShape<T>): RowsPatch<T> | undefined {
  const keys = next.map(shape.key);
  if (new Set(keys).size !== keys.length) {
    return undefined;
  }
  const sameOrder = base.length === next.length && base.every((row, i) => shape.key(row) === keys[i]);
  let byKey: Map<string, T> | undefined;
  if (!sameOrder) {
    byKey = new Map(base.map((row) => [shape.key(row), row]));
    if (byKey.size !== base.length) {
      return undefined;
    }
  }
  const rows: T[] = [];
  const shifts: [number, number, number][] = [];
  for (let i = 0; i < next.length; i++) {
    const row = next[i]!;
    const old = byKey ? byKey.get(keys[i]!) : base[i];
    const lines = old === undefined ? undefined : lineShift(old, row, shape);
    if (lines === undefined) {
      rows.push(row);
    } else if (lines !== 0) {
      const last = shifts[shifts.length - 1];
      if (last && last[0] + last[1] === i && last[2] === lines) {
        last[1]++;
      } else {
        shifts.push([i, 1, lines]);
      }
    }
  }
  return { ...(sameOrder ? {} : { keys }), rows, shifts };
}

/**
 * The list `patch` makes of `base`; undefined when it does not fit (a key it names is in neither,
 * a shift falls outside), after which the client asks for the whole list again.
 */
export function applyRows<T>(base: readonly T[], patch: RowsPatch<T>, shape: RowShape<T>): T[] | undefined {
  const changed = new Map(patch.rows.map((row) => [shape.key(row), row]));
  let out: (T | undefined)[];
  if (patch.keys) {
    const byKey = new Map(base.map((row) => [shape.key(row), row]));
    out = patch.keys.map((key) => changed.get(key) ?? byKey.get(key));
  } else {
    let replaced = 0;
    out = base.map((row) => {
      const next = changed.get(shape.key(row));
      replaced += next === undefined ? 0 : 1;
      return next ?? row;
    });
    // A changed row whose key the base lacks would be lost: the patch is for another list.
    if (replaced !== changed.size) {
      return undefined;
    }
  }
  for (const [from, count, lines] of patch.shifts) {
    if (from < 0 || count < 0 || from + count > out.length) {
      return undefined;
    }
    for (let i = from; i < from + count; i++) {
      const row = out[i];
      out[i] = row === undefined ? undefined : shape.shifted(row, lines);
    }
  }
  return out.every((row) => row !== undefined) ? (out as T[]) : undefined;
}

/** A range moved by whole lines. */
export function shiftRange(range: LineRange, lines: number): LineRange {
  return {
    start: { line: range.start.line + lines, character: range.start.character },
    end: { line: range.end.line + lines, character: range.end.character },
  };
}

/** 0 when the rows are equal, the lines `next`'s range moved by when that is all that differs, else undefined. */
function lineShift<T>(base: T, next: T, shape: RowShape<T>): number | undefined {
  const a = shape.range(base);
  const b = shape.range(next);
  let lines = 0;
  if (a && b) {
    lines = b.start.line - a.start.line;
    if (b.end.line - a.end.line !== lines || a.start.character !== b.start.character || a.end.character !== b.end.character) {
      return undefined;
    }
  } else if (a !== b) {
    return undefined;
  }
  return sameJson(base, next, a) ? lines : undefined;
}

/**
 * Deep equality of JSON values, `skip` (the range, compared apart) excepted; a tree node's
 * `children` are compared by count, each child being a row of its own. With `for…in`, not
 * `Object.keys`: it runs for every row of a 20,000-task plan after each keystroke.
 */
function sameJson(a: unknown, b: unknown, skip?: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let keys = 0;
  for (const key in ra) {
    keys++;
    const va = ra[key];
    if (va === skip && skip !== undefined) {
      continue;
    }
    if (key === 'children' && Array.isArray(va)) {
      const vb = rb[key];
      if (!Array.isArray(vb) || vb.length !== va.length) {
        return false;
      }
      continue;
    }
    if (!sameJson(va, rb[key]) || (va === undefined && !(key in rb))) {
      return false;
    }
  }
  for (const _key in rb) {
    keys--;
  }
  return keys === 0;
}
