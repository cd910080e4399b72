/**
 * Dates as day numbers (whole days since 1970-01-01, UTC), as the server counts them, and the
 * plan's working-day calendar, so that a drag can be turned into working days exactly as the
 * scheduler would count them.
 */

const MS_PER_DAY = 86_400_000;

/** The day number of an ISO `YYYY-MM-DD` date (already validated by the protocol). */
export function dayOfIso(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export interface YearMonthDay {
  readonly year: number;
  /** 0..11 */
  readonly month: number;
  readonly date: number;
}

export function ymdOf(day: number): YearMonthDay {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

export function dayOfYmd(year: number, month: number, date: number): number {
  return Date.UTC(year, month, date) / MS_PER_DAY;
}

export class WorkCalendar {
  private readonly workday: readonly boolean[];
  private readonly perWeek: number;
  /** prefix[r]: working weekdays among the first r days of a week that starts on a Sunday. */
  private readonly prefix: readonly number[];
  /** Holidays on working weekdays, sorted: the only ones that change counts. */
  private readonly holidays: readonly number[];
  private readonly holidaySet: ReadonlySet<number>;

  constructor(workdays: readonly number[], holidays: readonly number[]) {
    const days = workdays.length > 0 ? workdays : [1, 2, 3, 4, 5];
    this.workday = Array.from({ length: 7 }, (_, w) => days.includes(w));
    this.perWeek = this.workday.filter(Boolean).length;
    const prefix = [0];
    for (let w = 0; w < 7; w++) {
      prefix.push(prefix[w]! + (this.workday[w] ? 1 : 0));
    }
    this.prefix = prefix;
    const hs = [...new Set(holidays.filter((h) => this.workday[weekdayOf(h)]))].sort((a, b) => a - b);
    this.holidays = hs;
    this.holidaySet = new Set(hs);
  }

  isWorkday(day: number): boolean {
    return this.workday[weekdayOf(day)] === true && !this.holidaySet.has(day);
  }

  isHoliday(day: number): boolean {
    return this.holidaySet.has(day);
  }

  isWeekend(day: number): boolean {
    return this.workday[weekdayOf(day)] !== true;
  }

  /** Working days strictly before `day`, counted from an arbitrary fixed origin. */
  ordinal(day: number): number {
    // Day 3 (1970-01-04) is a Sunday: count whole weeks from there, then the rest of the week.
    const rel = day - 3;
    const weeks = Math.floor(rel / 7);
    const rest = rel - weeks * 7;
    return weeks * this.perWeek + this.prefix[rest]! - this.holidaysBefore(day);
  }

  /** The first working day on or after `day` (a calendar without working days returns `day`). */
  nextWorkday(day: number): number {
    for (let d = day, i = 0; i < 3700; d++, i++) {
      if (this.isWorkday(d)) {
        return d;
      }
    }
    return day;
  }

  /** The last working day on or before `day`. */
  previousWorkday(day: number): number {
    for (let d = day, i = 0; i < 3700; d--, i++) {
      if (this.isWorkday(d)) {
        return d;
      }
    }
    return day;
  }

  /** The working day `n` working days after (or before, for negative `n`) the working day on or after `day`. */
  addWorkdays(day: number, n: number): number {
    let d = this.nextWorkday(day);
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n), guard = 0; left > 0 && guard < 100_000; guard++) {
      d += step;
      if (this.isWorkday(d)) {
        left--;
      }
    }
    return d;
  }

  private holidaysBefore(day: number): number {
    const h = this.holidays;
    let lo = 0;
    let hi = h.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h[mid]! < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
