import type { DayRange } from '../calendar';
import { dayOfIso, ymdOf } from '../dates';
import { englishHolidayName } from './cnHolidayNames';
import {
  CN_STATUTORY_FIRST_YEAR,
  CN_STATUTORY_LAST_YEAR,
  CN_STATUTORY_NOTICES,
  CN_STATUTORY_SOURCE,
} from './cnStatutory';
import type { HolidayPreset, NamedDayRange, PresetDay } from './holidayPreset';

/**
 * `calendar.preset: cn`: mainland China's public holidays and make-up working days (调休上班) as the
 * State Council publishes them each year (`cnStatutory.ts`). Each call builds its own lookups from
 * the shipped data (a few hundred entries, well under a millisecond); keep the object while it is
 * needed.
 */
export function cnPreset(): HolidayPreset {
  const holidays: NamedDayRange[] = [];
  const makeupDays: { day: number; name: string; nameEn: string }[] = [];
  for (const periods of Object.values(CN_STATUTORY_NOTICES)) {
    for (const [from, to, name, makeups] of periods) {
      const nameEn = englishHolidayName(name);
      holidays.push({ from: dayOfIso(from), to: dayOfIso(to), name, nameEn });
      for (const iso of makeups) {
        makeupDays.push({ day: dayOfIso(iso), name, nameEn });
      }
    }
  }
  holidays.sort((a, b) => a.from - b.from);
  makeupDays.sort((a, b) => a.day - b.day);
  const makeups: NamedDayRange[] = [];
  for (const m of makeupDays) {
    const last = makeups[makeups.length - 1];
    if (last && last.to + 1 === m.day && last.name === m.name) {
      makeups[makeups.length - 1] = { ...last, to: m.day };
    } else {
      makeups.push({ from: m.day, to: m.day, name: m.name, nameEn: m.nameEn });
    }
  }

  const covers = (year: number): boolean => year >= CN_STATUTORY_FIRST_YEAR && year <= CN_STATUTORY_LAST_YEAR;
  return {
    id: 'cn',
    source: CN_STATUTORY_SOURCE,
    firstYear: CN_STATUTORY_FIRST_YEAR,
    lastYear: CN_STATUTORY_LAST_YEAR,
    covers,
    uncoveredYears(span: DayRange): number[] {
      const out: number[] = [];
      if (!(span.from <= span.to)) {
        return out;
      }
      for (let year = ymdOf(span.from).year, last = ymdOf(span.to).year; year <= last; year++) {
        if (!covers(year)) {
          out.push(year);
        }
      }
      return out;
    },
    holidays: (span?: DayRange) => overlapping(holidays, span),
    makeupDays: (span?: DayRange) => overlapping(makeups, span),
    dayName(day: number): PresetDay | undefined {
      const holiday = rangeAt(holidays, day);
      if (holiday) {
        return { kind: 'holiday', name: holiday.name, nameEn: holiday.nameEn };
      }
      const makeup = rangeAt(makeups, day);
      return makeup && { kind: 'makeup', name: makeup.name, nameEn: makeup.nameEn };
    },
  };
}

function overlapping(ranges: readonly NamedDayRange[], span: DayRange | undefined): readonly NamedDayRange[] {
  return span ? ranges.filter((r) => r.to >= span.from && r.from <= span.to) : ranges;
}

/** The range of `ranges` (sorted, disjoint) that holds `day`. */
function rangeAt(ranges: readonly NamedDayRange[], day: number): NamedDayRange | undefined {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.to < day) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const r = ranges[lo];
  return r && r.from <= day ? r : undefined;
}
