import type { ChartModel } from './model';
import { dayAtX, xOfDay } from './timeScale';
import type { TimeScale } from './timeScale';

export type BandKind = 'weekend' | 'holiday';

export interface Band {
  readonly kind: BandKind;
  readonly x: number;
  readonly width: number;
}

/** Below this, weekends would grey out the whole chart; holidays are still worth showing. */
export const MIN_PX_PER_DAY_FOR_WEEKENDS = 5;

/** Shading for the days off in the pixel range `x0..x1`; consecutive days of one kind are merged. */
export function shadingBands(model: ChartModel, scale: TimeScale, x0: number, x1: number): Band[] {
  const out: Band[] = [];
  const cal = model.calendar;
  const weekends = scale.pxPerDay >= MIN_PX_PER_DAY_FOR_WEEKENDS;
  const first = Math.max(scale.origin, Math.floor(dayAtX(scale, x0)));
  const last = Math.min(scale.origin + scale.days - 1, Math.ceil(dayAtX(scale, x1)));
  let runKind: BandKind | null = null;
  let runStart = 0;
  for (let day = first; day <= last + 1; day++) {
    let kind: BandKind | null = null;
    if (day <= last) {
      if (cal.isHoliday(day)) {
        kind = 'holiday';
      } else if (weekends && cal.isWeekend(day)) {
        kind = 'weekend';
      }
    }
    if (kind !== runKind) {
      if (runKind !== null) {
        out.push({ kind: runKind, x: xOfDay(scale, runStart), width: (day - runStart) * scale.pxPerDay });
      }
      runKind = kind;
      runStart = day;
    }
  }
  return out;
}

/** The status date line sits at the start of the status day: a bar that ends left of it is past. */
export function statusLineX(model: ChartModel, scale: TimeScale): number {
  return xOfDay(scale, model.statusDate);
}
