import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WorkCalendar } from '../../common/calendar';
import type { CalendarRules, DayRange } from '../../common/calendar';
import { cnPreset } from '../../common/calendarPresets/cnPreset';
import { CN_STATUTORY_NOTICES } from '../../common/calendarPresets/cnStatutory';
import { mergePreset } from '../../common/calendarPresets/holidayPreset';
import { CALENDAR_PRESET_IDS, calendarPreset } from '../../common/calendarPresets';
import { formatDay, parseIsoDate, weekdayOf } from '../../common/dates';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore -- a plain .mjs script without type declarations
import { generateCnStatutorySource } from '../../scripts/refreshCnCalendar.mjs';

const day = (iso: string): number => parseIsoDate(iso)!;
const range = (from: string, to = from): DayRange => ({ from: day(from), to: day(to) });
const MON_FRI = [1, 2, 3, 4, 5];

/** A State Council notice as its text gives it: holiday periods and the weekend days worked. */
interface Notice {
  readonly holidays: readonly (readonly [from: string, to: string, name: string])[];
  readonly makeupDays: readonly (readonly [date: string, name: string])[];
}

/** 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号). */
const NOTICE_2025: Notice = {
  holidays: [
    ['2025-01-01', '2025-01-01', '元旦'],
    ['2025-01-28', '2025-02-04', '春节'],
    ['2025-04-04', '2025-04-06', '清明节'],
    ['2025-05-01', '2025-05-05', '劳动节'],
    ['2025-05-31', '2025-06-02', '端午节'],
    ['2025-10-01', '2025-10-08', '国庆节、中秋节'],
  ],
  makeupDays: [
    ['2025-01-26', '春节'],
    ['2025-02-08', '春节'],
    ['2025-04-27', '劳动节'],
    ['2025-09-28', '国庆节、中秋节'],
    ['2025-10-11', '国庆节、中秋节'],
  ],
};

/** 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号). */
const NOTICE_2026: Notice = {
  holidays: [
    ['2026-01-01', '2026-01-03', '元旦'],
    ['2026-02-15', '2026-02-23', '春节'],
    ['2026-04-04', '2026-04-06', '清明节'],
    ['2026-05-01', '2026-05-05', '劳动节'],
    ['2026-06-19', '2026-06-21', '端午节'],
    ['2026-09-25', '2026-09-27', '中秋节'],
    ['2026-10-01', '2026-10-07', '国庆节'],
  ],
  makeupDays: [
    ['2026-01-04', '元旦'],
    ['2026-02-14', '春节'],
    ['2026-02-28', '春节'],
    ['2026-05-09', '劳动节'],
    ['2026-09-20', '国庆节'],
    ['2026-10-10', '国庆节'],
  ],
};

function cnCalendar(own: Partial<CalendarRules> = {}, span?: DayRange): WorkCalendar {
  return new WorkCalendar(mergePreset({ workdays: MON_FRI, holidays: [], ...own }, cnPreset(), span));
}

/** Every day of `year` on which the calendar disagrees with the notice and the Monday-to-Friday week. */
function disagreements(cal: WorkCalendar, year: number, notice: Notice): string[] {
  const off = new Set<number>();
  for (const [from, to] of notice.holidays) {
    for (let d = day(from); d <= day(to); d++) {
      off.add(d);
    }
  }
  const worked = new Set(notice.makeupDays.map(([date]) => day(date)));
  const out: string[] = [];
  for (let d = day(`${year}-01-01`); d <= day(`${year}-12-31`); d++) {
    const expected = worked.has(d) || (MON_FRI.includes(weekdayOf(d)) && !off.has(d));
    if (cal.isWorkday(d) !== expected) {
      out.push(`${formatDay(d)}: ${expected ? 'worked' : 'off'} by the notice`);
    }
  }
  return out;
}

function presetPeriods(from: string, to: string): [string, string, string][] {
  return cnPreset()
    .holidays(range(from, to))
    .map((h) => [formatDay(h.from), formatDay(h.to), h.name]);
}

function presetMakeupDays(from: string, to: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of cnPreset().makeupDays(range(from, to))) {
    for (let d = m.from; d <= m.to; d++) {
      out.push([formatDay(d), m.name]);
    }
  }
  return out;
}

describe('calendar.preset: cn against the State Council notices', () => {
  it('holds the 2025 notice period by period and day by day', () => {
    assert.deepEqual(presetPeriods('2025-01-01', '2025-12-31'), NOTICE_2025.holidays);
    assert.deepEqual(presetMakeupDays('2025-01-01', '2025-12-31'), NOTICE_2025.makeupDays);
    const cal = cnCalendar();
    assert.deepEqual(disagreements(cal, 2025, NOTICE_2025), []);
    // 261 weekdays, 18 of them holidays, 5 weekend days worked.
    assert.equal(cal.workdaysBetween(day('2025-01-01'), day('2025-12-31')), 248);
  });

  it('holds the 2026 notice period by period and day by day', () => {
    assert.deepEqual(presetPeriods('2026-01-01', '2026-12-31'), NOTICE_2026.holidays);
    assert.deepEqual(presetMakeupDays('2026-01-01', '2026-12-31'), NOTICE_2026.makeupDays);
    const cal = cnCalendar();
    assert.deepEqual(disagreements(cal, 2026, NOTICE_2026), []);
    // 261 weekdays, 19 of them holidays, 6 weekend days worked.
    assert.equal(cal.workdaysBetween(day('2026-01-01'), day('2026-12-31')), 248);
  });

  it('schedules across the 2026 Spring Festival as the notice says', () => {
    const cal = cnCalendar();
    assert.equal(formatDay(cal.addWorkdays(day('2026-02-13'), 1)), '2026-02-14');
    assert.equal(formatDay(cal.addWorkdays(day('2026-02-14'), 1)), '2026-02-24');
    assert.equal(formatDay(cal.nextWorkday(day('2026-02-15'))), '2026-02-24');
    assert.equal(formatDay(cal.previousWorkday(day('2026-02-23'))), '2026-02-14');
    assert.equal(cal.workdaysBetween(day('2026-02-09'), day('2026-03-01')), 5 + 1 + 4 + 1);
    assert.equal(cal.dayKind(day('2026-02-28')), 'makeup');
    assert.equal(cal.dayKind(day('2026-02-16')), 'holiday');
    assert.equal(cal.dayKind(day('2026-02-21')), 'weekend');
  });

  it('holds the older years: 2004, the 2008 reform, 2015, the 2020 extension, 2024', () => {
    const cal = cnCalendar();
    const worked = (iso: string): boolean => cal.isWorkday(day(iso));
    // 2004: New Year's Day alone (a Thursday, the Friday worked); a seven-day Spring Festival.
    assert.deepEqual(presetPeriods('2004-01-01', '2004-01-31'), [
      ['2004-01-01', '2004-01-01', '元旦'],
      ['2004-01-22', '2004-01-28', '春节'],
    ]);
    assert.equal(worked('2004-01-02'), true);
    assert.equal(worked('2004-01-17') && worked('2004-01-18'), true);
    assert.equal(worked('2004-05-06'), false);
    // 2005-12-31 was worked for New Year 2006 (国办发明电〔2005〕35号); chinese-days misses it.
    assert.equal(worked('2005-12-31'), true);
    assert.deepEqual(cnPreset().dayName(day('2005-12-31')), { kind: 'makeup', name: '元旦', nameEn: "New Year's Day" });
    // 2008: Labour Day down from seven days to three; Qingming, Dragon Boat and Mid-Autumn added.
    assert.deepEqual(presetPeriods('2007-04-01', '2007-05-31'), [['2007-05-01', '2007-05-07', '劳动节']]);
    assert.deepEqual(presetPeriods('2008-04-01', '2008-09-20'), [
      ['2008-04-04', '2008-04-06', '清明节'],
      ['2008-05-01', '2008-05-03', '劳动节'],
      ['2008-06-07', '2008-06-09', '端午节'],
      ['2008-09-13', '2008-09-15', '中秋节'],
    ]);
    assert.equal(worked('2008-04-04'), false);
    assert.equal(worked('2008-05-04'), true);
    assert.equal(worked('2008-05-05'), true);
    assert.equal(worked('2008-06-09'), false);
    assert.equal(worked('2008-09-15'), false);
    // 2015: the 70th anniversary of the victory, 3–5 September, Sunday 6 September worked.
    assert.equal(worked('2015-09-03') || worked('2015-09-04'), false);
    assert.equal(worked('2015-09-06'), true);
    assert.deepEqual(presetPeriods('2015-09-01', '2015-09-10'), [['2015-09-03', '2015-09-05', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日']]);
    // 2020: the Spring Festival extended to 2 February, and Saturday 1 February no longer worked.
    assert.deepEqual(presetPeriods('2020-01-20', '2020-02-10'), [['2020-01-24', '2020-02-02', '春节']]);
    assert.equal(worked('2020-01-19'), true);
    assert.equal(worked('2020-01-31'), false);
    assert.equal(worked('2020-02-01'), false);
    assert.equal(worked('2020-02-03'), true);
    // 2024: two Sundays worked around the Spring Festival.
    assert.deepEqual(presetMakeupDays('2024-01-01', '2024-03-31'), [
      ['2024-02-04', '春节'],
      ['2024-02-18', '春节'],
    ]);
    // Sunday 4 February, the five weekdays after it, then the holiday to Saturday 17, then Sunday 18.
    assert.equal(cal.workdaysBetween(day('2024-02-04'), day('2024-02-18')), 1 + 5 + 1);
    // A holiday period across the new year belongs to the later year's notice.
    assert.deepEqual(CN_STATUTORY_NOTICES[2023]![0], ['2022-12-31', '2023-01-02', '元旦', []]);
    assert.equal(worked('2023-01-02'), false);
  });

  it('keeps its data well formed: make-up days on weekends, periods apart, every year complete', () => {
    const preset = cnPreset();
    const holidays = preset.holidays();
    for (let i = 1; i < holidays.length; i++) {
      assert.ok(holidays[i - 1]!.to < holidays[i]!.from, `${formatDay(holidays[i]!.from)} overlaps the period before`);
    }
    for (const m of preset.makeupDays()) {
      for (let d = m.from; d <= m.to; d++) {
        assert.ok(weekdayOf(d) === 0 || weekdayOf(d) === 6, `${formatDay(d)} is a weekday`);
        assert.equal(preset.dayName(d)?.kind, 'makeup', `${formatDay(d)} lies in a holiday`);
      }
    }
    for (let year = preset.firstYear; year <= preset.lastYear; year++) {
      const names = new Set(CN_STATUTORY_NOTICES[year]!.map((p) => p[2]));
      const expected = year < 2008 ? ['元旦', '春节', '劳动节'] : ['元旦', '春节', '清明节', '劳动节', '端午节'];
      for (const name of expected) {
        assert.ok(names.has(name as never), `${year} has no ${name}`);
      }
      assert.ok(
        [...names].some((n) => n.includes('国庆节')),
        `${year} has no 国庆节`,
      );
    }
  });

  it('is the module the refresh script writes from chinese-days', () => {
    const file = readFileSync(join(__dirname, '..', '..', 'common', 'calendarPresets', 'cnStatutory.ts'), 'utf8');
    assert.equal((generateCnStatutorySource as () => string)(), file);
  });
});

describe('calendar.preset: cn coverage', () => {
  it('covers 2004 through 2026', () => {
    const preset = cnPreset();
    assert.equal(preset.id, 'cn');
    assert.equal(preset.source, 'chinese-days 1.5.7');
    assert.equal(preset.firstYear, 2004);
    assert.equal(preset.lastYear, 2026);
    assert.deepEqual(
      [2003, 2004, 2015, 2026, 2027].map((y) => preset.covers(y)),
      [false, true, true, true, false],
    );
    const all = preset.holidays();
    assert.equal(formatDay(all[0]!.from), '2004-01-01');
    assert.equal(formatDay(all[all.length - 1]!.to), '2026-10-07');
  });

  it('names the years a span reaches that it does not cover', () => {
    const preset = cnPreset();
    assert.deepEqual(preset.uncoveredYears(range('2003-06-01', '2005-01-01')), [2003]);
    assert.deepEqual(preset.uncoveredYears(range('2026-11-01', '2028-02-01')), [2027, 2028]);
    assert.deepEqual(preset.uncoveredYears(range('2010-01-01', '2020-12-31')), []);
    assert.deepEqual(preset.uncoveredYears(range('2028-01-01', '2027-01-01')), []);
    assert.deepEqual(preset.uncoveredYears({ from: NaN, to: 0 }), []);
  });

  it('leaves years it does not cover to the weekly pattern and the plan', () => {
    const cal = cnCalendar({ holidays: [range('2027-01-04')] });
    // 2027-01-01 is a Friday: no data, so worked; the plan's own holiday still counts.
    assert.equal(cal.isWorkday(day('2027-01-01')), true);
    assert.equal(cal.isWorkday(day('2027-01-04')), false);
    assert.equal(cal.isWorkday(day('2003-10-01')), true);
    assert.equal(cnPreset().dayName(day('2027-01-01')), undefined);
  });

  it('limits the preset to a span when asked', () => {
    const preset = cnPreset();
    assert.deepEqual(
      preset.holidays(range('2026-02-20', '2026-05-01')).map((h) => h.name),
      ['春节', '清明节', '劳动节'],
    );
    assert.equal(preset.makeupDays(range('2026-02-20', '2026-05-01')).length, 1);
    const cal = cnCalendar({}, range('2026-01-01', '2026-12-31'));
    assert.deepEqual(disagreements(cal, 2026, NOTICE_2026), []);
    // Outside the span the weekly pattern holds: 1 October 2025 is a Wednesday.
    assert.equal(cal.isWorkday(day('2025-10-01')), true);
  });

  it('is found by its id', () => {
    assert.deepEqual(CALENDAR_PRESET_IDS, ['cn']);
    assert.equal(calendarPreset('cn')?.lastYear, 2026);
    assert.equal(calendarPreset('us'), undefined);
  });
});

describe('mergePreset: the plan’s own lists win', () => {
  it('lets the plan’s holiday win over a preset make-up day', () => {
    const cal = cnCalendar({ holidays: [range('2026-02-14')] });
    assert.equal(cal.isWorkday(day('2026-02-14')), false);
    assert.equal(cal.dayKind(day('2026-02-14')), 'weekend');
    assert.equal(cal.isWorkday(day('2026-02-28')), true);
  });

  it('lets the plan’s extra workday win over a preset holiday, on a weekday and on a weekend', () => {
    const cal = cnCalendar({ extraWorkdays: [range('2026-02-18', '2026-02-19'), range('2026-02-21')] });
    assert.deepEqual(
      [15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => cal.isWorkday(day(`2026-02-${d}`))),
      [false, false, false, true, true, false, true, false, false],
    );
    assert.equal(cal.dayKind(day('2026-02-18')), 'workday');
    assert.equal(cal.dayKind(day('2026-02-21')), 'makeup');
  });

  it('adds the plan’s own days to the preset’s', () => {
    const cal = cnCalendar({ holidays: [range('2026-03-02', '2026-03-03')], extraWorkdays: [range('2026-03-07')] });
    assert.equal(cal.isWorkday(day('2026-03-02')), false);
    assert.equal(cal.isWorkday(day('2026-03-07')), true);
    assert.equal(cal.isWorkday(day('2026-02-16')), false);
    assert.equal(cal.isWorkday(day('2026-02-14')), true);
  });

  it('keeps a date in both of the plan’s lists a holiday (the schema reports it)', () => {
    const cal = cnCalendar({ holidays: [range('2026-02-16')], extraWorkdays: [range('2026-02-16')] });
    assert.equal(cal.isWorkday(day('2026-02-16')), false);
  });

  it('builds exact rules: the plan’s lists first, the preset’s cut around them', () => {
    const own: CalendarRules = {
      workdays: [1, 2, 3, 4, 5, 6],
      holidays: [range('2026-02-28'), range('2026-12-01', '2026-11-01')],
      extraWorkdays: [range('2026-02-17', '2026-02-18'), range('2026-02-20')],
    };
    const rules = mergePreset(own, cnPreset(), range('2026-02-01', '2026-03-31'));
    const iso = (rs: readonly DayRange[] | undefined): string[] => (rs ?? []).map((r) => `${formatDay(r.from)}..${formatDay(r.to)}`);
    assert.deepEqual(rules.workdays, [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(iso(rules.holidays), [
      '2026-02-28..2026-02-28',
      '2026-12-01..2026-11-01',
      '2026-02-15..2026-02-16',
      '2026-02-19..2026-02-19',
      '2026-02-21..2026-02-23',
    ]);
    assert.deepEqual(iso(rules.extraWorkdays), ['2026-02-17..2026-02-18', '2026-02-20..2026-02-20', '2026-02-14..2026-02-14']);
  });

  it('returns the plan’s rules untouched without a preset', () => {
    const own: CalendarRules = { workdays: MON_FRI, holidays: [range('2026-02-16')] };
    assert.equal(mergePreset(own, undefined), own);
  });
});

describe('calendar.preset: cn names', () => {
  it('names holidays and make-up days in Chinese and English', () => {
    const preset = cnPreset();
    const name = (iso: string): unknown => preset.dayName(day(iso));
    assert.deepEqual(name('2026-02-16'), { kind: 'holiday', name: '春节', nameEn: 'Spring Festival' });
    assert.deepEqual(name('2026-02-21'), { kind: 'holiday', name: '春节', nameEn: 'Spring Festival' });
    assert.deepEqual(name('2026-02-14'), { kind: 'makeup', name: '春节', nameEn: 'Spring Festival' });
    assert.deepEqual(name('2026-09-20'), { kind: 'makeup', name: '国庆节', nameEn: 'National Day' });
    assert.deepEqual(name('2026-04-05'), { kind: 'holiday', name: '清明节', nameEn: 'Qingming Festival' });
    assert.deepEqual(name('2026-06-19'), { kind: 'holiday', name: '端午节', nameEn: 'Dragon Boat Festival' });
    assert.deepEqual(name('2026-09-25'), { kind: 'holiday', name: '中秋节', nameEn: 'Mid-Autumn Festival' });
    assert.deepEqual(name('2026-05-01'), { kind: 'holiday', name: '劳动节', nameEn: 'Labour Day' });
    assert.deepEqual(name('2026-01-01'), { kind: 'holiday', name: '元旦', nameEn: "New Year's Day" });
    assert.deepEqual(name('2025-10-06'), {
      kind: 'holiday',
      name: '国庆节、中秋节',
      nameEn: 'National Day and Mid-Autumn Festival',
    });
    assert.deepEqual(name('2023-09-29'), {
      kind: 'holiday',
      name: '中秋节、国庆节',
      nameEn: 'Mid-Autumn Festival and National Day',
    });
    assert.deepEqual(name('2015-09-04'), {
      kind: 'holiday',
      name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
      nameEn: "70th Anniversary of the Victory of the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War",
    });
    // chinese-days leaves Sunday 5 June 2011 out of 端午节 (4–6 June by the notice).
    assert.deepEqual(name('2011-06-05'), { kind: 'holiday', name: '端午节', nameEn: 'Dragon Boat Festival' });
    assert.equal(name('2026-03-02'), undefined);
    assert.equal(name('2026-03-07'), undefined);
  });

  it('gives consecutive make-up days of one holiday as one range', () => {
    const runs = cnPreset()
      .makeupDays(range('2004-01-01', '2004-12-31'))
      .map((m) => `${formatDay(m.from)}..${formatDay(m.to)} ${m.name}`);
    assert.deepEqual(runs, ['2004-01-17..2004-01-18 春节', '2004-05-08..2004-05-09 劳动节', '2004-10-09..2004-10-10 国庆节']);
  });

  it('uses the notices’ names and nothing else', () => {
    const names = new Set(
      cnPreset()
        .holidays()
        .map((h) => h.name),
    );
    assert.deepEqual(
      [...names].sort(),
      [
        '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
        '中秋节',
        '中秋节、国庆节',
        '元旦',
        '劳动节',
        '国庆节',
        '国庆节、中秋节',
        '春节',
        '清明节',
        '端午节',
      ].sort(),
    );
  });
});
