import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MAX_DAY, MIN_DAY, dayOfIso, dayOfYmd, formatDay, localToday, parseIsoDate, readIsoDate, weekdayOf, ymdOf } from '../../common/dates';

describe('dates', () => {
  it('reads the supported range, 0001-01-01 to 9999-12-31, and its ends as day numbers', () => {
    assert.equal(parseIsoDate('0001-01-01'), MIN_DAY);
    assert.equal(parseIsoDate('9999-12-31'), MAX_DAY);
    assert.equal(MIN_DAY, -719_162);
    assert.equal(MAX_DAY, 2_932_896);
    assert.equal(parseIsoDate('1970-01-01'), 0);
    // Friday, as in every proleptic Gregorian calendar; 0001-01-01 a Monday.
    assert.equal(weekdayOf(MAX_DAY), 5);
    assert.equal(weekdayOf(MIN_DAY), 1);
  });

  it('reads the years 0001 to 0099 as themselves, not as 1901 to 1999', () => {
    assert.equal(parseIsoDate('0099-12-31'), parseIsoDate('0100-01-01')! - 1);
    assert.equal(parseIsoDate('0045-03-01')! - parseIsoDate('0044-03-01')!, 365);
    assert.equal(formatDay(parseIsoDate('0045-03-01')!), '0045-03-01');
    assert.equal(readIsoDate('0096-02-29'), parseIsoDate('0096-03-01')! - 1);
    assert.equal(readIsoDate('0099-02-29'), 'no-such-day');
    assert.equal(readIsoDate('0100-02-29'), 'no-such-day');
    assert.equal(readIsoDate('0400-02-29'), parseIsoDate('0400-03-01')! - 1);
  });

  it('tells a bad shape, a day that does not exist and the year 0000 apart', () => {
    assert.equal(readIsoDate('2026-3-2'), 'shape');
    assert.equal(readIsoDate('10000-01-01'), 'shape');
    assert.equal(readIsoDate('+002026-03-02'), 'shape');
    assert.equal(readIsoDate('2026-02-30'), 'no-such-day');
    assert.equal(readIsoDate('0000-02-30'), 'no-such-day');
    assert.equal(readIsoDate('0000-01-01'), 'out-of-range');
    assert.equal(readIsoDate('0000-12-31'), 'out-of-range');
    assert.equal(parseIsoDate('0000-12-31'), undefined);
  });

  it('prints every supported day with a four-digit year, and reads back what it prints', () => {
    assert.equal(formatDay(MIN_DAY), '0001-01-01');
    assert.equal(formatDay(MAX_DAY), '9999-12-31');
    assert.equal(formatDay(parseIsoDate('0999-12-31')!), '0999-12-31');
    for (let day = MIN_DAY; day <= MAX_DAY; day += 9_973) {
      const text = formatDay(day);
      assert.match(text, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(parseIsoDate(text), day, text);
    }
  });

  it('prints a day outside the range as the nearest end of it, never a signed or five-digit year', () => {
    assert.equal(formatDay(MAX_DAY + 1), '9999-12-31');
    assert.equal(formatDay(MAX_DAY + 40_000_000), '9999-12-31');
    assert.equal(formatDay(MIN_DAY - 1), '0001-01-01');
    assert.equal(formatDay(-1e12), '0001-01-01');
  });

  it('builds days from years, months and dates in the early years too', () => {
    assert.equal(dayOfYmd(45, 2, 1), parseIsoDate('0045-03-01'));
    assert.equal(dayOfYmd(99, 12, 1), parseIsoDate('0100-01-01'));
    assert.equal(dayOfYmd(2026, -1, 1), parseIsoDate('2025-12-01'));
    assert.equal(dayOfIso('0007-07-07'), parseIsoDate('0007-07-07'));
    assert.deepEqual(ymdOf(parseIsoDate('0007-07-07')!), { year: 7, month: 6, date: 7 });
  });

  it("takes today's date from the local calendar", () => {
    assert.equal(localToday(new Date(2026, 2, 2, 23, 59)), parseIsoDate('2026-03-02'));
  });
});
