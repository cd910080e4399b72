import type { DependencyType } from './dependencyType';
import type { TaskStatus } from './taskStatus';

/**
 * The Gantt chart's model: what the server's `xproj/ganttModel` answers and exactly what the
 * webview draws, so neither the client nor the webview reshapes it. Dates are ISO `YYYY-MM-DD`;
 * fields the plan does not give are absent (JSON carries no `undefined`).
 */
export interface GanttModel {
  readonly uri: string;
  readonly project: GanttProject;
  /** The day status checks compare against (the status-date line). */
  readonly statusDate: string;
  readonly calendar: GanttCalendar;
  /** In WBS order: a summary comes before its subtasks. */
  readonly tasks: readonly GanttTask[];
  /** Between tasks that both exist; an unknown dependency is left out. */
  readonly dependencies: readonly GanttDependency[];
}

export interface GanttProject {
  readonly id?: string;
  readonly name?: string;
  readonly start: string;
  /** The computed finish: the latest task end. */
  readonly finish: string;
  /** The written target end. */
  readonly deadline?: string;
  /** With a status date: where the plan will finish. */
  readonly forecastFinish?: string;
  /** With a baseline: its finish, and its name (`v1.0`). */
  readonly baselineFinish?: string;
  readonly baseline?: string;
  /** Why the dates cannot be trusted: dependency cycles left out, error-level problems. */
  readonly unreliable?: { readonly cycles: number; readonly errors: number };
}

/**
 * The plan's working-day calendar as the scheduler used it (presets merged), so the chart shades
 * the same days and a drag preview counts working days exactly as the scheduler will.
 */
export interface GanttCalendar {
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  readonly workdays: readonly number[];
  readonly holidays: readonly IsoRange[];
  /** Days off by the weekly pattern that are worked (调休 make-up days). */
  readonly extraWorkdays: readonly IsoRange[];
  /**
   * The names of holidays and make-up days near the plan's dates (春节, or Spring Festival in an
   * English editor), for the chart's hover; a day's kind comes from the calendar, not from here.
   */
  readonly dayNames: readonly NamedIsoRange[];
}

/** Days that share a name. */
export interface NamedIsoRange extends IsoRange {
  readonly name: string;
}

/** An inclusive range of days; a single day has `from === to`. */
export interface IsoRange {
  readonly from: string;
  readonly to: string;
}

/** One bar (or milestone diamond) of the chart. `end` is the last day, inclusive. */
export interface GanttTask {
  readonly id: string;
  /** The task's name, else its id. */
  readonly name: string;
  /** The parent (summary) task's id; absent at the top level. */
  readonly parent?: string;
  /** 0 at the top level. */
  readonly depth: number;
  /** Outline number, `1.2.3`. */
  readonly wbs: string;
  readonly start: string;
  readonly end: string;
  /** Percent, 0..100. */
  readonly progress: number;
  readonly status: TaskStatus;
  readonly critical: boolean;
  readonly milestone: boolean;
  readonly summary: boolean;
  readonly overdue: boolean;
  /** Total slack in working days. */
  readonly slack: number;
  /** The owner's display name (else id), inherited from an ancestor when the task names none. */
  readonly owner?: string;
  /** The phase's display name, the task's own or its nearest ancestor's. */
  readonly phase?: string;
  /** With a status date, when the forecast differs from the plan: where the task will really start and end. */
  readonly forecastStart?: string;
  readonly forecastEnd?: string;
  /** With a baseline that has the task: its dates there (drawn as a ghost bar). */
  readonly baselineStart?: string;
  readonly baselineEnd?: string;
  /** Where the task's id is written, for the editor to reveal; the webview does not read it. */
  readonly range: TextRange;
}

/** `to` depends on `from`. */
export interface GanttDependency {
  /** The predecessor. */
  readonly from: string;
  /** The task that lists `from` in its `depends_on`. */
  readonly to: string;
  readonly type: DependencyType;
  /** Whole working days (weeks converted with the calendar); negative for a lead. */
  readonly lag: number;
}

/** Zero-based line and character positions, as LSP ranges have them. */
export interface TextRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}
