// Small hand-made schedules for the layout tests. Dates follow docs/scheduling.md (March 2026).
import type { GanttDependency, GanttModel, GanttTask } from '../../common/ganttModel';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function task(id: string, start: string, end: string, more: Partial<GanttTask> = {}): GanttTask {
  return {
    id,
    name: id,
    depth: 0,
    wbs: '1',
    start,
    end,
    progress: 0,
    status: 'not-started',
    critical: false,
    milestone: false,
    summary: false,
    overdue: false,
    slack: 0,
    range: NOWHERE,
    ...more,
  };
}

export function dep(from: string, to: string, type: GanttDependency['type'] = 'FS', lag = 0): GanttDependency {
  return { from, to, type, lag };
}

/** A model around the tasks; `holidays` are single days, for brevity. */
export function data(
  tasks: GanttTask[],
  dependencies: GanttDependency[] = [],
  more: Partial<Omit<GanttModel, 'calendar'>> & { workdays?: number[]; holidays?: string[] } = {},
): GanttModel {
  const { workdays = [1, 2, 3, 4, 5], holidays = [], ...rest } = more;
  return {
    uri: 'file:///plan.xproj.yaml',
    project: { start: '2026-03-02', finish: '2026-03-13' },
    statusDate: '2026-03-06',
    calendar: { workdays, holidays: holidays.map((h) => ({ from: h, to: h })), extraWorkdays: [], dayNames: [] },
    tasks,
    dependencies,
    ...rest,
  };
}

/** The critical-path example of docs/scheduling.md, under one phase and one summary. */
export function criticalExample(): GanttModel {
  return data(
    [
      task('plan', '2026-03-02', '2026-03-04', { critical: true, phase: 'P1', owner: 'Li' }),
      task('work', '2026-03-05', '2026-03-13', { summary: true, critical: true, phase: 'P2', owner: 'Wang' }),
      task('build', '2026-03-05', '2026-03-11', { parent: 'work', depth: 1, critical: true, phase: 'P2', owner: 'Wang', progress: 50 }),
      task('buy', '2026-03-05', '2026-03-06', { parent: 'work', depth: 1, slack: 3, phase: 'P2', owner: 'Zhao' }),
      task('test', '2026-03-12', '2026-03-13', { parent: 'work', depth: 1, critical: true, phase: 'P2', owner: 'Wang' }),
      task('notify', '2026-03-09', '2026-03-09', { slack: 4, owner: 'Zhao' }),
      task('done', '2026-03-13', '2026-03-13', { milestone: true, critical: true, phase: 'P2', owner: 'Li' }),
    ],
    [dep('plan', 'build'), dep('plan', 'buy'), dep('build', 'test'), dep('buy', 'test'), dep('buy', 'notify'), dep('test', 'done')],
  );
}
