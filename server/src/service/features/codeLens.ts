import type { CodeLens, Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { scheduleReliability } from '../analysis/reliability';
import { criticalTaskCount } from '../scheduler/criticalCount';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import type { Dependency, Task } from '../model/planModel';
import { formatDay } from '../../../../common/dates';
import { isClosed } from '../model/taskState';
import { spanToRange } from './diagnostics';

/**
 * Command ids the lenses carry; the client registers them.
 * - `xproj.showDependents(uri: string, position: Position, locations: Location[])`: peek the
 *   `depends_on` entries that name the task (the client maps this onto `editor.action.showReferences`).
 * - `xproj.showGantt(uri: string)`: the stable contract command, opening the Gantt beside the plan.
 */
export const CODE_LENS_COMMANDS = {
  showDependents: 'xproj.showDependents',
  showGantt: 'xproj.showGantt',
} as const;

const messages = defineMessages(
  {
    dependents: (n: number) => (n === 1 ? '1 dependent' : `${n} dependents`),
    slack: (days: number) => `slack ${days}d`,
    critical: () => 'critical',
    cycle: () => 'on a dependency cycle',
    finish: (date: string) => `finish ${date}`,
    criticalCount: (n: number) => `${n} on the critical path`,
    unreliable: (cycles: number, errors: number) =>
      `unreliable: ${[cycles > 0 ? `${cycles} dependency cycle${cycles === 1 ? '' : 's'}` : '', errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ')}`,
    blocked: (n: number) => `${n} blocked`,
    overdue: (n: number) => `${n} overdue`,
    forecast: (date: string, delta: string) => `forecast ${date} · ${delta}`,
    baseline: (delta: string) => `baseline ${delta}`,
    baselineFinish: (date: string, delta: string) => `baseline ${date} (${delta})`,
  },
  {
    dependents: (n) => `${n} 个后续任务`,
    slack: (days) => `浮动 ${days} 天`,
    critical: () => '关键路径',
    cycle: () => '处于循环依赖中',
    finish: (date) => `完成 ${date}`,
    criticalCount: (n) => `关键路径上 ${n} 个任务`,
    unreliable: (cycles, errors) =>
      `日期不可靠：${[cycles > 0 ? `${cycles} 个循环依赖` : '', errors > 0 ? `${errors} 个错误` : ''].filter(Boolean).join('，')}`,
    blocked: (n) => `阻塞 ${n} 个`,
    overdue: (n) => `逾期 ${n} 个`,
    forecast: (date, delta) => `预测 ${date} · ${delta}`,
    baseline: (delta) => `比基线 ${delta}`,
    baselineFinish: (date, delta) => `基线 ${date}（${delta}）`,
  },
);

const SEPARATOR = ' · ';

interface Dependent {
  readonly task: Task;
  /** The entry of `task`'s `depends_on` that names the depended-on task. */
  readonly dependency: Dependency;
}

/** For each task, the other tasks' `depends_on` entries that name it. */
type DependentsIndex = ReadonlyMap<Task, readonly Dependent[]>;

/**
 * What an unresolved lens carries: its document, and the task it is about (none: the project's).
 * A plan of 20,000 tasks has as many lenses; their titles and dependents' locations are made only
 * for the few an editor shows (`codeLens/resolve`), not for every one after each keystroke.
 */
export interface CodeLensData {
  readonly uri: string;
  readonly task?: string;
}

export function isCodeLensData(value: unknown): value is CodeLensData {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return typeof v['uri'] === 'string' && (v['task'] === undefined || typeof v['task'] === 'string');
}

/** Lenses above each task (dependents, slack, critical) and above `project` (finish and status counts). */
export class XprojCodeLens {
  /** Built once per analysis: hosts cache analyses by version, so this follows the same lifetime. */
  private readonly dependents = new WeakMap<PlanAnalysis, DependentsIndex>();

  constructor(private readonly locale: Locale) {}

  /** Where the lenses are, with what `resolveCodeLens` needs to title them: no commands yet. */
  getCodeLenses(document: TextDocument, analysis: PlanAnalysis): CodeLens[] {
    const lenses: CodeLens[] = [];
    const project = analysis.plan.project;
    if (project) {
      lenses.push({ range: spanToRange(document, project.keySpan), data: { uri: document.uri } satisfies CodeLensData });
    }
    // Nearly every task is scheduled: the dependents index is built only for one that is not.
    let index: DependentsIndex | undefined;
    for (const task of analysis.plan.tasks) {
      // A task with neither dependents nor a schedule would get an empty title: no lens.
      if (analysis.schedule.tasks.has(task) || (index ??= this.dependentsOf(analysis)).has(task)) {
        lenses.push({ range: spanToRange(document, task.idSpan), data: { uri: document.uri, task: task.id } satisfies CodeLensData });
      }
    }
    return lenses;
  }

  /**
   * The lens with its title and command, as the document is now. A lens of a task that is gone
   * since (the document changed between the two requests) gets an empty title: the editor asks
   * for the lenses again anyway.
   */
  resolveCodeLens(document: TextDocument, analysis: PlanAnalysis, lens: CodeLens): CodeLens {
    const data = lens.data;
    if (!isCodeLensData(data)) {
      return { range: lens.range, command: { title: '', command: '' } };
    }
    if (data.task === undefined) {
      return { range: lens.range, command: { title: this.projectTitle(analysis), command: CODE_LENS_COMMANDS.showGantt, arguments: [document.uri] } };
    }
    // Of tasks defined twice under one id, the one the lens is above.
    const at = document.offsetAt(lens.range.start);
    const defined = analysis.symbols.definitions('task', data.task) as readonly Task[];
    const task = defined.find((t) => t.idSpan.offset === at) ?? defined[0];
    const title = task ? this.taskTitle(analysis, task) : '';
    const locations: Location[] = task
      ? (this.dependentsOf(analysis).get(task) ?? []).map((d) => ({ uri: document.uri, range: spanToRange(document, d.dependency.task.span) }))
      : [];
    return {
      range: lens.range,
      command: { title, command: title ? CODE_LENS_COMMANDS.showDependents : '', arguments: [document.uri, lens.range.start, locations] },
    };
  }

  /** `2 dependents · slack 3d · forecast 06-30 · +4d`. */
  private taskTitle(analysis: PlanAnalysis, task: Task): string {
    const m = messages[this.locale];
    const scheduled = analysis.schedule.tasks.get(task);
    const deps = this.dependentsOf(analysis).get(task) ?? [];
    const parts: string[] = [];
    if (deps.length > 0) {
      parts.push(m.dependents(new Set(deps.map((d) => d.task)).size));
    }
    if (scheduled?.inCycle) {
      parts.push(m.cycle());
    } else if (scheduled) {
      parts.push(scheduled.critical ? m.critical() : m.slack(scheduled.slack));
      parts.push(...this.trackingParts(analysis, task, scheduled.end));
    }
    return parts.join(SEPARATOR);
  }

  private projectTitle(analysis: PlanAnalysis): string {
    const m = messages[this.locale];
    let blocked = 0;
    let overdue = 0;
    for (const [task, s] of analysis.schedule.tasks) {
      if (s.summary) {
        continue;
      }
      if (task.status?.value === 'blocked') {
        blocked++;
      }
      if (s.end < analysis.statusDate && !isClosed(task)) {
        overdue++;
      }
    }
    const critical = criticalTaskCount(analysis.schedule);
    const { schedule } = analysis;
    const parts = [m.finish(formatDay(schedule.finish))];
    const doubt = scheduleReliability(analysis);
    if (doubt) {
      parts.push(m.unreliable(doubt.cycles, doubt.errors));
    }
    if (schedule.forecast && schedule.forecast.finish !== schedule.finish) {
      parts.push(m.forecast(shortDay(schedule.forecast.finish), signedDays(schedule.calendar.workdayDelta(schedule.finish, schedule.forecast.finish))));
    }
    const baseline = analysis.baseline && 'plan' in analysis.baseline ? analysis.baseline.plan : undefined;
    if (baseline) {
      const finish = schedule.forecast?.finish ?? schedule.finish;
      parts.push(m.baselineFinish(shortDay(baseline.finish), signedDays(schedule.calendar.workdayDelta(baseline.finish, finish))));
    }
    if (critical > 0) {
      parts.push(m.criticalCount(critical));
    }
    if (blocked > 0) {
      parts.push(m.blocked(blocked));
    }
    if (overdue > 0) {
      parts.push(m.overdue(overdue));
    }
    return parts.join(SEPARATOR);
  }

  /** `forecast 06-30 · +4d` when the task lands later than planned; `baseline +2d` when it ends elsewhere than in the baseline. */
  private trackingParts(analysis: PlanAnalysis, task: Task, plannedEnd: number): string[] {
    const m = messages[this.locale];
    const { calendar, forecast } = analysis.schedule;
    const parts: string[] = [];
    const expected = forecast?.tasks.get(task)?.end;
    if (expected !== undefined && expected !== plannedEnd) {
      parts.push(m.forecast(shortDay(expected), signedDays(calendar.workdayDelta(plannedEnd, expected))));
    }
    const base = analysis.baseline && 'plan' in analysis.baseline ? analysis.baseline.plan.tasks.get(task.id) : undefined;
    const moved = base ? calendar.workdayDelta(base.end, expected ?? plannedEnd) : 0;
    if (moved !== 0) {
      parts.push(m.baseline(signedDays(moved)));
    }
    return parts;
  }

  private dependentsOf(analysis: PlanAnalysis): DependentsIndex {
    let index = this.dependents.get(analysis);
    if (!index) {
      const built = new Map<Task, Dependent[]>();
      for (const task of analysis.plan.tasks) {
        for (const dependency of task.dependsOn) {
          const target = analysis.symbols.task(dependency.task.id);
          if (target && target !== task) {
            const list = built.get(target);
            if (list) {
              list.push({ task, dependency });
            } else {
              built.set(target, [{ task, dependency }]);
            }
          }
        }
      }
      index = built;
      this.dependents.set(analysis, index);
    }
    return index;
  }
}

/** `06-30`: a lens is short; the year is the plan's. */
function shortDay(day: number): string {
  return formatDay(day).slice(5);
}

/** `+4d` or `-2d`, working days. */
function signedDays(days: number): string {
  return `${days > 0 ? '+' : ''}${days}d`;
}
