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

/** Per key, how it takes part in overloads; keys never overloaded are absent. */
export function findOverloads<K>(intervals: readonly LoadInterval<K>[], capacity: number): Map<K, Overload<K>> {
  const events: [position: number, delta: 1 | -1, index: number][] = [];
  intervals.forEach((iv, index) => {
    if (iv.to > iv.from) {
      events.push([iv.from, 1, index], [iv.to, -1, index]);
    }
  });
  // Ends before starts at one position: an interval ending at p does not overlap one starting at p.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const result = new Map<K, MutableOverload<K>>();
  const active = new Set<number>();
  let total = 0;
  for (let i = 0; i < events.length; ) {
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
      record(result, intervals, active, position, total);
    }
  }
  return result;
}

function record<K>(
  result: Map<K, MutableOverload<K>>,
  intervals: readonly LoadInterval<K>[],
  active: ReadonlySet<number>,
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
