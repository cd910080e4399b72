import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings } from '../helpers/plan';

describe('analysis pipeline', () => {
  it('reports YAML syntax errors as diagnostics, not exceptions', () => {
    const a = check('xproj: 1\nproject: [unclosed\n');
    const f = findings(a, 'yaml-syntax');
    assert.ok(f.length > 0);
    assert.equal(f[0]!.severity, 'error');
  });

  it('builds the model of a small plan', () => {
    const a = check(
      [
        'xproj: 1',
        'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}',
        'people: [{id: a, name: A}]',
        'tasks:',
        '  - id: t1',
        '    owner: a',
        '    duration: 3d',
        '    subtasks:',
        '      - {id: t2, depends_on: [t1, {task: t3, type: SS, lag: 2d}]}',
      ].join('\n'),
    );
    assert.deepEqual(
      a.plan.tasks.map((t) => [t.id, t.depth, t.parent?.id]),
      [
        ['t1', 0, undefined],
        ['t2', 1, 't1'],
      ],
    );
    const t2 = a.plan.tasks[1]!;
    assert.deepEqual(
      t2.dependsOn.map((d) => [d.task.id, d.type, d.lag?.amount, d.lag?.unit]),
      [
        ['t1', 'FS', undefined, undefined],
        ['t3', 'SS', 2, 'd'],
      ],
    );
    assert.equal(a.plan.tasks[0]!.duration?.amount, 3);
    assert.equal(a.symbols.person('a')?.name?.value, 'A');
  });

  it('survives an empty file', () => {
    const a = check('');
    assert.equal(a.plan.tasks.length, 0);
  });
});
