import type { ChartModel } from './model';
import { dayAtX, xOfDay } from './timeScale';
import type { TimeScale } from './timeScale';

/** A day off by the weekly pattern, a holiday, or a day off that is worked (调休 make-up day). */
export type BandKind = 'weekend' | 'holiday' | 'makeup';

export interface Band {
  readonly kind: BandKind;
  readonly x: number;
  readonly width: number;
  /** The holiday the days belong to, for the hover. */
  readonly name?: string;
}

/** Below this, weekends would grey out the whole chart; holidays are still worth showing. */
export const MIN_PX_PER_DAY_FOR_WEEKENDS = 5;

/**
 * Shading for the days off in the pixel range `x0..x1`, and a mark for make-up days (worked, so not
 * shaded as off); consecutive days of one kind and name are merged.
 */
export function shadingBands(model: ChartModel, scale: TimeScale, x0: number, x1: number): Band[] {
  const out: Band[] = [];
  const cal = model.calendar;
  const weekends = scale.pxPerDay >= MIN_PX_PER_DAY_FOR_WEEKENDS;
  const first = Math.max(scale.origin, Math.floor(dayAtX(scale, x0)));
  const last = Math.min(scale.origin + scale.days - 1, Math.ceil(dayAtX(scale, x1)));
  let runKind: BandKind | null = null;
  let runName: string | undefined;
  let runStart = 0;
  for (let day = first; day <= last + 1; day++) {
    let kind: BandKind | null = null;
    if (day <= last) {
      if (cal.isHoliday(day)) {
        kind = 'holiday';
      } else if (cal.isMakeupDay(day)) {
        kind = 'makeup';
      } else if (weekends && cal.isWeekend(day)) {
        kind = 'weekend';
      }
    }
    // Weekends are named only inside a holiday period (the Sunday of 春节), as the editor's hover does.
    const name = kind === null ? undefined : model.dayName(day);
    if (kind !== runKind || name !== runName) {
      if (runKind !== null) {
        out.push({ kind: runKind, x: xOfDay(scale, runStart), width: (day - runStart) * scale.pxPerDay, ...(runName !== undefined ? { name: runName } : {}) });
      }
      runKind = kind;
      runName = name;
      runStart = day;
    }
  }
  return out;
}

/** The status date line sits at the start of the status day: a bar that ends left of it is past. */
export function statusLineX(model: ChartModel, scale: TimeScale): number {
  return xOfDay(scale, model.statusDate);
}
