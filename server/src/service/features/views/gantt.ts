import type { DayRange } from '../../../../../common/calendar';
import { formatDay } from '../../../../../common/dates';
import type { GanttDependency, GanttModel, GanttTask, IsoRange } from '../../../../../common/ganttModel';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Task } from '../../model/planModel';
import { TaskFacts } from './taskFacts';

/** What the Gantt webview draws: the computed schedule in WBS order, with the calendar it was computed in. */
export function getGanttModel(analysis: PlanAnalysis): GanttModel {
  const { plan, schedule, symbols } = analysis;
  const facts = new TaskFacts(analysis);
  const outline = new Map<Task, string>();
  const tasks: GanttTask[] = [];
  const visit = (list: readonly Task[]): void => {
    list.forEach((task, index) => {
      const wbs = task.parent ? `${outline.get(task.parent)}.${index + 1}` : String(index + 1);
      outline.set(task, wbs);
      const s = schedule.tasks.get(task);
      const owner = facts.owner(task)?.ref;
      const phase = facts.phase(task);
      const ownerName = owner ? (symbols.person(owner.id)?.name?.value ?? owner.id) : undefined;
      const phaseName = phase ? (symbols.phase(phase.id)?.name?.value ?? phase.id) : undefined;
      tasks.push({
        id: task.id,
        name: task.name?.value ?? task.id,
        ...(task.parent ? { parent: task.parent.id } : {}),
        depth: task.depth,
        wbs,
        start: formatDay(s?.start ?? schedule.start),
        end: formatDay(s?.end ?? schedule.start),
        progress: Math.max(0, Math.min(100, facts.progress(task))),
        status: task.status?.value ?? 'not-started',
        critical: s?.critical ?? false,
        milestone: task.milestone && task.children.length === 0,
        summary: task.children.length > 0,
        overdue: facts.overdue(task),
        slack: s?.slack ?? 0,
        ...(ownerName !== undefined ? { owner: ownerName } : {}),
        ...(phaseName !== undefined ? { phase: phaseName } : {}),
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
      const from = symbols.task(d.task.id);
      if (from) {
        const lag = d.lag ? d.lag.amount * (d.lag.unit === 'w' ? perWeek : 1) : 0;
        dependencies.push({ from: from.id, to: task.id, type: d.type, lag: Math.round(lag) });
      }
    }
  }

  const rules = schedule.calendar.rules;
  const project = plan.project;
  return {
    uri: analysis.uri,
    project: {
      ...(project?.id ? { id: project.id.value } : {}),
      ...(project?.name ? { name: project.name.value } : {}),
      start: formatDay(schedule.start),
      finish: formatDay(schedule.finish),
      ...(project?.end ? { deadline: project.end.iso } : {}),
    },
    statusDate: formatDay(analysis.statusDate),
    calendar: {
      workdays: [...rules.workdays],
      holidays: isoRanges(rules.holidays),
      extraWorkdays: isoRanges(rules.extraWorkdays ?? []),
    },
    tasks,
    dependencies,
  };
}

/** Ranges as ISO dates; a reversed range is a plan problem reported elsewhere and is left out here. */
function isoRanges(ranges: readonly DayRange[]): IsoRange[] {
  return ranges.filter((r) => r.from <= r.to).map((r) => ({ from: formatDay(r.from), to: formatDay(r.to) }));
}
