import type { CalendarSpec } from '../parser/planModel';
import { weekdayOf } from './dates';

/**
 * A working-day calendar. Scheduling runs on working-day ordinals (the n-th working day since
 * the epoch), so adding durations and lags is integer addition and slack is a subtraction;
 * dates are converted at the edges. Both conversions are O(log holidays).
 */
export class WorkCalendar {
  private readonly workday: readonly boolean[];
  private readonly perWeek: number;
  /** prefix[r]: working weekdays among the first r days of a week that starts on day 0 (a Thursday). */
  private readonly prefix: readonly number[];
  /** nth[r]: the offset, in a week that starts on day 0, of its r-th working weekday. */
  private readonly nth: readonly number[];
  /** Sorted, unique holidays that fall on working weekdays (the only ones that change counts). */
  private readonly holidays: readonly number[];
  private readonly holidaySet: ReadonlySet<number>;
  /** shifted[j]: the weekday-only ordinal of holiday j minus j; non-decreasing, so dayOf can search it. */
  private readonly shifted: readonly number[];

  constructor(spec: Pick<CalendarSpec, 'workdays' | 'holidays'>) {
    const valid = spec.workdays.filter((w) => Number.isInteger(w) && w >= 0 && w <= 6);
    const days = valid.length > 0 ? valid : [1, 2, 3, 4, 5];
    this.workday = Array.from({ length: 7 }, (_, w) => days.includes(w as 0));
    this.perWeek = this.workday.filter(Boolean).length;
    const prefix = [0];
    for (let r = 0; r < 7; r++) {
      prefix.push(prefix[r]! + (this.workday[weekdayOf(r)] ? 1 : 0));
    }
    this.prefix = prefix;
    this.nth = [0, 1, 2, 3, 4, 5, 6].filter((r) => this.workday[weekdayOf(r)]);
    const hs = new Set<number>();
    for (const h of spec.holidays) {
      // A reversed or absurdly long range is a plan problem reported elsewhere; cap the work here.
      for (let d = h.from; d <= h.to && d - h.from < 3660; d++) {
        if (this.workday[weekdayOf(d)]) {
          hs.add(d);
        }
      }
    }
    this.holidays = [...hs].sort((a, b) => a - b);
    this.holidaySet = hs;
    this.shifted = this.holidays.map((h, j) => this.weekdayOrdinal(h) - j);
  }

  /** Working days in a week: what `1w` means. */
  get workdaysPerWeek(): number {
    return this.perWeek;
  }

  isWorkday(day: number): boolean {
    return this.workday[weekdayOf(day)] === true && !this.holidaySet.has(day);
  }

  /** Working days strictly before `day`: the ordinal of `day` if it is a working day, else of the next one. */
  ordinal(day: number): number {
    return this.weekdayOrdinal(day) - this.holidaysBefore(day);
  }

  /** The date of the working day with the given ordinal. */
  dayOf(ordinal: number): number {
    // The day is the working weekday number ordinal + k, where k counts the holidays before it:
    // exactly the holidays j with shifted[j] <= ordinal.
    const s = this.shifted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]! <= ordinal) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    const n = ordinal + lo;
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

  /** Working weekdays strictly before `day`, holidays not taken off. */
  private weekdayOrdinal(day: number): number {
    const weeks = Math.floor(day / 7);
    return weeks * this.perWeek + this.prefix[day - weeks * 7]!;
  }

  private holidaysBefore(day: number): number {
    const hs = this.holidays;
    let lo = 0;
    let hi = hs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hs[mid]! < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
