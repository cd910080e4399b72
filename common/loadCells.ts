import { formatDay, ymdOf } from './dates';
import type { ResourceBooking, ResourcePerson } from './resourceLoad';

/** How wide a cell of the load view is: following the Gantt's zoom, a day, a week or a month. */
export type LoadScale = 'day' | 'week' | 'month';

export const LOAD_SCALES: readonly LoadScale[] = ['day', 'week', 'month'];

/** A column of the load view: days `[start, end)` of the grid. */
export interface LoadBucket {
  readonly start: number;
  readonly end: number;
}

/** How loaded a cell is against the person's capacity: 0 free, 1 up to half, 2 more, 3 full, 4 over. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/** The load of each day of the grid, in FTE, from a person's runs. */
export function dailyLoads(person: ResourcePerson, days: number): Float64Array {
  const daily = new Float64Array(days);
  const runs = person.runs;
  for (let i = 0; i + 2 < runs.length; i += 3) {
    const from = Math.max(0, runs[i]!);
    const to = Math.min(days, runs[i]! + runs[i + 1]!);
    for (let d = from; d < to; d++) {
      daily[d] = runs[i + 2]!;
    }
  }
  return daily;
}

/** The columns of a grid of `days` days from `first` (a day number, a Monday) at a scale. */
export function loadBuckets(first: number, days: number, scale: LoadScale): LoadBucket[] {
  const buckets: LoadBucket[] = [];
  if (scale === 'day' || scale === 'week') {
    const width = scale === 'day' ? 1 : 7;
    for (let start = 0; start < days; start += width) {
      buckets.push({ start, end: Math.min(days, start + width) });
    }
    return buckets;
  }
  // Months: cut where the month changes, so the first and last may be partial.
  let start = 0;
  for (let d = 1; d <= days; d++) {
    if (d === days || ymdOf(first + d).month !== ymdOf(first + d - 1).month) {
      buckets.push({ start, end: d });
      start = d;
    }
  }
  return buckets;
}

/** The busiest day's load in a bucket, in FTE. */
export function peakLoad(daily: Float64Array, bucket: LoadBucket): number {
  let peak = 0;
  for (let d = bucket.start; d < bucket.end; d++) {
    peak = Math.max(peak, daily[d]!);
  }
  return peak;
}

/** Loads are sums of decimals: compare them to capacity with a tolerance, as the rule's units do. */
const EPSILON = 1e-6;

export function heatLevel(load: number, capacity: number): HeatLevel {
  if (load <= EPSILON) {
    return 0;
  }
  if (load > capacity + EPSILON) {
    return 4;
  }
  const share = capacity > 0 ? load / capacity : 1;
  return share <= 0.5 + EPSILON ? 1 : share < 1 - EPSILON ? 2 : 3;
}

/** The bookings of a person that fall in a bucket, the largest loads first. */
export function bookingsIn(person: ResourcePerson, bucket: LoadBucket): ResourceBooking[] {
  return person.bookings.filter((b) => b.from < bucket.end && b.to > bucket.start).sort((a, b) => b.load - a.load);
}

/** ISO dates of a bucket's first and last day. */
export function bucketDates(first: number, bucket: LoadBucket): { readonly from: string; readonly to: string } {
  return { from: formatDay(first + bucket.start), to: formatDay(first + bucket.end - 1) };
}
