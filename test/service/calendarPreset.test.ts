import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatDay } from '../../common/dates';
import type { Schedule } from '../../server/src/service/scheduler/scheduleTypes';
import { check, findings, spansOf } from '../helpers/plan';

/** A plan starting on `start` with the given `calendar:` lines (indented 4) and `tasks:` lines. */
function plan(start: string, calendar: readonly string[], tasks: readonly string[], more: readonly string[] = []): string {
  return [
    'xproj: 1',
    'project:',
    '  id: p',
    '  name: P',
    '  owner: a',
    '  manager: a',
    `  start: ${start}`,
    '  status_date: 2026-01-05',
    ...(calendar.length > 0 ? ['  calendar:', ...calendar] : []),
    ...more,
    'people: [{id: a, name: A}]',
    'tasks:',
    ...tasks,
    '',
  ].join('\n');
}

/** `MM-DD..MM-DD` per task id (every test runs in 2026). */
function dates(s: Schedule): Record<string, string> {
  const short = (d: number): string => formatDay(d).slice(5);
  const out: Record<string, string> = {};
  for (const [task, t] of s.tasks) {
    out[task.id] = `${short(t.start)}..${short(t.end)}`;
  }
  return out;
}

describe('calendar.preset cn in the scheduler', () => {
  it('works the make-up Saturdays of the 2026 Spring Festival and skips its nine days off', () => {
    const a = check(
      plan(
        '2026-02-09',
        ['    preset: cn'],
        [
          '  - {id: g, owner: a, start: 2026-02-12, duration: 3d}',
          '  - {id: h, owner: a, duration: 2d, depends_on: [g]}',
          '  - {id: i, owner: a, start: 2026-02-26, duration: 1w}',
        ],
      ),
    );
    assert.deepEqual(findings(a), []);
    // Thu 12, Fri 13, Sat 14 (worked); 15–23 off; Tue 24; 1w is five working days, Sat 28 among them.
    assert.deepEqual(dates(a.schedule), { g: '02-12..02-14', h: '02-24..02-25', i: '02-26..03-03' });
  });

  it('carries FS, SS, FF and SF dependencies with lags across the National Day holiday', () => {
    const a = check(
      plan(
        '2026-09-14',
        ['    preset: cn'],
        [
          '  - {id: a1, owner: a, start: 2026-09-17, duration: 3d}',
          '  - {id: b, owner: a, duration: 5d, depends_on: [{task: a1, lag: 2d}]}',
          '  - {id: c, owner: a, duration: 4d, depends_on: [{task: b, type: SS, lag: 3d}]}',
          '  - {id: d, owner: a, duration: 2d, depends_on: [{task: c, type: FF, lag: 1d}]}',
          '  - {id: e, owner: a, duration: 1d, depends_on: [{task: d, type: SF}]}',
          '  - {id: f, owner: a, duration: 2d, depends_on: [{task: e, lag: 1d}]}',
        ],
      ),
    );
    assert.deepEqual(findings(a), []);
    assert.deepEqual(dates(a.schedule), {
      // Thu 17, Fri 18, Sun 20 (worked; Sat 19 is not).
      a1: '09-17..09-20',
      // The working day after Sun 20 is Mon 21, plus two: Wed 23; then 23, 24, (25–27 Mid-Autumn off) 28, 29, 30.
      b: '09-23..09-30',
      // Three working days after b's start: Tue 29; 29, 30, (1–7 October off) 8, 9.
      c: '09-29..10-09',
      // Ends no earlier than a working day after c's end: Sat 10, a make-up day; two days long.
      d: '10-09..10-10',
      // Ends no earlier than d's start.
      e: '10-09..10-09',
      // The working day after Fri 9 is Sat 10, plus one: Mon 12 (Sun 11 is off).
      f: '10-12..10-13',
    });
  });

  it("lets the plan's own lists win over the preset", () => {
    const a = check(
      plan(
        '2026-02-09',
        ['    preset: cn', '    holidays: [2026-02-14]', '    extra_workdays: [{from: 2026-02-16, to: 2026-02-17, name: 值班}]'],
        ['  - {id: g, owner: a, start: 2026-02-12, duration: 4d}'],
      ),
    );
    assert.deepEqual(findings(a), []);
    // Sat 14 is the plan's holiday; Mon 16 and Tue 17 are its workdays, though the preset has them off.
    assert.deepEqual(dates(a.schedule), { g: '02-12..02-17' });
  });

  it('schedules the worked example of docs/scheduling.md, and without the preset straight through the festival', () => {
    const tasks = [
      '  - {id: posters, owner: a, start: 2026-02-12, duration: 3d}',
      '  - {id: print, owner: a, duration: 2d, depends_on: [posters]}',
      '  - {id: mailing, owner: a, start: 2026-02-26, duration: 1w}',
    ];
    assert.deepEqual(dates(check(plan('2026-02-09', ['    preset: cn'], tasks)).schedule), {
      posters: '02-12..02-14',
      print: '02-24..02-25',
      mailing: '02-26..03-03',
    });
    assert.deepEqual(dates(check(plan('2026-02-09', [], tasks)).schedule), { posters: '02-12..02-16', print: '02-17..02-18', mailing: '02-26..03-04' });
  });

  it('works extra workdays without a preset', () => {
    const a = check(plan('2026-03-02', ['    extra_workdays: [2026-03-07]'], ['  - {id: t, owner: a, start: 2026-03-05, duration: 3d}']));
    assert.deepEqual(dates(a.schedule), { t: '03-05..03-07' });
  });
});

describe('calendar input that is wrong', () => {
  it('reports a date that is both a holiday and an extra workday, on the workday entry, as a schema error', () => {
    const a = check(
      plan(
        '2026-03-02',
        ['    holidays: [{from: 2026-03-09, to: 2026-03-10}]', '    extra_workdays: [2026-03-07, 2026-03-10]'],
        ['  - {id: t, owner: a, duration: 1d}'],
      ),
    );
    assert.deepEqual(spansOf(a, 'schema'), [['2026-03-10', 11]]);
    assert.equal(
      findings(a, 'schema')[0]!.message,
      '2026-03-10 is both a holiday and an extra workday of this plan; it is taken as a holiday. Remove it from one of the lists.',
    );
    // Taken as a holiday: the calendar still works.
    assert.equal(a.schedule.calendar.isWorkday(a.schedule.start + 8), false);
    assert.equal(a.schedule.calendar.isWorkday(a.schedule.start + 5), true);
  });

  it('reports an entry that is not a date, a reversed range and an unknown preset on the entry, and schedules anyway', () => {
    const a = check(
      plan(
        '2026-03-02',
        ['    preset: cn-hk', '    extra_workdays: [soon, {from: 2026-03-14, to: 2026-03-07}]'],
        ['  - {id: t, owner: a, start: 2026-03-05, duration: 3d}'],
      ),
    );
    assert.deepEqual(
      findings(a).map((f) => [f.code, f.covers]),
      [
        ['schema', 'cn-hk'],
        ['schema', 'soon'],
        ['date-order', '{from: 2026-03-14, to: 2026-03-07}'],
      ],
    );
    assert.match(findings(a, 'date-order')[0]!.message, /extra workdays runs backwards: from 2026-03-14 to 2026-03-07/);
    assert.equal(a.schedule.preset, undefined);
    assert.deepEqual(dates(a.schedule), { t: '03-05..03-09' });
  });

  it('speaks Chinese about them', () => {
    const a = check(plan('2026-03-02', ['    holidays: [2026-03-07]', '    extra_workdays: [2026-03-07]'], ['  - {id: t, owner: a, duration: 1d}']), {
      locale: 'zh-cn',
    });
    assert.equal(findings(a, 'schema')[0]!.message, '2026-03-07 在本计划中既是节假日又是调休工作日，按节假日处理。请从其中一个列表中删去。');
  });
});

describe('calendar-unknown-year', () => {
  const late = (end: string, preset = '    preset: cn'): string =>
    plan('2026-11-02', [preset], [`  - {id: t, owner: a, start: 2026-12-01, end: ${end}}`], ['  end: 2026-12-31']);

  it('warns on the preset when the computed finish reaches a year the data does not cover', () => {
    const a = check(late('2027-01-05'));
    assert.deepEqual(spansOf(a, 'calendar-unknown-year'), [['cn', 10]]);
    const [f] = findings(a, 'calendar-unknown-year');
    assert.equal(f!.severity, 'warning');
    assert.equal(
      f!.message,
      "The 'cn' calendar has no data for 2027 (it covers 2004–2026): those days follow `workdays` and this plan's own holidays and extra workdays only.",
    );
  });

  it('says nothing for a plan that ends on the last day of the last year covered', () => {
    assert.deepEqual(findings(check(late('2026-12-31')), 'calendar-unknown-year'), []);
  });

  it('names a run of years by its ends, counts the written end and a task before the data, and speaks Chinese', () => {
    const a = check(plan('2026-11-02', ['    preset: cn'], ['  - {id: t, owner: a, start: 2003-12-01, duration: 1d}'], ['  end: 2031-06-30']), {
      locale: 'zh-cn',
    });
    assert.equal(
      findings(a, 'calendar-unknown-year')[0]!.message,
      '“cn”日历没有 2003, 2027, 2028, 2029, 2030, 2031 年的数据（覆盖 2004–2026 年）：这些日子只按 `workdays` 和本计划自己的节假日、调休上班日计算。',
    );
    const run = check(plan('2026-11-02', ['    preset: cn'], ['  - {id: t, owner: a, duration: 1d}'], ['  end: 2030-06-30']));
    assert.match(findings(run, 'calendar-unknown-year')[0]!.message, /no data for 2027–2030 /);
  });

  it('is silent without a preset, and with an unknown one (that is a schema error)', () => {
    assert.deepEqual(findings(check(late('2027-01-05', '    workdays: [mon, tue, wed, thu, fri]')), 'calendar-unknown-year'), []);
    assert.deepEqual(findings(check(late('2027-01-05', '    preset: hk')), 'calendar-unknown-year'), []);
  });
});
