import type { GanttModel } from '../../server/src/service/features/views';
import type { GanttData, GanttTask } from '../../webview/src/protocol';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * The server's Gantt model in the webview's shape: `null`s become absent fields, weekday names
 * numbers, phase ids the phases' names. Pure, so the panel only moves data.
 */
export function toGanttData(model: GanttModel, phaseNames: ReadonlyMap<string, string> = new Map()): GanttData {
  const tasks = model.tasks.map((t): GanttTask => {
    const phase = t.phase === null ? undefined : (phaseNames.get(t.phase) ?? t.phase);
    return {
      id: t.id,
      name: t.name ?? t.id,
      ...(t.parent === null ? {} : { parent: t.parent }),
      depth: t.depth,
      start: t.start,
      end: t.end,
      progress: Math.max(0, Math.min(100, t.progress)),
      status: t.status,
      critical: t.critical,
      milestone: t.milestone,
      summary: t.summary,
      slack: t.slack,
      ...(t.owner === null ? {} : { owner: t.owner }),
      ...(phase === undefined ? {} : { phase }),
    };
  });
  return {
    projectStart: model.project.start,
    projectFinish: model.project.finish,
    statusDate: model.statusDate,
    workdays: model.calendar.workdays.map((w) => WEEKDAYS.indexOf(w)).filter((w) => w >= 0),
    holidays: model.calendar.holidays,
    tasks,
    dependencies: model.dependencies.map((d) => ({ from: d.from, to: d.to, type: d.type, lag: Math.round(d.lag) })),
  };
}
