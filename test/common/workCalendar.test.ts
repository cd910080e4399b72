import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { HolidayRange, Weekday } from '../../server/src/service/model/planModel';
import { WorkCalendar } from '../../common/calendar';
import { formatDay, parseIsoDate } from '../../common/dates';
import { loadGenerator } from '../helpers/generator';

const day = (iso: string): number => parseIsoDate(iso)!;
const span = { offset: 0, length: 0 };
const holiday = (from: string, to = from): HolidayRange => ({ from: day(from), to: day(to), span });
const MON_FRI: Weekday[] = [1, 2, 3, 4, 5];

function calendar(holidays: HolidayRange[] = [], workdays: Weekday[] = MON_FRI): WorkCalendar {
  return new WorkCalendar({ workdays, holidays });
}

/** The working days from `from` to `to` inclusive, as ISO dates. */
function workdays(cal: WorkCalendar, from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = day(from); d <= day(to); d++) {
    if (cal.isWorkday(d)) {
      out.push(formatDay(d));
    }
  }
  return out;
}

describe('WorkCalendar', () => {
  it('counts working days over a weekend', () => {
    const cal = calendar();
    const mon = cal.ordinal(day('2026-03-02'));
    assert.equal(cal.ordinal(day('2026-03-06')), mon + 4);
    // Saturday and Sunday have the ordinal of the next Monday.
    assert.equal(cal.ordinal(day('2026-03-07')), mon + 5);
    assert.equal(cal.ordinal(day('2026-03-08')), mon + 5);
    assert.equal(cal.ordinal(day('2026-03-09')), mon + 5);
    assert.equal(formatDay(cal.dayOf(mon + 5)), '2026-03-09');
    assert.equal(formatDay(cal.dayOf(mon + 9)), '2026-03-13');
    assert.equal(cal.workdaysPerWeek, 5);
  });

  it('skips single holidays and inclusive {from, to} ranges', () => {
    const cal = calendar([holiday('2026-04-06'), holiday('2026-05-01', '2026-05-05')]);
    assert.equal(cal.isWorkday(day('2026-04-06')), false);
    assert.equal(cal.ordinal(day('2026-04-06')), cal.ordinal(day('2026-04-07')));
    assert.equal(cal.workdaysBetween(day('2026-04-01'), day('2026-04-10')), 7);
    assert.deepEqual(workdays(cal, '2026-04-29', '2026-05-07'), ['2026-04-29', '2026-04-30', '2026-05-06', '2026-05-07']);
    assert.equal(formatDay(cal.nextWorkday(day('2026-05-01'))), '2026-05-06');
    assert.equal(formatDay(cal.previousWorkday(day('2026-05-05'))), '2026-04-30');
    assert.equal(formatDay(cal.dayOf(cal.ordinal(day('2026-04-30')) + 1)), '2026-05-06');
  });

  it('ignores holidays on weekends, duplicates and reversed ranges', () => {
    const plain = calendar();
    const cal = calendar([holiday('2026-03-07', '2026-03-08'), holiday('2026-03-10'), holiday('2026-03-10'), holiday('2026-03-20', '2026-03-12')]);
    const from = day('2026-03-02');
    const to = day('2026-03-31');
    assert.equal(cal.workdaysBetween(from, to), plain.workdaysBetween(from, to) - 1);
    assert.equal(cal.isWorkday(day('2026-03-12')), true);
  });

  it('supports a six-day week', () => {
    const cal = calendar([], [1, 2, 3, 4, 5, 6]);
    assert.equal(cal.workdaysPerWeek, 6);
    assert.equal(cal.isWorkday(day('2026-03-07')), true);
    assert.equal(cal.isWorkday(day('2026-03-08')), false);
    assert.equal(cal.ordinal(day('2026-03-07')) + 1, cal.ordinal(day('2026-03-09')));
    assert.equal(cal.workdaysBetween(day('2026-03-02'), day('2026-03-15')), 12);
  });

  it('supports a Sunday-to-Thursday week', () => {
    const cal = calendar([], [0, 1, 2, 3, 4]);
    assert.deepEqual(workdays(cal, '2026-03-05', '2026-03-09'), ['2026-03-05', '2026-03-08', '2026-03-09']);
    assert.equal(formatDay(cal.nextWorkday(day('2026-03-06'))), '2026-03-08');
  });

  it('falls back to Monday to Friday when no workdays are given', () => {
    const cal = calendar([], []);
    assert.equal(cal.workdaysPerWeek, 5);
    assert.equal(cal.isWorkday(day('2026-03-07')), false);
  });

  it('works before 1970', () => {
    const cal = calendar([holiday('1969-12-25'), holiday('1969-12-31', '1970-01-01')]);
    assert.ok(day('1969-12-29') < 0);
    assert.deepEqual(workdays(cal, '1969-12-24', '1970-01-05'), ['1969-12-24', '1969-12-26', '1969-12-29', '1969-12-30', '1970-01-02', '1970-01-05']);
    assert.equal(cal.workdaysBetween(day('1969-12-24'), day('1970-01-05')), 6);
    assert.equal(formatDay(cal.dayOf(cal.ordinal(day('1969-12-30')) + 1)), '1970-01-02');
    assert.equal(formatDay(cal.nextWorkday(day('1900-01-06'))), '1900-01-08');
  });

  it('round-trips dayOf and ordinal', () => {
    const cals = [
      calendar(),
      calendar([holiday('1969-12-25'), holiday('2026-05-01', '2026-05-05'), holiday('2000-02-29')]),
      calendar([holiday('1970-01-01', '1970-01-20')], [1, 2, 3, 4, 5, 6]),
      calendar([], [3]),
    ];
    for (const cal of cals) {
      for (let d = -2000; d <= 2000; d++) {
        const o = cal.ordinal(d);
        assert.equal(cal.ordinal(d + 1) - o, cal.isWorkday(d) ? 1 : 0, `step at ${formatDay(d)}`);
        if (cal.isWorkday(d)) {
          assert.equal(cal.dayOf(o), d, `dayOf(ordinal(${formatDay(d)}))`);
        }
        assert.equal(cal.ordinal(cal.dayOf(o)), o);
        assert.ok(cal.isWorkday(cal.dayOf(o)));
      }
      const far = day('2300-06-15');
      assert.equal(cal.ordinal(cal.dayOf(cal.ordinal(far))), cal.ordinal(far));
    }
  });

  it('works a make-up Saturday and lets a holiday win over a make-up day', () => {
    // 2026: the Spring Festival holiday runs 15–23 February; Saturdays 14 and 28 February are worked.
    const cal = new WorkCalendar({
      workdays: MON_FRI,
      holidays: [holiday('2026-02-15', '2026-02-23'), holiday('2026-03-07')],
      extraWorkdays: [holiday('2026-02-14'), holiday('2026-02-28'), holiday('2026-03-07'), holiday('2026-02-18')],
    });
    assert.deepEqual(workdays(cal, '2026-02-12', '2026-03-02'), [
      '2026-02-12',
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-02',
    ]);
    assert.equal(cal.dayKind(day('2026-02-14')), 'makeup');
    assert.equal(cal.dayKind(day('2026-02-16')), 'holiday');
    assert.equal(cal.dayKind(day('2026-03-07')), 'weekend');
    assert.equal(cal.dayKind(day('2026-03-09')), 'workday');
    assert.equal(cal.isWorkday(day('2026-02-18')), false, 'a holiday wins over a make-up day on the same date');
    assert.equal(formatDay(cal.addWorkdays(day('2026-02-13'), 1)), '2026-02-14');
    assert.equal(formatDay(cal.addWorkdays(day('2026-02-14'), 1)), '2026-02-24');
    assert.equal(formatDay(cal.addWorkdays(day('2026-02-24'), -1)), '2026-02-14');
    assert.equal(formatDay(cal.nextWorkday(day('2026-02-15'))), '2026-02-24');
    assert.equal(formatDay(cal.previousWorkday(day('2026-02-23'))), '2026-02-14');
    assert.equal(cal.workdaysBetween(day('2026-02-09'), day('2026-03-01')), 5 + 1 + 4 + 1);
  });

  it('agrees with a day-by-day count on random holidays and make-up days', async () => {
    const { prng } = await loadGenerator();
    const random = prng(20261204);
    const pick = (n: number): number => Math.floor(random() * n);
    for (let round = 0; round < 60; round++) {
      const base = pick(4000) - 2000;
      const ranges = (count: number): HolidayRange[] =>
        Array.from({ length: count }, () => {
          const from = base + pick(400);
          return { from, to: from + pick(random() < 0.7 ? 1 : 12), span };
        });
      const weekdays = [0, 1, 2, 3, 4, 5, 6].filter(() => random() < 0.6) as Weekday[];
      const cal = new WorkCalendar({ workdays: weekdays, holidays: ranges(pick(12)), extraWorkdays: ranges(pick(12)) });
      let count = cal.ordinal(base - 30);
      for (let d = base - 30; d < base + 460; d++) {
        assert.equal(cal.ordinal(d), count, `ordinal at ${formatDay(d)}, round ${round}`);
        if (cal.isWorkday(d)) {
          assert.equal(cal.dayOf(count), d, `dayOf(${count}), round ${round}`);
          count++;
        }
      }
    }
  });
});
