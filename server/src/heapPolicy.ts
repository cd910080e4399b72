import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How far V8 lets the old generation grow past what its last full collection kept, in percent,
 * while the open plans are large.
 *
 * Left to itself, V8 on a machine with gigabytes to spare lets the heap reach four times what
 * survived before it collects again. The analysis of a 20k-task plan keeps about 120 MB in the
 * server, and every edit replaces its text (15 MB) and the whole-plan lists, symbols and schedule,
 * so the server climbed to 550-650 MB between collections. At 30% it peaks at 270-300 MB on that
 * plan. The price is a collection in most edits there: the median edit takes about 40 ms longer,
 * 260-350 ms (`node bench/lspBench.mjs --sizes 20000`, with `XPROJ_HEAP_GROWING_PERCENT=0` to
 * compare).
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * The growth while the open plans' text is at most `ROOMY_TEXT_LENGTH` (about 7,500 generated tasks).
 * A 5k-task plan keeps about 40 MB, so 30% meant a full collection every few edits: the whole round
 * after a keystroke (diagnostics, outline, lenses, views) took a median 273 ms; at 60% 219 ms, its
 * peak 204 MB instead of 181 (at 100%: 200 ms, 268 MB; V8's own: 205 ms, 315 MB; `node
 * bench/roundBench.mjs --sizes 5000` with `XPROJ_HEAP_GROWING_PERCENT` set to each).
 */
export const ROOMY_HEAP_GROWING_PERCENT = 60;
export const ROOMY_TEXT_LENGTH = 3 * 1024 * 1024;

/** The growth for open plans of this much text in all. */
export function heapGrowingPercent(openTextLength: number): number {
  return openTextLength <= ROOMY_TEXT_LENGTH ? ROOMY_HEAP_GROWING_PERCENT : HEAP_GROWING_PERCENT;
}

/**
 * Sizes the heap's growth by the open plans (`heapGrowingPercent`), told their total length after
 * each change; sets the flag only when the growth changes. `XPROJ_HEAP_GROWING_PERCENT`, when set,
 * holds the growth fixed instead. `apply` is `limitHeapGrowth` but in tests.
 */
export function heapGrowthByOpenPlans(apply: (percent: number) => void = limitHeapGrowth, fixed = configuredPercent()): (openTextLength: number) => void {
  let current: number | undefined;
  return (openTextLength) => {
    const percent = fixed ?? heapGrowingPercent(openTextLength);
    if (percent !== current) {
      current = percent;
      apply(percent);
    }
  };
}

/** `XPROJ_HEAP_GROWING_PERCENT` overrides it, for measuring the trade-off; 0 gives V8's own growth back. */
function configuredPercent(): number | undefined {
  // Unset or empty (which `Number` would read as 0, V8's own growth) keeps the default.
  const setting = process.env.XPROJ_HEAP_GROWING_PERCENT?.trim();
  const value = Number(setting);
  return setting && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Applies `HEAP_GROWING_PERCENT` to this process. V8 reads the flag each time it sets the next
 * collection's limit, so setting it after start-up takes effect at once. A runtime that does not
 * know the flag ignores it.
 */
export function limitHeapGrowth(percent = configuredPercent() ?? HEAP_GROWING_PERCENT): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // V8's default growth then applies
  }
}

/**
 * A large plan's analysis is tens of megabytes that V8 collects only when it next needs room, and
 * an idle server never does. So a second after such a plan closes, a full collection runs (through
 * `gc`, which V8 exposes on request) and the memory goes back to the system. Calls within that
 * second make one collection. The process entry makes one; its timer is its own.
 */
export function collectorOfClosedPlans(delay = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        setFlagsFromString('--expose-gc');
        (runInNewContext('gc') as () => void)();
      } catch {
        // without it, V8 collects on its own schedule
      }
    }, delay);
  };
}
