import { cnPreset } from './cnPreset';
import type { HolidayPreset } from './holidayPreset';

/** The values `calendar.preset` accepts. */
export const CALENDAR_PRESET_IDS = ['cn'] as const;

/** The preset a plan's `calendar.preset` names, built afresh (keep it while it is needed), or undefined for an unknown name. */
export function calendarPreset(id: string): HolidayPreset | undefined {
  return id === 'cn' ? cnPreset() : undefined;
}
