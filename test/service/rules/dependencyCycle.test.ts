import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';

const TEXT = [
  'xproj: 1',
  'project: {id: p, name: P, owner: o, manager: o, start: 2026-03-02}',
  'people: [{id: o, name: O}]',
  'tasks:',
  '  - {id: a, owner: o, duration: 1d, depends_on: [c]}', // 5
  '  - {id: b, owner: o, duration: 1d, depends_on: [{task: a, type: SS}]}', // 6
  '  - {id: c, owner: o, duration: 1d, depends_on: [b]}', // 7
  '  - {id: d, owner: o, duration: 1d, depends_on: [d]}', // 8
  '  - {id: e, owner: o, duration: 1d, depends_on: [a, d]}', // 9: waits on cycles, is not on one
].join('\n');

/** The cycle a → b → c → a may be named from any of its tasks. */
const ABC = /(a → b → c → a|b → c → a → b|c → a → b → c)/;

describe('dependency-cycle', () => {
  it('reports every depends_on entry of a cycle, on the dependency id', () => {
    const a = check(TEXT);
    assert.deepEqual(spansOf(a, 'dependency-cycle'), [
      ['c', 5],
      ['a', 6],
      ['b', 7],
      ['d', 8],
    ]);
    const f = findings(a, 'dependency-cycle');
    assert.ok(f.every((x) => x.severity === 'error'));
    for (const x of f.slice(0, 3)) {
      assert.match(x.message, ABC);
    }
    assert.match(f[0]!.message, /task 'a' depends on 'c'/);
    assert.equal(f[3]!.message, "Task 'd' depends on itself (d → d), so it cannot be scheduled.");
  });

  it('lists the other edges as related information and carries the edge in data', () => {
    const a = check(TEXT);
    const onA = a.problems.find((p) => p.code === 'dependency-cycle' && a.text.slice(p.span.offset, p.span.offset + 1) === 'c')!;
    assert.deepEqual(onA.related?.map((r) => [r.uri, r.message]).sort(), [
      [a.uri, "'b' depends on 'a'"],
      [a.uri, "'c' depends on 'b'"],
    ]);
    const data = onA.data as { cycle: string[]; from: string; to: string };
    assert.deepEqual([...data.cycle].sort(), ['a', 'b', 'c']);
    assert.deepEqual([data.from, data.to], ['a', 'c']);
  });

  it('says nothing about a chain without a cycle', () => {
    const chain = TEXT.replace('depends_on: [c]', 'depends_on: []').replace('depends_on: [d]}', 'depends_on: []}');
    assert.deepEqual(spansOf(check(chain), 'dependency-cycle'), []);
  });

  it('speaks Chinese', () => {
    const a = check(TEXT, { locale: 'zh-cn' });
    const f = findings(a, 'dependency-cycle');
    assert.match(f[0]!.message, /^依赖循环 .*：任务“a”依赖“c”，而“c”又经依赖链等待“a”，这些任务都无法排期。$/);
    assert.equal(f[3]!.message, '任务“d”依赖它自身（d → d），无法排期。');
  });
});

describe('dependency-cycle on a huge cycle', () => {
  it('reports every edge with bounded messages and related information', () => {
    const lines = ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02}', 'tasks:'];
    const n = 3000;
    for (let i = 0; i < n; i++) {
      lines.push(`  - {id: t${i}, depends_on: [t${(i + n - 1) % n}]}`);
    }
    const a = check(lines.join('\n'));
    const problems = a.problems.filter((p) => p.code === 'dependency-cycle');
    assert.equal(problems.length, n);
    assert.ok(problems.every((p) => p.message.length < 400 && (p.related?.length ?? 0) <= 12));
    assert.match(problems[0]!.message, /2989 more tasks/);
  });
});
