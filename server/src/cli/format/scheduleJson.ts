import { formatDay } from '../../service';
import type { PlanAnalysis } from '../../service';
import { scheduleRows } from './scheduleRows';

/**
 * `{project: {start, end}, tasks: [{id, start, end, slack, critical}]}` (FORMAT.md); `null` where a
 * task could not be scheduled. With a status date, `forecast_start`/`forecast_end` on each task and
 * `forecast_end` on the project; with a baseline, `baseline_start`/`baseline_end` on each task found
 * there and `baseline_end` on the project.
 */
export function formatScheduleJson(analysis: PlanAnalysis): string {
  const { schedule } = analysis;
  const baseline = analysis.baseline && 'plan' in analysis.baseline ? analysis.baseline.plan : undefined;
  const day = (d: number | undefined): string | null => (d !== undefined ? formatDay(d) : null);
  const tasks = scheduleRows(analysis).map((r) => ({
    id: r.id,
    start: day(r.start),
    end: day(r.end),
    slack: r.slack ?? null,
    critical: r.critical,
    ...(schedule.forecast ? { forecast_start: day(r.forecastStart), forecast_end: day(r.forecastEnd) } : {}),
    ...(r.baselineStart !== undefined ? { baseline_start: day(r.baselineStart), baseline_end: day(r.baselineEnd) } : {}),
  }));
  const project = {
    start: formatDay(schedule.start),
    end: formatDay(schedule.finish),
    ...(schedule.forecast ? { forecast_end: formatDay(schedule.forecast.finish) } : {}),
    ...(baseline ? { baseline_end: formatDay(baseline.finish) } : {}),
  };
  return `${JSON.stringify({ project, tasks }, null, 2)}\n`;
}
