import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';

const TEXT = [
  'xproj: 1',
  'project: {id: p, name: P, owner: o, manager: o, start: 2026-03-02}',
  'people: [{id: o, name: O}]',
  'tasks:',
  '  - {id: a, owner: o, start: 2026-03-02, duration: 3d}', // 5: Mon 03-02 to Wed 03-04
  '  - {id: b, owner: o, start: 2026-03-04, duration: 1d, depends_on: [a]}', // 6: FS allows Thu 03-05
  '  - {id: c, owner: o, start: 2026-03-05, duration: 1d, depends_on: [a]}', // exactly when allowed
  '  - {id: d, owner: o, start: 2026-03-06, duration: 1d, depends_on: [{task: a, lag: 2d}]}', // 8: Thu + 2 working days = Mon 03-09
  '  - {id: e, owner: o, start: 2026-03-02, duration: 1d, depends_on: [{task: a, type: SS, lag: 1d}]}', // 9: 03-03
  '  - {id: f, owner: o, duration: 1d, depends_on: [a]}', // no explicit start: placed, never violated
].join('\n');

describe('dependency-violation', () => {
  it('reports explicit starts earlier than a dependency allows, on the start', () => {
    const a = check(TEXT);
    assert.deepEqual(spansOf(a, 'dependency-violation'), [
      ['2026-03-04', 6],
      ['2026-03-06', 8],
      ['2026-03-02', 9],
    ]);
    const f = findings(a, 'dependency-violation');
    assert.ok(f.every((x) => x.severity === 'error'));
    assert.deepEqual(
      f.map((x) => x.message),
      [
        "Task 'b' starts on 2026-03-04, earlier than its dependency on 'a' (FS) allows: it can start on 2026-03-05 at the earliest.",
        "Task 'd' starts on 2026-03-06, earlier than its dependency on 'a' (FS, lag 2d) allows: it can start on 2026-03-09 at the earliest.",
        "Task 'e' starts on 2026-03-02, earlier than its dependency on 'a' (SS, lag 1d) allows: it can start on 2026-03-03 at the earliest.",
      ],
    );
    assert.deepEqual(
      a.problems.filter((p) => p.code === 'dependency-violation').map((p) => p.data),
      [
        { task: 'b', earliestStart: '2026-03-05' },
        { task: 'd', earliestStart: '2026-03-09' },
        { task: 'e', earliestStart: '2026-03-03' },
      ],
    );
  });

  it('points at the dependency entry as related information', () => {
    const a = check(TEXT);
    const p = a.problems.find((x) => x.code === 'dependency-violation')!;
    assert.deepEqual(
      p.related?.map((r) => [r.uri, a.text.slice(r.span.offset, r.span.offset + r.span.length), r.message]),
      [[a.uri, 'a', "the dependency on 'a'"]],
    );
  });

  it('speaks Chinese', () => {
    const a = check(TEXT, { locale: 'zh-cn' });
    assert.equal(
      findings(a, 'dependency-violation')[1]!.message,
      '任务“d”的开始日期 2026-03-06 早于对“a”的依赖（FS，延隔 2d）所允许的日期，最早只能在 2026-03-09 开始。',
    );
  });
});
