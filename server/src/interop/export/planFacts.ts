import type { WorkCalendar } from '../../../../common/calendar';
import type { DependencyType } from '../../../../common/dependencyType';
import type { PlanAnalysis } from '../../service';
import { TaskFacts } from '../../service/features/views/taskFacts';
import type { Department, Person, Task, TaskStatus } from '../../service/model/planModel';
import { workingDays } from '../../service/scheduler/graphBuild';
import type { ScheduledTask } from '../../service/scheduler/scheduleTypes';

/** A person or department as exports name it: its id and its display name (the id when it has none). */
export interface Named {
  readonly id: string;
  readonly name: string;
}

/** A dependency whose predecessor exists, its lag in working days. */
export interface ExportDependency {
  readonly from: ExportTask;
  readonly type: DependencyType;
  readonly lag: number;
}

/** One task as every export sees it: computed dates, WBS number and names instead of ids. */
export interface ExportTask {
  readonly task: Task;
  readonly id: string;
  readonly name: string;
  /** Outline number, `1.2.3`. */
  readonly wbs: string;
  readonly parent?: ExportTask;
  readonly children: ExportTask[];
  readonly summary: boolean;
  readonly milestone: boolean;
  /** First and last day as day numbers; a milestone has start === end. */
  readonly start: number;
  readonly end: number;
  /** Working days; 0 for a milestone. */
  readonly duration: number;
  readonly slack: number;
  readonly critical: boolean;
  readonly scheduled?: ScheduledTask;
  /** The phase's name: the task's own or its nearest ancestor's. */
  readonly phase?: string;
  /** The owner, the task's own or its nearest ancestor's. */
  readonly owner?: Named;
  readonly department?: Named;
  readonly status: TaskStatus;
  /** Percent 0..100, rolled up through summaries as the views show it. */
  readonly progress: number;
  readonly dependencies: ExportDependency[];
}

/** What exports take from an analysis, computed once. */
export interface ExportPlan {
  readonly analysis: PlanAnalysis;
  readonly projectId: string;
  readonly projectName: string;
  /** The project's start and computed finish, as day numbers. */
  readonly start: number;
  readonly finish: number;
  readonly statusDate: number;
  readonly calendar: WorkCalendar;
  /** In WBS order: a summary before its subtasks. */
  readonly tasks: readonly ExportTask[];
  readonly roots: readonly ExportTask[];
  readonly byTask: ReadonlyMap<Task, ExportTask>;
  /** The plan's and its imports' people and departments, first definitions only. */
  readonly people: readonly Person[];
  readonly departments: readonly Department[];
}

/** The analysis as exports read it. */
export function exportFacts(analysis: PlanAnalysis): ExportPlan {
  const { plan, schedule, symbols } = analysis;
  const facts = new TaskFacts(analysis);
  const personName = (id: string): Named => ({ id, name: symbols.person(id)?.name?.value ?? id });
  const byTask = new Map<Task, ExportTask>();
  const tasks: ExportTask[] = [];
  const visit = (list: readonly Task[], parent: ExportTask | undefined): ExportTask[] =>
    list.map((task, index) => {
      const s = schedule.tasks.get(task);
      const owner = facts.owner(task)?.ref;
      const phase = facts.phase(task);
      const department = task.department ?? ancestorDepartment(task);
      const item: ExportTask = {
        task,
        id: task.id,
        name: task.name?.value ?? task.id,
        wbs: parent ? `${parent.wbs}.${index + 1}` : String(index + 1),
        parent,
        children: [],
        summary: task.children.length > 0,
        milestone: task.milestone && task.children.length === 0,
        start: s?.start ?? schedule.start,
        end: s?.end ?? schedule.start,
        duration: s?.duration ?? 0,
        slack: s?.slack ?? 0,
        critical: s?.critical ?? false,
        scheduled: s,
        phase: phase ? (symbols.phase(phase.id)?.name?.value ?? phase.id) : undefined,
        owner: owner ? personName(owner.id) : undefined,
        department: department ? { id: department.id, name: symbols.department(department.id)?.name?.value ?? department.id } : undefined,
        status: task.status?.value ?? 'not-started',
        progress: Math.max(0, Math.min(100, facts.progress(task))),
        dependencies: [],
      };
      byTask.set(task, item);
      tasks.push(item);
      (item.children as ExportTask[]).push(...visit(task.children, item));
      return item;
    });
  const roots = visit(plan.rootTasks, undefined);
  for (const item of tasks) {
    for (const d of item.task.dependsOn) {
      const target = symbols.task(d.task.id);
      const from = target ? byTask.get(target) : undefined;
      if (from && from !== item) {
        item.dependencies.push({ from, type: d.type, lag: workingDays(d.lag, schedule.calendar) });
      }
    }
  }
  return {
    analysis,
    projectId: plan.project?.id?.value ?? 'project',
    projectName: plan.project?.name?.value ?? plan.project?.id?.value ?? 'project',
    start: schedule.start,
    finish: schedule.finish,
    statusDate: analysis.statusDate,
    calendar: schedule.calendar,
    tasks,
    roots,
    byTask,
    people: symbols.all('person'),
    departments: symbols.all('department'),
  };
}

function ancestorDepartment(task: Task): Task['department'] {
  for (let t = task.parent; t; t = t.parent) {
    if (t.department) {
      return t.department;
    }
  }
  return undefined;
}
