/**
 * Finds where loads that overlap in time exceed a capacity, by sorting interval endpoints and
 * sweeping them once: O(n log n) plus the size of the answer, whatever the intervals' lengths.
 */

/** Positions are integers (e.g. working-day ordinals); `to` is exclusive. Loads are integers too, so sums are exact. */
export interface LoadInterval<K> {
  readonly key: K;
  readonly from: number;
  readonly to: number;
  readonly load: number;
}

/** How one interval takes part in an overload. */
export interface Overload<K> {
  /** The first position at which the interval is active and the total exceeds the capacity. */
  readonly firstAt: number;
  /** The highest total over the overloaded positions the interval is active in. */
  readonly peak: number;
  /** The other keys active with it in an overloaded position, in the order first met. */
  readonly others: ReadonlySet<K>;
}

interface MutableOverload<K> {
  firstAt: number;
  peak: number;
  others: Set<K>;
}

/**
 * Per key, how it takes part in overloads; keys never overloaded are absent.
 *
 * Runs for every person on every edit, so it allocates next to nothing on the common path where no
 * one is overloaded: each endpoint is one number in a typed array, sorted without a comparator.
 */
export function findOverloads<K>(intervals: readonly LoadInterval<K>[], capacity: number): Map<K, Overload<K>> {
  const result = new Map<K, MutableOverload<K>>();
  const n = intervals.length;
  let sum = 0;
  let negative = false;
  let lowest = Infinity;
  for (let i = 0; i < n; i++) {
    const iv = intervals[i]!;
    if (iv.to > iv.from) {
      sum += iv.load;
      negative ||= iv.load < 0;
      lowest = Math.min(lowest, iv.from);
    }
  }
  // Even all at once they fit.
  if (sum <= capacity && !negative) {
    return result;
  }
  const events = packedEvents(intervals, lowest);
  if (!events) {
    return findOverloadsSlowly(intervals, capacity);
  }
  // 0: inactive; otherwise how many intervals had started before this one, plus one.
  const active = new Float64Array(n);
  let started = 0;
  let total = 0;
  for (let e = 0; e < events.length;) {
    const position = Math.floor(events[e]! / (2 * n));
    for (; e < events.length && Math.floor(events[e]! / (2 * n)) === position; e++) {
      const index = events[e]! % n;
      const starts = Math.floor(events[e]! / n) % 2 === 1;
      total += starts ? intervals[index]!.load : -intervals[index]!.load;
      active[index] = starts ? ++started : 0;
    }
    if (total > capacity) {
      record(result, intervals, activeIndices(active), position + lowest, total);
    }
  }
  return result;
}

/**
 * Each non-empty interval's two endpoints as `(position * 2 + isStart) * n + index`, positions
 * counted from `lowest`, sorted: by position, ends before starts (an interval ending at p does not
 * overlap one starting at p), then by index. Undefined where the numbers would not stay exact.
 */
function packedEvents<K>(intervals: readonly LoadInterval<K>[], lowest: number): Float64Array | undefined {
  const n = intervals.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const iv = intervals[i]!;
    if (iv.to > iv.from) {
      if (!Number.isInteger(iv.from) || !Number.isInteger(iv.to) || !Number.isSafeInteger(((iv.to - lowest) * 2 + 1) * n + n)) {
        return undefined;
      }
      count += 2;
    }
  }
  const events = new Float64Array(count);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const iv = intervals[i]!;
    if (iv.to > iv.from) {
      events[e++] = ((iv.from - lowest) * 2 + 1) * n + i;
      events[e++] = (iv.to - lowest) * 2 * n + i;
    }
  }
  return events.sort();
}

/** The active intervals in the order they started, which is the order overloads are reported in. */
function activeIndices(active: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < active.length; i++) {
    if (active[i]! > 0) {
      out.push(i);
    }
  }
  return out.sort((a, b) => active[a]! - active[b]!);
}

/** The same sweep over events as tuples, for positions that cannot be packed (never in a real plan). */
function findOverloadsSlowly<K>(intervals: readonly LoadInterval<K>[], capacity: number): Map<K, Overload<K>> {
  const events: [position: number, delta: 1 | -1, index: number][] = [];
  intervals.forEach((iv, index) => {
    if (iv.to > iv.from) {
      events.push([iv.from, 1, index], [iv.to, -1, index]);
    }
  });
  // Ends before starts at one position: an interval ending at p does not overlap one starting at p.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const result = new Map<K, MutableOverload<K>>();
  const active = new Set<number>();
  let total = 0;
  for (let i = 0; i < events.length;) {
    const position = events[i]![0];
    for (; i < events.length && events[i]![0] === position; i++) {
      const [, delta, index] = events[i]!;
      total += delta * intervals[index]!.load;
      if (delta > 0) {
        active.add(index);
      } else {
        active.delete(index);
      }
    }
    if (total > capacity) {
      record(result, intervals, [...active], position, total);
    }
  }
  return result;
}

function record<K>(
  result: Map<K, MutableOverload<K>>,
  intervals: readonly LoadInterval<K>[],
  active: readonly number[],
  position: number,
  total: number,
): void {
  for (const index of active) {
    const key = intervals[index]!.key;
    let entry = result.get(key);
    if (!entry) {
      entry = { firstAt: position, peak: total, others: new Set() };
      result.set(key, entry);
    }
    entry.peak = Math.max(entry.peak, total);
    for (const other of active) {
      const otherKey = intervals[other]!.key;
      if (otherKey !== key) {
        entry.others.add(otherKey);
      }
    }
  }
}
