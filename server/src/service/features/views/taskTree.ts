import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import type { Task } from '../../model/planModel';
import { formatDay } from '../../../../../common/dates';
import { TaskFacts } from './taskFacts';
import type { TaskTree, TaskTreePhase, TaskTreeTask } from './types';

const messages = defineMessages({ noPhase: () => 'No phase' }, { noPhase: () => '未分阶段' });

/**
 * Phases → summary tasks → tasks. Top-level tasks are grouped by their phase, in the order the
 * phases are defined (the plan's own, then imported ones; phases nobody defines come after);
 * subtasks stay under their parent whatever phase they name, since the WBS is the structure the
 * plan's author chose.
 */
/** With a status date, where the task will end and how many working days after its planned end. */
function slipOf(analysis: PlanAnalysis, task: Task, plannedEnd: number | undefined, facts: TaskFacts): { forecastEnd: string | null; slip: number } {
  const f = analysis.schedule.forecast?.tasks.get(task);
  if (!f || plannedEnd === undefined) {
    return NO_SLIP;
  }
  return { forecastEnd: facts.iso(f.end), slip: analysis.schedule.calendar.workdayDelta(plannedEnd, f.end) };
}

const NO_SLIP = { forecastEnd: null, slip: 0 } as const;

export function getTaskTree(analysis: PlanAnalysis, locale: Locale, facts = new TaskFacts(analysis)): TaskTree {
  // Every field in one literal, none spread in: this runs for every task of the plan after each edit.
  const node = (task: Task): TaskTreeTask => {
    const s = analysis.schedule.tasks.get(task);
    const owner = facts.owner(task);
    const { forecastEnd, slip } = slipOf(analysis, task, s?.end, facts);
    return {
      kind: 'task',
      id: task.id,
      name: task.name?.value ?? null,
      owner: facts.person(owner?.ref),
      ownerInherited: owner?.inherited ?? false,
      department: facts.department(task.department),
      start: s ? facts.iso(s.start) : null,
      end: s ? facts.iso(s.end) : null,
      status: task.status?.value ?? 'not-started',
      progress: facts.progress(task),
      milestone: task.milestone,
      summary: task.children.length > 0,
      critical: s?.critical ?? false,
      overdue: facts.overdue(task),
      slack: s ? s.slack : null,
      forecastEnd,
      slip,
      range: facts.range(task.idSpan),
      children: task.children.map(node),
    };
  };
  const statusDate = formatDay(analysis.statusDate);
  const roots = analysis.plan.rootTasks;
  if (!roots.some((t) => t.phase)) {
    return { uri: analysis.uri, statusDate, roots: roots.map(node) };
  }
  const groups = new Map<string | null, Task[]>();
  for (const phase of analysis.symbols.all('phase')) {
    groups.set(phase.id, []);
  }
  for (const task of roots) {
    const key = task.phase?.id ?? null;
    const list = groups.get(key);
    if (list) {
      list.push(task);
    } else {
      groups.set(key, [task]);
    }
  }
  const phases: TaskTreePhase[] = [];
  for (const [id, tasks] of groups) {
    if (tasks.length === 0) {
      continue;
    }
    const children = tasks.map(node);
    const phase = id === null ? undefined : analysis.symbols.phase(id);
    const starts = children.flatMap((c) => (c.start === null ? [] : [c.start])).sort();
    const ends = children.flatMap((c) => (c.end === null ? [] : [c.end])).sort();
    phases.push({
      kind: 'phase',
      id,
      name: id === null ? messages[locale].noPhase() : (phase?.name?.value ?? id),
      start: starts[0] ?? null,
      end: ends[ends.length - 1] ?? null,
      critical: children.some((c) => c.critical),
      overdue: children.some((c) => c.overdue),
      uri: phase?.uri ?? null,
      range: phase ? facts.range(phase.idSpan, phase.uri) : null,
      children,
    });
  }
  // The unphased group goes last, after every named phase.
  phases.sort((a, b) => Number(a.id === null) - Number(b.id === null));
  return { uri: analysis.uri, statusDate, roots: phases };
}
