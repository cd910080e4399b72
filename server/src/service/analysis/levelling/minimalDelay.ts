import { findOverloads } from '../../utils/loadSweep';
import type { LoadInterval } from '../../utils/loadSweep';

/**
 * The fewest working days `key`'s intervals must move later, at most `maxDelay`, so that it takes
 * part in no overload of `capacity` any more, the other intervals staying where they are; undefined
 * when no delay within `maxDelay` does it. Positions are working-day ordinals.
 *
 * Moving later, an interval leaves an overlap only when its start passes another's end, so only
 * those delays are tried, nearest first: a handful of sweeps, whatever the slack.
 */
export function minimalDelay<K>(intervals: readonly LoadInterval<K>[], key: K, capacity: number, maxDelay: number): number | undefined {
  const own = intervals.filter((iv) => iv.key === key);
  const others = intervals.filter((iv) => iv.key !== key);
  if (own.length === 0 || maxDelay < 1) {
    return undefined;
  }
  const ownLoad = Math.max(...own.map((iv) => iv.load));
  if (ownLoad > capacity) {
    // Over capacity by itself: no date helps.
    return undefined;
  }
  const from = Math.min(...own.map((iv) => iv.from));
  const candidates = new Set<number>();
  for (const iv of others) {
    const k = iv.to - from;
    if (k >= 1 && k <= maxDelay) {
      candidates.add(k);
    }
  }
  for (const k of [...candidates].sort((a, b) => a - b)) {
    const moved = own.map((iv) => ({ ...iv, from: iv.from + k, to: iv.to + k }));
    if (!findOverloads([...others, ...moved], capacity).has(key)) {
      return k;
    }
  }
  return undefined;
}
