import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Task } from '../../model/planModel';
import { formatDay } from '../../../../../common/dates';
import { TaskFacts } from './taskFacts';
import type { GanttDependency, GanttModel, GanttTask, WeekdayName } from './types';

const WEEKDAYS: readonly WeekdayName[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** A reversed or absurd holiday range is a plan problem reported elsewhere; the chart needs at most ten years of one. */
const MAX_HOLIDAY_RANGE = 3660;

/** What the Gantt webview draws: the computed schedule in WBS order, with the calendar to shade. */
export function getGanttModel(analysis: PlanAnalysis): GanttModel {
  const { plan, schedule } = analysis;
  const facts = new TaskFacts(analysis);
  const outline = new Map<Task, string>();
  const number = (task: Task, index: number): string => {
    const own = String(index + 1);
    return task.parent ? `${outline.get(task.parent)}.${own}` : own;
  };
  const tasks: GanttTask[] = [];
  const visit = (list: readonly Task[]): void => {
    list.forEach((task, index) => {
      outline.set(task, number(task, index));
      const s = schedule.tasks.get(task);
      const owner = facts.owner(task)?.ref;
      tasks.push({
        id: task.id,
        name: task.name?.value ?? null,
        parent: task.parent?.id ?? null,
        depth: task.depth,
        wbs: outline.get(task)!,
        start: formatDay(s?.start ?? schedule.start),
        end: formatDay(s?.end ?? schedule.start),
        progress: facts.progress(task),
        status: task.status?.value ?? 'not-started',
        critical: s?.critical ?? false,
        milestone: task.milestone && task.children.length === 0,
        summary: task.children.length > 0,
        overdue: facts.overdue(task),
        slack: s?.slack ?? 0,
        owner: owner ? (analysis.symbols.person(owner.id)?.name?.value ?? owner.id) : null,
        phase: facts.phase(task)?.id ?? null,
        range: facts.range(task.idSpan),
      });
      visit(task.children);
    });
  };
  visit(plan.rootTasks);

  const perWeek = schedule.calendar.workdaysPerWeek;
  const dependencies: GanttDependency[] = [];
  for (const task of plan.tasks) {
    for (const d of task.dependsOn) {
      const from = analysis.symbols.task(d.task.id);
      if (from) {
        const lag = d.lag ? d.lag.amount * (d.lag.unit === 'w' ? perWeek : 1) : 0;
        dependencies.push({ from: from.id, to: task.id, type: d.type, lag });
      }
    }
  }

  const calendar = plan.project?.calendar;
  // Monday first, as the plan's own `workdays` lists are written.
  const workdays = [...new Set(calendar?.workdays ?? [])]
    .filter((w) => Number.isInteger(w) && w >= 0 && w <= 6)
    .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const holidays = new Set<number>();
  for (const h of calendar?.holidays ?? []) {
    for (let day = h.from; day <= h.to && day - h.from < MAX_HOLIDAY_RANGE; day++) {
      holidays.add(day);
    }
  }
  return {
    uri: analysis.uri,
    project: {
      id: plan.project?.id?.value ?? null,
      name: plan.project?.name?.value ?? null,
      start: formatDay(schedule.start),
      finish: formatDay(schedule.finish),
      deadline: plan.project?.end?.iso ?? null,
    },
    statusDate: formatDay(analysis.statusDate),
    calendar: {
      workdays: workdays.length > 0 ? workdays.map((w) => WEEKDAYS[w]!) : ['mon', 'tue', 'wed', 'thu', 'fri'],
      holidays: [...holidays].sort((a, b) => a - b).map(formatDay),
    },
    tasks,
    dependencies,
  };
}
