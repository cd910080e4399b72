import type { Plan } from '../parser/planModel';
import type { SymbolTable } from '../symbols/symbolTable';
import { WorkCalendar } from '../utils/calendar';
import type { Schedule } from './scheduleTypes';

export interface ScheduleOptions {
  /** Day number the project starts on when `project.start` is missing. */
  readonly defaultStart: number;
}

/** TEMPORARY: replaced by the CPM scheduler. */
export function computeSchedule(plan: Plan, _symbols: SymbolTable, options: ScheduleOptions): Schedule {
  const calendar = new WorkCalendar(plan.project?.calendar ?? { workdays: [1, 2, 3, 4, 5], holidays: [] });
  const start = plan.project?.start?.day ?? options.defaultStart;
  return { calendar, start, finish: start, tasks: new Map(), cycles: [], violations: [] };
}
