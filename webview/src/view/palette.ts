import type { Palette } from '../../../common/gantt/palette';
import { DEFAULT_PALETTE } from '../../../common/gantt/palette';

/** The theme's colours as the stylesheet resolved them (`--xg-*`), for an export that must stand alone. */
export function readPalette(el: Element): Palette {
  const cs = getComputedStyle(el);
  const out: Record<string, string> = {};
  for (const key of Object.keys(DEFAULT_PALETTE) as Array<keyof Palette>) {
    out[key] = cs.getPropertyValue(`--xg-${key}`).trim() || DEFAULT_PALETTE[key];
  }
  return out as unknown as Palette;
}
