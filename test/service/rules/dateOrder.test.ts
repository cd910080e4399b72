import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
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
      assert.deepEqual(findings(a, 'date-order').slice(0, 2).map((f) => f.message), [
        '任务“early”的开始日期 2026-02-27 比项目开始日期（2026-03-02）早 3 天。',
        '任务“b”的结束日期 2026-03-17 比项目结束日期（2026-03-13）晚 4 天。',
      ]);
    });
  });

  it('speaks Chinese about reversed ranges', () => {
    const a = check(['xproj: 1', 'project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02}', PEOPLE, 'tasks:', '  - {id: 启动会, owner: a, start: 2026-03-10, end: 2026-03-09}'].join('\n'), {
      locale: 'zh-cn',
    });
    assert.deepEqual(
      findings(a, 'date-order').map((f) => f.message),
      ['任务“启动会”的结束日期 2026-03-09 早于开始日期 2026-03-10。'],
    );
  });
});

describe('date-order with a derived start', () => {
  it('reports an end-only task whose end falls before the start its dependencies allow', () => {
    const a = check(
      ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02}', 'tasks:', '  - {id: a, duration: 5d}', '  - {id: b, end: 2026-03-04, depends_on: [a]}'].join('\n'),
    );
    assert.deepEqual(spansOf(a, 'date-order'), [['2026-03-04', 5]]);
    assert.match(findings(a, 'date-order')[0]!.message, /before it starts on 2026-03-09/);
  });
});
