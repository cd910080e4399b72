import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How far V8 lets the old generation grow past what its last full collection kept, in percent.
 *
 * Left to itself, V8 on a machine with gigabytes to spare lets the heap reach four times what
 * survived before it collects again. The analysis of a 20k-task plan keeps about 120 MB in the
 * server, and every edit replaces its text (15 MB) and the whole-plan lists, symbols and schedule,
 * so the server climbed to 550-650 MB between collections. At 30% it peaks at 270-300 MB on that
 * plan. The price is a collection in most edits there: the median edit takes about 40 ms longer,
 * 260-350 ms (`node bench/lspBench.mjs --sizes 20000`, with `XPROJ_HEAP_GROWING_PERCENT=0` to
 * compare). Small plans are unaffected in practice: their heaps are a few tens of megabytes.
 */
export const HEAP_GROWING_PERCENT = 30;

/** `XPROJ_HEAP_GROWING_PERCENT` overrides it, for measuring the trade-off; 0 gives V8's own growth back. */
function configuredPercent(): number {
  // Unset or empty (which `Number` would read as 0, V8's own growth) keeps the default.
  const setting = process.env.XPROJ_HEAP_GROWING_PERCENT?.trim();
  const value = Number(setting);
  return setting && Number.isInteger(value) && value >= 0 ? value : HEAP_GROWING_PERCENT;
}

/**
 * Applies `HEAP_GROWING_PERCENT` to this process. V8 reads the flag each time it sets the next
 * collection's limit, so setting it after start-up takes effect at once. A runtime that does not
 * know the flag ignores it.
 */
export function limitHeapGrowth(percent = configuredPercent()): void {
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
