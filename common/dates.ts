/**
 * Calendar dates as day numbers (whole days since 1970-01-01, UTC). Integer days keep date
 * arithmetic exact and free of time zones.
 *
 * XProj supports the days 0001-01-01 through 9999-12-31 (proleptic Gregorian), the ones ISO 8601
 * writes with a four-digit year and no sign; every date it reads or prints lies in that range.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The earliest supported date as written. */
export const MIN_DATE_ISO = '0001-01-01';
/** The latest supported date as written. */
export const MAX_DATE_ISO = '9999-12-31';
/** Day numbers of the earliest and latest supported dates. */
export const MIN_DAY = -719_162;
export const MAX_DAY = 2_932_896;

/** Milliseconds since the epoch of a UTC midnight; `Date.UTC` would read years 0 to 99 as 1900 to 1999. */
function utcMs(year: number, month: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, date);
  return d.getTime();
}

/** What is wrong with a date as written: not `YYYY-MM-DD`, a day that does not exist, or the year 0000. */
export type IsoDateFault = 'shape' | 'no-such-day' | 'out-of-range';

/** The day number of an ISO `YYYY-MM-DD` date, or why it is none. */
export function readIsoDate(text: string): number | IsoDateFault {
  const m = ISO_DATE.exec(text);
  if (!m) {
    return 'shape';
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const check = new Date(utcMs(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    return 'no-such-day';
  }
  // Four digits cannot pass 9999; only the year 0000 is outside the range.
  return y < 1 ? 'out-of-range' : check.getTime() / MS_PER_DAY;
}

/** The day number of an ISO `YYYY-MM-DD` date, or undefined when it is not a supported real date. */
export function parseIsoDate(text: string): number | undefined {
  const day = readIsoDate(text);
  return typeof day === 'number' ? day : undefined;
}

/** `day` moved into the supported range. */
export function clampDay(day: number): number {
  return Math.min(MAX_DAY, Math.max(MIN_DAY, day));
}

/** Whether `day` lies in the supported range. */
export function isSupportedDay(day: number): boolean {
  return day >= MIN_DAY && day <= MAX_DAY;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The ISO `YYYY-MM-DD` text of a day number, always with a four-digit year. A day outside the
 * supported range prints as the nearest end of it: whatever computes such a day reports it (the
 * scheduler's tasks: `date-order`), and no output may carry a signed or five-digit year.
 */
export function formatDay(day: number): string {
  const { year, month, date } = ymdOf(clampDay(day));
  return `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(date, 2)}`;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day number of a JavaScript date, taken in UTC. */
export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** Today in the local time zone of the process, as a day number. */
export function localToday(now: Date = new Date()): number {
  return Math.floor(utcMs(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
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

/** The day number of a year, month (0..11, may overflow into the next years) and date. */
export function dayOfYmd(year: number, month: number, date: number): number {
  return utcMs(year, month, date) / MS_PER_DAY;
}

/** The day number of an ISO date that was validated already (the webview's, by its protocol). */
export function dayOfIso(iso: string): number {
  return dayOfYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}
