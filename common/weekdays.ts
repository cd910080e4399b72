/**
 * Weekdays as plans name them, indexed by their number: 0 = Sunday … 6 = Saturday, as
 * `weekdayOf` in `dates.ts` counts. The one list shared by the server, client and webview.
 */
export const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Monday first, as plans and pickers list them. */
export const WEEKDAYS_MONDAY_FIRST = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly WeekdayName[];

/** The number of a weekday name (any case), or undefined for anything else. */
export function weekdayNumber(name: string): Weekday | undefined {
  const index = (WEEKDAY_NAMES as readonly string[]).indexOf(name.toLowerCase());
  return index >= 0 ? (index as Weekday) : undefined;
}

/** The weekdays of an ordinary working week, Monday to Friday. */
export const DEFAULT_WORKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
