import { weekdayOf } from './dates';
import { countBelow } from './sortedNumbers';

/** An inclusive stretch of days (day numbers); a single day has `from === to`. */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

/** What makes a day worked: the plan's calendar after presets and the plan's own lists are merged. */
export interface CalendarRules {
  /** Weekdays worked, 0 = Sunday … 6 = Saturday; none valid means Monday to Friday. */
  readonly workdays: readonly number[];
  /** Days off. A holiday wins over a make-up day on the same date. */
  readonly holidays: readonly DayRange[];
  /** Days worked outside `workdays` (调休 make-up working days). */
  readonly extraWorkdays?: readonly DayRange[];
}

/** How a day looks on the calendar: what the Gantt draws and hovers name. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

/** A reversed or absurdly long range is a plan problem reported elsewhere; the calendar caps its work. */
const MAX_RANGE_DAYS = 3660;

/**
 * The one working-day calendar of XProj, used by the scheduler, the rules, the editor features and
 * the Gantt webview alike, so that a drag preview counts days exactly as the scheduler does.
 *
 * Scheduling runs on working-day ordinals (the number of working days before a day), so adding
 * durations and lags is integer addition and slack is a subtraction; dates are converted at the
 * edges. A day's ordinal is its count in the plain weekly pattern, corrected by the exceptions
 * before it (a holiday on a working weekday: −1; a make-up day on a day off: +1). Both
 * conversions are one binary search over the exceptions.
 */
export class WorkCalendar {
  private readonly worked: readonly boolean[];
  private readonly perWeek: number;
  /** prefix[r]: working weekdays among the first r days of a week that starts on day 0 (a Thursday). */
  private readonly prefix: readonly number[];
  /** nth[r]: the offset, in a week that starts on day 0, of its r-th working weekday. */
  private readonly nth: readonly number[];
  /** The days that differ from the weekly pattern, sorted. */
  private readonly exceptions: Float64Array;
  /** adjust[j]: the sum of the first j exceptions' corrections (+1 make-up, −1 holiday). */
  private readonly adjust: Int32Array;
  /** ends[j]: the ordinal of the day after exception j; non-decreasing, so `dayOf` can search it. */
  private readonly ends: Float64Array;
  private readonly holidaySet: ReadonlySet<number>;
  private readonly makeupSet: ReadonlySet<number>;

  /** The rules the calendar was built from, for those who pass it on (the Gantt model). */
  readonly rules: CalendarRules;

  constructor(rules: CalendarRules) {
    this.rules = rules;
    const valid = rules.workdays.filter((w) => Number.isInteger(w) && w >= 0 && w <= 6);
    const days = valid.length > 0 ? valid : [1, 2, 3, 4, 5];
    this.worked = Array.from({ length: 7 }, (_, w) => days.includes(w));
    this.perWeek = this.worked.filter(Boolean).length;
    const prefix = [0];
    for (let r = 0; r < 7; r++) {
      prefix.push(prefix[r]! + (this.worked[weekdayOf(r)] ? 1 : 0));
    }
    this.prefix = prefix;
    this.nth = [0, 1, 2, 3, 4, 5, 6].filter((r) => this.worked[weekdayOf(r)]);

    const daysOff = new Set<number>();
    forEachDay(rules.holidays, (d) => daysOff.add(d));
    const holidays = new Set<number>();
    for (const d of daysOff) {
      if (this.worked[weekdayOf(d)]) {
        holidays.add(d);
      }
    }
    const makeups = new Set<number>();
    forEachDay(rules.extraWorkdays ?? [], (d) => {
      if (!this.worked[weekdayOf(d)] && !daysOff.has(d)) {
        makeups.add(d);
      }
    });
    this.holidaySet = holidays;
    this.makeupSet = makeups;

    const sorted = [...holidays, ...makeups].sort((a, b) => a - b);
    this.exceptions = Float64Array.from(sorted);
    this.adjust = new Int32Array(sorted.length + 1);
    this.ends = new Float64Array(sorted.length);
    for (let j = 0; j < sorted.length; j++) {
      const d = sorted[j]!;
      this.adjust[j + 1] = this.adjust[j]! + (makeups.has(d) ? 1 : -1);
      this.ends[j] = this.weekdayOrdinal(d + 1) + this.adjust[j + 1]!;
    }
  }

  /** Working days in a plain week: what `1w` means. */
  get workdaysPerWeek(): number {
    return this.perWeek;
  }

  isWorkday(day: number): boolean {
    return this.makeupSet.has(day) || (this.worked[weekdayOf(day)] === true && !this.holidaySet.has(day));
  }

  /** A holiday that falls on a day the weekly pattern would work (the only holidays that matter). */
  isHoliday(day: number): boolean {
    return this.holidaySet.has(day);
  }

  /** A day off by the weekly pattern that is worked (调休补班). */
  isMakeupDay(day: number): boolean {
    return this.makeupSet.has(day);
  }

  /** A day off by the weekly pattern and not made up. */
  isWeekend(day: number): boolean {
    return this.worked[weekdayOf(day)] !== true && !this.makeupSet.has(day);
  }

  dayKind(day: number): DayKind {
    return this.makeupSet.has(day) ? 'makeup' : this.holidaySet.has(day) ? 'holiday' : this.worked[weekdayOf(day)] ? 'workday' : 'weekend';
  }

  /** Working days strictly before `day`: the ordinal of `day` if it is a working day, else of the next one. */
  ordinal(day: number): number {
    return this.weekdayOrdinal(day) + this.adjust[this.exceptionsBefore(day)]!;
  }

  /** The date of the working day with the given ordinal. */
  dayOf(ordinal: number): number {
    // The answer lies after exception j − 1 and up to exception j, for the first j whose end
    // passes the ordinal; there the plain weekly pattern holds, shifted by adjust[j].
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= ordinal) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < ends.length && ordinal === ends[lo]! - 1 && this.makeupSet.has(this.exceptions[lo]!)) {
      return this.exceptions[lo]!;
    }
    const n = ordinal - this.adjust[lo]!;
    const weeks = Math.floor(n / this.perWeek);
    return weeks * 7 + this.nth[n - weeks * this.perWeek]!;
  }

  /** The first working day on or after `day`. */
  nextWorkday(day: number): number {
    return this.dayOf(this.ordinal(day));
  }

  /** The last working day on or before `day`. */
  previousWorkday(day: number): number {
    return this.dayOf(this.ordinal(day + 1) - 1);
  }

  /** Working days from `from` to `to`, both inclusive (0 when `to` is before `from`). */
  workdaysBetween(from: number, to: number): number {
    return Math.max(0, this.ordinal(to + 1) - this.ordinal(from));
  }

  /**
   * How many working days `to` lies after `from` (negative when before): what a slip of a date is
   * worth in this calendar. A day off counts as the working day after it.
   */
  workdayDelta(from: number, to: number): number {
    return this.ordinal(to) - this.ordinal(from);
  }

  /** The working day `n` working days after (before, for negative `n`) the working day on or after `day`. */
  addWorkdays(day: number, n: number): number {
    return this.dayOf(this.ordinal(day) + n);
  }

  /** Working weekdays strictly before `day`, exceptions not counted. */
  private weekdayOrdinal(day: number): number {
    const weeks = Math.floor(day / 7);
    return weeks * this.perWeek + this.prefix[day - weeks * 7]!;
  }

  private exceptionsBefore(day: number): number {
    return countBelow(this.exceptions, day);
  }
}

function forEachDay(ranges: readonly DayRange[], visit: (day: number) => void): void {
  for (const r of ranges) {
    for (let d = r.from; d <= r.to && d - r.from < MAX_RANGE_DAYS; d++) {
      visit(d);
    }
  }
}
