import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PathSearch, createDigraph, stronglyConnectedComponents, topologicalOrder } from '../../server/src/service/utils/graph';
import type { Digraph } from '../../server/src/service/utils/graph';

function graph(nodeCount: number, edges: [number, number][]): Digraph {
  return createDigraph(
    nodeCount,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
  );
}

/** Components as sorted node lists, sorted by their first node: independent of numbering. */
function components(g: Digraph): number[][] {
  const { component, count } = stronglyConnectedComponents(g);
  const groups: number[][] = Array.from({ length: count }, () => []);
  component.forEach((c, v) => groups[c]!.push(v));
  return groups.sort((a, b) => a[0]! - b[0]!);
}

describe('graph utilities', () => {
  it('groups edges by their source and keeps edge ids', () => {
    const g = graph(3, [
      [2, 0],
      [0, 1],
      [2, 1],
    ]);
    assert.deepEqual([...g.offsets], [0, 1, 1, 3]);
    assert.deepEqual([...g.out.subarray(g.offsets[2]!, g.offsets[3]!)], [0, 2]);
  });

  it('finds strongly connected components, self-loops and cycles', () => {
    const g = graph(7, [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
      [4, 4],
      [5, 6],
      [6, 5],
      [3, 5],
    ]);
    assert.deepEqual(components(g), [[0, 1, 2], [3], [4], [5, 6]]);
  });

  it('numbers components sinks first', () => {
    const g = graph(3, [
      [0, 1],
      [1, 2],
    ]);
    const { component } = stronglyConnectedComponents(g);
    assert.ok(component[2]! < component[1]! && component[1]! < component[0]!);
  });

  it('orders a DAG topologically and leaves cycles out', () => {
    const g = graph(5, [
      [3, 1],
      [1, 0],
      [4, 0],
      [2, 2],
    ]);
    const order = [...topologicalOrder(g)];
    assert.equal(order.length, 4);
    assert.ok(!order.includes(2));
    assert.ok(order.indexOf(3) < order.indexOf(1) && order.indexOf(1) < order.indexOf(0) && order.indexOf(4) < order.indexOf(0));
    assert.equal(topologicalOrder(g, (e) => e !== 3).length, 5);
  });

  it('handles a chain of 200,000 nodes without recursion', () => {
    const n = 200_000;
    const from = Array.from({ length: n }, (_, i) => i);
    const to = from.map((i) => (i + 1) % n);
    const g = createDigraph(n, from, to);
    assert.equal(stronglyConnectedComponents(g).count, 1);
    const open = topologicalOrder(g, (e) => e !== n - 1);
    assert.equal(open.length, n);
    assert.equal(open[0], 0);
  });

  it('finds shortest paths inside an allowed set', () => {
    const g = graph(5, [
      [0, 1],
      [1, 2],
      [2, 3],
      [0, 4],
      [4, 3],
    ]);
    const search = new PathSearch(g);
    assert.deepEqual(
      search.find(0, 3, () => true),
      [3, 4],
    );
    assert.deepEqual(
      search.find(0, 3, (v) => v !== 4),
      [0, 1, 2],
    );
    assert.equal(
      search.find(3, 0, () => true),
      undefined,
    );
    assert.deepEqual(
      search.find(2, 2, () => true),
      [],
    );
  });
});
