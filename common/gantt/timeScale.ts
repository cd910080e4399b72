import { dayOfYmd, weekdayOf, ymdOf } from '../dates';

export type ZoomLevel = 'days' | 'weeks' | 'months' | 'quarters';
export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const ZOOM_LEVELS: readonly ZoomLevel[] = ['days', 'weeks', 'months', 'quarters'];

/** Pixels per day that the zoom buttons jump to; ctrl+wheel zooms continuously between them. */
export const ZOOM_PRESETS: Readonly<Record<ZoomLevel, number>> = { days: 32, weeks: 9, months: 3, quarters: 1.1 };
export const MIN_PX_PER_DAY = 0.4;
export const MAX_PX_PER_DAY = 64;

const TIERS: Readonly<Record<ZoomLevel, readonly [TimeUnit, TimeUnit]>> = {
  days: ['month', 'day'],
  weeks: ['month', 'week'],
  months: ['year', 'month'],
  quarters: ['year', 'quarter'],
};

export interface TimeScale {
  readonly level: ZoomLevel;
  readonly pxPerDay: number;
  /** The day at x = 0. */
  readonly origin: number;
  /** Days covered, from `origin`. */
  readonly days: number;
  readonly width: number;
  /** Header units, coarse then fine. */
  readonly tiers: readonly [TimeUnit, TimeUnit];
}

export interface Tick {
  readonly unit: TimeUnit;
  /** First day of the unit. */
  readonly day: number;
  readonly x: number;
  readonly width: number;
}

export function clampPxPerDay(px: number): number {
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, px));
}

/** The header granularity for a zoom factor. */
export function zoomLevelOf(pxPerDay: number): ZoomLevel {
  if (pxPerDay >= 18) {
    return 'days';
  }
  if (pxPerDay >= 5) {
    return 'weeks';
  }
  return pxPerDay >= 1.7 ? 'months' : 'quarters';
}

/** The first day of the unit that contains `day`. */
export function unitStart(unit: TimeUnit, day: number): number {
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return day - ((weekdayOf(day) + 6) % 7);
    case 'month': {
      const { year, month } = ymdOf(day);
      return dayOfYmd(year, month, 1);
    }
    case 'quarter': {
      const { year, month } = ymdOf(day);
      return dayOfYmd(year, month - (month % 3), 1);
    }
    case 'year':
      return dayOfYmd(ymdOf(day).year, 0, 1);
  }
}

/** The first day of the next unit after the one starting on `start`. */
export function nextUnit(unit: TimeUnit, start: number): number {
  switch (unit) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
    case 'quarter':
    case 'year': {
      const { year, month } = ymdOf(start);
      const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
      return dayOfYmd(year, month + months, 1);
    }
  }
}

/**
 * The scale for a chart that must show `firstDay..lastDay`, padded by one header cell of the fine
 * tier on each side and aligned to those cells, and at least `minWidth` pixels wide so that it fills
 * the window.
 */
export function createTimeScale(firstDay: number, lastDay: number, pxPerDay: number, minWidth = 0): TimeScale {
  const px = clampPxPerDay(pxPerDay);
  const level = zoomLevelOf(px);
  const tiers = TIERS[level];
  const fine = tiers[1];
  const origin = unitStart(fine, unitStart(fine, firstDay) - 1);
  let end = nextUnit(fine, nextUnit(fine, unitStart(fine, lastDay)));
  const minEnd = origin + Math.ceil(minWidth / px);
  if (end < minEnd) {
    end = nextUnit(fine, unitStart(fine, minEnd));
  }
  const days = end - origin;
  return { level, pxPerDay: px, origin, days, width: days * px, tiers };
}

export function xOfDay(scale: TimeScale, day: number): number {
  return (day - scale.origin) * scale.pxPerDay;
}

/** The (fractional) day at pixel `x`. */
export function dayAtX(scale: TimeScale, x: number): number {
  return scale.origin + x / scale.pxPerDay;
}

/** Header cells of one tier that overlap the pixel range `x0..x1`. */
export function ticks(scale: TimeScale, unit: TimeUnit, x0: number, x1: number): Tick[] {
  const out: Tick[] = [];
  const lastDay = scale.origin + scale.days;
  let day = unitStart(unit, Math.max(scale.origin, Math.floor(dayAtX(scale, x0))));
  while (day < lastDay) {
    const next = nextUnit(unit, day);
    const x = xOfDay(scale, day);
    if (x > x1) {
      break;
    }
    out.push({ unit, day, x, width: (next - day) * scale.pxPerDay });
    day = next;
  }
  return out;
}
