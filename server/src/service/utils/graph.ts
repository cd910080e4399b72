/**
 * Directed graphs over dense node ids (0..nodeCount-1) in compressed sparse row form, with the
 * few algorithms the scheduler needs. Everything is iterative: plans with tens of thousands of
 * chained tasks must not overflow the call stack.
 */

/** The edges leaving node `v` are `out[offsets[v]] .. out[offsets[v + 1] - 1]` (edge ids). */
export interface Digraph {
  readonly nodeCount: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly offsets: Int32Array;
  readonly out: Int32Array;
}

/** Builds a graph; edge `i` goes from `from[i]` to `to[i]`, and keeps its id `i`. Int32Arrays are kept, not copied. */
export function createDigraph(nodeCount: number, from: ArrayLike<number>, to: ArrayLike<number>): Digraph {
  const edgeCount = from.length;
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    offsets[from[e]! + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) {
    offsets[v + 1]! += offsets[v]!;
  }
  const fill = offsets.slice(0, nodeCount);
  const out = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    out[fill[from[e]!]!++] = e;
  }
  const asInt32 = (a: ArrayLike<number>): Int32Array => (a instanceof Int32Array ? a : Int32Array.from(a));
  return { nodeCount, from: asInt32(from), to: asInt32(to), offsets, out };
}

export interface Components {
  /** The component of each node. Components are numbered in reverse topological order (sinks first). */
  readonly component: Int32Array;
  readonly count: number;
}

/** Tarjan's strongly connected components, with explicit stacks. */
export function stronglyConnectedComponents(g: Digraph): Components {
  const n = g.nodeCount;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const calls = new Int32Array(n);
  const cursor = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  let sp = 0;
  let next = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) {
      continue;
    }
    let cp = 0;
    const enter = (v: number): void => {
      index[v] = low[v] = next++;
      stack[sp++] = v;
      onStack[v] = 1;
      cursor[v] = g.offsets[v]!;
      calls[cp++] = v;
    };
    enter(root);
    while (cp > 0) {
      const v = calls[cp - 1]!;
      if (cursor[v]! < g.offsets[v + 1]!) {
        const w = g.to[g.out[cursor[v]!++]!]!;
        if (index[w] === -1) {
          enter(w);
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      cp--;
      if (cp > 0) {
        const u = calls[cp - 1]!;
        if (low[v]! < low[u]!) {
          low[u] = low[v]!;
        }
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  return { component, count };
}

/**
 * Kahn's topological order over the edges that `keep` accepts (all when omitted). Nodes on a
 * cycle of kept edges, and everything after them, are missing from the result, so a result
 * shorter than `nodeCount` means the kept edges are not acyclic.
 */
export function topologicalOrder(g: Digraph, keep?: (edge: number) => boolean): Int32Array {
  const n = g.nodeCount;
  const indegree = new Int32Array(n);
  for (let e = 0; e < g.to.length; e++) {
    if (!keep || keep(e)) {
      indegree[g.to[e]!]!++;
    }
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if (indegree[v] === 0) {
      order[tail++] = v;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
      const e = g.out[i]!;
      if ((!keep || keep(e)) && --indegree[g.to[e]!]! === 0) {
        order[tail++] = g.to[e]!;
      }
    }
  }
  return order.subarray(0, tail);
}

/**
 * Breadth-first shortest paths. One instance reuses its scratch arrays across searches, so many
 * searches in a big graph cost only what each one visits.
 */
export class PathSearch {
  private readonly seen: Int32Array;
  private readonly via: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  /** Edges looked at so far, over all searches. */
  work = 0;

  constructor(private readonly g: Digraph) {
    this.seen = new Int32Array(g.nodeCount);
    this.via = new Int32Array(g.nodeCount);
    this.queue = new Int32Array(g.nodeCount);
  }

  /** The edge ids of a shortest path from `source` to `target` through nodes `allow` accepts, or undefined. */
  find(source: number, target: number, allow: (node: number) => boolean): number[] | undefined {
    const g = this.g;
    const stamp = ++this.stamp;
    if (source === target) {
      return [];
    }
    this.seen[source] = stamp;
    this.queue[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = this.queue[head]!;
      for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
        this.work++;
        const e = g.out[i]!;
        const w = g.to[e]!;
        if (this.seen[w] === stamp || !allow(w)) {
          continue;
        }
        this.seen[w] = stamp;
        this.via[w] = e;
        if (w === target) {
          return this.pathTo(source, target);
        }
        this.queue[tail++] = w;
      }
    }
    return undefined;
  }

  private pathTo(source: number, target: number): number[] {
    const path: number[] = [];
    for (let v = target; v !== source; v = this.g.from[this.via[v]!]!) {
      path.push(this.via[v]!);
    }
    return path.reverse();
  }
}
