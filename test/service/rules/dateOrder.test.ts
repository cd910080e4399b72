import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatDay } from '../../../common/dates';
import { check, findings, spansOf } from '../../helpers/plan';

const PEOPLE = 'people: [{id: a, name: A}]';

function dataAt(text: string, line: number): unknown {
  const a = check(text);
  const f = findings(a, 'date-order');
  return a.problems.filter((p) => p.code === 'date-order')[f.findIndex((x) => x.line === line)]?.data;
}

describe('date-order', () => {
  it('reports reversed ranges: project, holidays, phases and tasks', () => {
    const text = [
      'xproj: 1',
      'project:',
      '  id: p',
      '  name: P',
      '  owner: a',
      '  manager: a',
      '  start: 2026-03-02',
      '  end: 2026-02-27', // 8
      '  calendar:',
      '    holidays: [2026-04-06, {from: 2026-05-05, to: 2026-05-01}, {from: 2026-05-06, to: 2026-05-06}]', // 10
      PEOPLE,
      'phases:',
      '  - {id: ph1, name: 启动, start: 2026-03-10, end: 2026-03-09}', // 13
      '  - {id: ph2, name: 规划, start: 2026-03-10, end: 2026-03-10}',
      'tasks:',
      '  - {id: t1, owner: a, start: 2026-03-10, end: 2026-03-09}', // 16
      '  - {id: t2, owner: a, start: 2026-03-10, end: 2026-03-10}',
    ].join('\n');
    const a = check(text);
    assert.deepEqual(spansOf(a, 'date-order'), [
      ['2026-02-27', 8],
      ['{from: 2026-05-05, to: 2026-05-01}', 10],
      ['2026-03-09', 13],
      ['2026-03-09', 16],
    ]);
    assert.deepEqual(
      findings(a, 'date-order').map((f) => [f.severity, f.message]),
      [
        ['error', 'The project ends on 2026-02-27, before it starts on 2026-03-02.'],
        ['error', 'This holiday range runs backwards: from 2026-05-05 to 2026-05-01.'],
        ['error', "Phase 'ph1' ends on 2026-03-09, before it starts on 2026-03-10."],
        ['error', "Task 't1' ends on 2026-03-09, before it starts on 2026-03-10."],
      ],
    );
    assert.deepEqual(dataAt(text, 16), { task: 't1', start: '2026-03-10', end: '2026-03-09' });
    assert.deepEqual(dataAt(text, 8), { start: '2026-03-02', end: '2026-02-27' });
  });

  describe('tasks outside the project dates', () => {
    const text = [
      'xproj: 1',
      'project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02, end: 2026-03-13}',
      PEOPLE,
      'tasks:',
      '  - {id: early, owner: a, start: 2026-02-27, duration: 1d}', // 5: a Friday, 3 days early
      '  - {id: a, owner: a, start: 2026-03-09, duration: 5d}', // ends Fri 2026-03-13: on the bound
      '  - {id: b, owner: a, duration: 2d, depends_on: [a]}', // 7: Mon 03-16 to Tue 03-17
      '  - {id: c, owner: a, start: 2026-03-11, end: 2026-03-16}', // 8
      '  - {id: m, owner: a, milestone: true, depends_on: [a]}', // on 03-13: inside
      '  - id: summary', // 10
      '    owner: a',
      '    subtasks:',
      '      - {id: child, start: 2026-02-26, duration: 1d}', // 13: 4 days early
    ].join('\n');

    it('reports where a task starts before or ends after the project, and by how much', () => {
      const a = check(text);
      assert.deepEqual(spansOf(a, 'date-order'), [
        ['2026-02-27', 5],
        ['b', 7],
        ['2026-03-16', 8],
        ['2026-02-26', 13],
      ]);
      const messages = findings(a, 'date-order').map((f) => f.message);
      assert.deepEqual(messages, [
        "Task 'early' starts on 2026-02-27, 3 days before the project starts (2026-03-02).",
        "Task 'b' ends on 2026-03-17, 4 days after the project's end date (2026-03-13).",
        "Task 'c' ends on 2026-03-16, 3 days after the project's end date (2026-03-13).",
        "Task 'child' starts on 2026-02-26, 4 days before the project starts (2026-03-02).",
      ]);
      assert.deepEqual(dataAt(text, 7), { task: 'b', bound: 'end', limit: '2026-03-13' });
    });

    it('has nothing to say about a project without dates or with reversed dates', () => {
      const open = text.replace('start: 2026-03-02, end: 2026-03-13', 'start: 2026-02-01');
      assert.deepEqual(spansOf(check(open), 'date-order'), []);
      const reversed = text.replace('end: 2026-03-13', 'end: 2026-02-13');
      assert.deepEqual(spansOf(check(reversed), 'date-order'), [['2026-02-13', 2]]);
    });

    it('speaks Chinese', () => {
      const a = check(text, { locale: 'zh-cn' });
      assert.deepEqual(
        findings(a, 'date-order')
          .slice(0, 2)
          .map((f) => f.message),
        ['任务“early”的开始日期 2026-02-27 比项目开始日期（2026-03-02）早 3 天。', '任务“b”的结束日期 2026-03-17 比项目结束日期（2026-03-13）晚 4 天。'],
      );
    });
  });

  it('speaks Chinese about reversed ranges', () => {
    const a = check(
      [
        'xproj: 1',
        'project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02}',
        PEOPLE,
        'tasks:',
        '  - {id: 启动会, owner: a, start: 2026-03-10, end: 2026-03-09}',
      ].join('\n'),
      {
        locale: 'zh-cn',
      },
    );
    assert.deepEqual(
      findings(a, 'date-order').map((f) => f.message),
      ['任务“启动会”的结束日期 2026-03-09 早于开始日期 2026-03-10。'],
    );
  });
});

describe('date-order with a derived start', () => {
  it('reports an end-only task whose end falls before the start its dependencies allow', () => {
    const a = check(
      ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02}', 'tasks:', '  - {id: a, duration: 5d}', '  - {id: b, end: 2026-03-04, depends_on: [a]}'].join(
        '\n',
      ),
    );
    assert.deepEqual(spansOf(a, 'date-order'), [['2026-03-04', 5]]);
    assert.match(findings(a, 'date-order')[0]!.message, /before it starts on 2026-03-09/);
  });
});

describe('date-order at the ends of the supported dates', () => {
  const far = [
    'xproj: 1',
    'project: {id: p, name: P, owner: a, manager: a, start: 9990-03-02, end: 9995-12-29}',
    PEOPLE,
    'tasks:',
    '  - {id: long, owner: a, duration: 100000d}', // 5
    '  - {id: next, owner: a, depends_on: [long], milestone: true}', // 6
    '  - {id: edge, owner: a, start: 9999-12-30, duration: 2d}', // 7: Thursday and Friday 9999-12-31
    '  - {id: over, owner: a, start: 9999-12-31, duration: 2d}', // 8
    '  - {id: fine, owner: a, duration: 3d}',
  ].join('\n');

  it('reports each task that would end after 9999-12-31, clamps its dates, and keeps the rest of the plan', () => {
    const a = check(far);
    assert.deepEqual(spansOf(a, 'date-order'), [
      ['long', 5],
      ['next', 6],
      ['9999-12-30', 7],
      ['over', 8],
    ]);
    assert.deepEqual(
      findings(a, 'date-order').map((f) => f.message),
      [
        "Task 'long' would end after 9999-12-31, the latest date XProj supports.",
        "Task 'next' would end after 9999-12-31, the latest date XProj supports.",
        "Task 'edge' ends on 9999-12-31, 1463 days after the project's end date (9995-12-29).",
        "Task 'over' would end after 9999-12-31, the latest date XProj supports.",
      ],
    );
    assert.deepEqual(dataAt(far, 8), { task: 'over', bound: 'supported', limit: '9999-12-31' });
    const shown = (id: string): string[] => {
      const s = [...a.schedule.tasks.values()].find((t) => t.task.id === id)!;
      return [formatDay(s.start), formatDay(s.end)];
    };
    assert.deepEqual(shown('long'), ['9990-03-02', '9999-12-31']);
    assert.deepEqual(shown('over'), ['9999-12-31', '9999-12-31']);
    assert.deepEqual(shown('fine'), ['9990-03-02', '9990-03-06']);
    assert.equal(formatDay(a.schedule.finish), '9999-12-31');
  });

  it('reports a task that would start before 0001-01-01', () => {
    const a = check(
      [
        'xproj: 1',
        'project: {id: p, name: P, owner: a, manager: a, start: 0001-01-01}',
        PEOPLE,
        'tasks:',
        '  - {id: back, owner: a, end: 0001-01-05, duration: 10d}',
      ].join('\n'),
    );
    assert.deepEqual(
      findings(a, 'date-order').map((f) => [f.line, f.message]),
      [[5, "Task 'back' would start before 0001-01-01, the earliest date XProj supports."]],
    );
    const s = [...a.schedule.tasks.values()][0]!;
    assert.deepEqual([formatDay(s.start), formatDay(s.end)], ['0001-01-01', '0001-01-05']);
  });

  it('speaks Chinese about them', () => {
    assert.deepEqual(
      findings(check(far, { locale: 'zh-cn' }), 'date-order').map((f) => f.message)[0],
      '任务“long”将在 9999-12-31 之后结束，超出了 XProj 支持的最晚日期。',
    );
    const a = check(['xproj: 1', 'project: {id: p, name: P, start: 0001-01-01}', 'tasks:', '  - {id: back, end: 0001-01-05, duration: 10d}'].join('\n'), {
      locale: 'zh-cn',
    });
    assert.deepEqual(
      findings(a, 'date-order').map((f) => f.message),
      ['任务“back”将在 0001-01-01 之前开始，早于 XProj 支持的最早日期。'],
    );
  });

  it('schedules plans in the years 0001 to 0099 as those years, not 1900 to 1999', () => {
    const a = check(['xproj: 1', 'project: {id: p, name: P, start: 0045-03-01}', 'tasks:', '  - {id: t, duration: 3d}'].join('\n'));
    const s = [...a.schedule.tasks.values()][0]!;
    // 0045-03-01 is a Wednesday in the proleptic Gregorian calendar (1945-03-01 was a Thursday).
    assert.deepEqual([formatDay(s.start), formatDay(s.end)], ['0045-03-01', '0045-03-03']);
    assert.deepEqual(spansOf(a, 'schema'), []);
  });
});
