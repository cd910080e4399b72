import { MIN_PX_PER_DAY, clampPxPerDay, createTimeScale } from './timeScale';

/**
 * The zoom that shows `firstDay..lastDay` whole in `width` pixels: the largest pixels-per-day whose
 * scale (padded by a header cell each side, as `createTimeScale` pads it) is no wider than `width`.
 * The padding depends on the zoom level, so a few shrinking steps settle it; a plan too long for
 * the window even at the smallest zoom gets the smallest zoom.
 */
export function fitPxPerDay(firstDay: number, lastDay: number, width: number): number {
  if (!(width > 0)) {
    return MIN_PX_PER_DAY;
  }
  let px = clampPxPerDay(width / Math.max(1, lastDay - firstDay + 1));
  for (let i = 0; i < 24; i++) {
    const w = createTimeScale(firstDay, lastDay, px).width;
    if (w <= width || px <= MIN_PX_PER_DAY) {
      return px;
    }
    px = clampPxPerDay(px * Math.min(0.97, width / w));
  }
  return px;
}
