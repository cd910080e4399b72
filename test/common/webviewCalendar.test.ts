import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkCalendar } from '../../common/calendar';
import { dayOfIso, formatDay as isoOfDay, weekdayOf } from '../../common/dates';

const d = dayOfIso;

describe('webview calendar', () => {
  it('converts ISO dates to day numbers and back', () => {
    assert.equal(d('1970-01-01'), 0);
    assert.equal(isoOfDay(d('2026-03-02')), '2026-03-02');
    assert.equal(weekdayOf(d('2026-03-02')), 1);
    assert.equal(weekdayOf(d('2026-03-08')), 0);
  });

  it('counts working days across weekends and holidays', () => {
    const cal = new WorkCalendar({ workdays: [1, 2, 3, 4, 5], holidays: [d('2026-04-06')].map((h) => ({ from: h, to: h })) });
    // Thu 2 April + 3 working days: Fri 3, (weekend, Mon 6 off) Tue 7, Wed 8.
    assert.equal(isoOfDay(cal.addWorkdays(d('2026-04-02'), 3)), '2026-04-08');
    assert.equal(isoOfDay(cal.addWorkdays(d('2026-04-08'), -3)), '2026-04-02');
    assert.equal(cal.ordinal(d('2026-04-07')) - cal.ordinal(d('2026-04-02')), 2);
    // A weekend day counts as the next working day.
    assert.equal(cal.ordinal(d('2026-03-07')), cal.ordinal(d('2026-03-09')));
    assert.ok(cal.isHoliday(d('2026-04-06')));
    assert.ok(cal.isWeekend(d('2026-04-05')));
    assert.equal(cal.isWorkday(d('2026-04-06')), false);
    assert.equal(isoOfDay(cal.nextWorkday(d('2026-04-04'))), '2026-04-07');
    assert.equal(isoOfDay(cal.previousWorkday(d('2026-04-06'))), '2026-04-03');
  });

  it('agrees with a day-by-day count for other working weeks', () => {
    const cal = new WorkCalendar({ workdays: [0, 1, 2, 3, 4, 6], holidays: [d('2026-03-10'), d('2026-03-14')].map((h) => ({ from: h, to: h })) });
    let count = 0;
    for (let day = d('2026-03-01'); day < d('2026-05-01'); day++) {
      assert.equal(cal.ordinal(day) - cal.ordinal(d('2026-03-01')), count, isoOfDay(day));
      if (cal.isWorkday(day)) {
        count++;
      }
    }
  });
});
