import { formatDay } from '../../service';
import type { PlanAnalysis } from '../../service';
import { scheduleRows } from './scheduleRows';

/** `{project: {start, end}, tasks: [{id, start, end, slack, critical}]}` (FORMAT.md); `null` where a task could not be scheduled. */
export function formatScheduleJson(analysis: PlanAnalysis): string {
  const { schedule } = analysis;
  const tasks = scheduleRows(analysis).map((r) => ({
    id: r.id,
    start: r.start !== undefined ? formatDay(r.start) : null,
    end: r.end !== undefined ? formatDay(r.end) : null,
    slack: r.slack ?? null,
    critical: r.critical,
  }));
  const out = { project: { start: formatDay(schedule.start), end: formatDay(schedule.finish) }, tasks };
  return `${JSON.stringify(out, null, 2)}\n`;
}
