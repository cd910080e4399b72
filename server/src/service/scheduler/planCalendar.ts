import { WorkCalendar } from '../../../../common/calendar';
import { calendarPreset } from '../../../../common/calendarPresets';
import { mergePreset } from '../../../../common/calendarPresets/holidayPreset';
import type { HolidayPreset } from '../../../../common/calendarPresets/holidayPreset';
import { DEFAULT_WORKDAYS } from '../../../../common/weekdays';
import type { CalendarSpec } from '../model/planModel';

/** The calendar a plan is scheduled in, and the preset it was merged with. */
export interface PlanCalendar {
  readonly calendar: WorkCalendar;
  /** The statutory preset `calendar.preset` names, when it names one XProj ships. */
  readonly preset?: HolidayPreset;
}

/**
 * The one working calendar of a plan: its own `workdays`, `holidays` and `extra_workdays`, merged
 * with the preset it names, the plan's own lists winning (see `mergePreset`).
 */
export function planCalendar(spec: CalendarSpec | undefined): PlanCalendar {
  if (!spec) {
    return { calendar: new WorkCalendar({ workdays: DEFAULT_WORKDAYS, holidays: [] }) };
  }
  const preset = spec.preset ? calendarPreset(spec.preset.value) : undefined;
  const own = { workdays: spec.workdays, holidays: spec.holidays, extraWorkdays: spec.extraWorkdays };
  return { calendar: new WorkCalendar(mergePreset(own, preset)), ...(preset ? { preset } : {}) };
}
