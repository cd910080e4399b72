import type { CalendarRules, DayRange } from '../calendar';

/** A holiday period or a run of make-up working days, named after its holiday. */
export interface NamedDayRange extends DayRange {
  /** The name as the published notice gives it (春节, 国庆节、中秋节, …). */
  readonly name: string;
  /** The same name in English (Spring Festival, National Day and Mid-Autumn Festival, …). */
  readonly nameEn: string;
}

/** What a preset says about one day: what hovers and the Gantt name. */
export interface PresetDay {
  /** `holiday`: a day of a holiday period (weekends inside it too); `makeup`: a weekend day worked (调休上班). */
  readonly kind: 'holiday' | 'makeup';
  /** The holiday's name as the notice gives it; for a make-up day, the holiday it makes up for. */
  readonly name: string;
  readonly nameEn: string;
}

/**
 * A country's public holidays and make-up working days, shipped with XProj and selected by
 * `calendar.preset`. It holds whole years: a year it does not cover has none of its days.
 */
export interface HolidayPreset {
  /** The value of `calendar.preset` that selects it. */
  readonly id: string;
  /** Where the data comes from, with its version. */
  readonly source: string;
  /** The first year the preset covers. */
  readonly firstYear: number;
  /** The last year the preset covers: the last year published when the data was refreshed. */
  readonly lastYear: number;
  /** Whether the preset holds the holidays of `year`. */
  covers(year: number): boolean;
  /** The years that `span` reaches and the preset does not cover, in order. */
  uncoveredYears(span: DayRange): number[];
  /** The holiday periods in date order; with `span`, only those that overlap it. */
  holidays(span?: DayRange): readonly NamedDayRange[];
  /** The make-up working days in date order, consecutive days of one holiday as one range; with `span`, only those that overlap it. */
  makeupDays(span?: DayRange): readonly NamedDayRange[];
  /** The holiday period or make-up day that `day` belongs to, if any. */
  dayName(day: number): PresetDay | undefined;
}

/**
 * The rules for `WorkCalendar` from the plan's own calendar and a preset. The plan's own lists win:
 * its holiday turns a preset make-up day off, and its extra workday turns a preset holiday into a
 * working day. Years the preset does not cover keep only the plan's lists. With `span`, only the
 * preset's days that overlap it are taken (fewer exceptions; days outside get the weekly pattern).
 */
export function mergePreset(own: CalendarRules, preset: HolidayPreset | undefined, span?: DayRange): CalendarRules {
  if (!preset) {
    return own;
  }
  const ownExtra = own.extraWorkdays ?? [];
  return {
    workdays: own.workdays,
    holidays: [...own.holidays, ...subtractRanges(preset.holidays(span), ownExtra)],
    extraWorkdays: [...ownExtra, ...subtractRanges(preset.makeupDays(span), own.holidays)],
  };
}

/** The days of `ranges` (sorted, disjoint) that no range of `cut` covers; untouched ranges are kept as they are. */
export function subtractRanges(ranges: readonly DayRange[], cut: readonly DayRange[]): DayRange[] {
  const holes = mergeRanges(cut);
  if (holes.length === 0) {
    return [...ranges];
  }
  const out: DayRange[] = [];
  let h = 0;
  for (const range of ranges) {
    while (h < holes.length && holes[h]!.to < range.from) {
      h++;
    }
    let from = range.from;
    for (let k = h; k < holes.length && holes[k]!.from <= range.to; k++) {
      if (holes[k]!.from > from) {
        out.push({ from, to: holes[k]!.from - 1 });
      }
      from = Math.max(from, holes[k]!.to + 1);
    }
    if (from === range.from) {
      out.push(range);
    } else if (from <= range.to) {
      out.push({ from, to: range.to });
    }
  }
  return out;
}

/** Sorted, disjoint ranges covering the same days; reversed ranges (no days) are dropped. */
function mergeRanges(ranges: readonly DayRange[]): DayRange[] {
  const sorted = ranges.filter((r) => r.from <= r.to).sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) {
      last.to = Math.max(last.to, r.to);
    } else {
      out.push({ from: r.from, to: r.to });
    }
  }
  return out;
}
