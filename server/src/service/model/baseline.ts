import type { Task } from './planModel';

/**
 * What a plan is compared with: the plan it names as its `baseline` (a git revision of itself, or
 * another plan file), reduced to what the comparison needs. The host reads the baseline's text
 * (`LanguageServiceParams.readBaseline`); the service parses and schedules it once per text.
 */
export interface BaselinePlan {
  /** The baseline as written (`v1.0`, `plans/approved.xproj.yaml`), for messages. */
  readonly label: string;
  /** Its tasks by id, summaries and milestones included. */
  readonly tasks: ReadonlyMap<string, BaselineTask>;
  /** The ids of its summary tasks. */
  readonly summaries: ReadonlySet<string>;
  /** Its computed finish (day number). */
  readonly finish: number;
  /** Its budget items' amounts by id. */
  readonly amounts: ReadonlyMap<string, number | undefined>;
  readonly total?: number;
  readonly currency?: string;
  /** Its risks' statuses by id (`open` when not written), for the risk register's new and closed risks. */
  readonly risks: ReadonlyMap<string, string>;
}

export interface BaselineTask {
  readonly id: string;
  readonly name?: string;
  /** The scheduled first and last day in the baseline (its own calendar). */
  readonly start: number;
  readonly end: number;
  readonly milestone: boolean;
  /** Fields as written, compared for `change-unrecorded`: a change of what was decided, not of what follows from it. */
  readonly written: WrittenFields;
  /** Its status as written (`not-started` when not). */
  readonly status: string;
  /** Its dependencies, as `dependencyKey` writes them. */
  readonly dependsOn: string;
  /** On the baseline's critical path. */
  readonly critical: boolean;
}

/** The fields of a task whose change needs a change request, as written (`3d`, an ISO date, an id). */
export interface WrittenFields {
  readonly start?: string;
  readonly end?: string;
  readonly duration?: string;
  readonly owner?: string;
}

/** Why the baseline could not be had. */
export type BaselineError =
  'unknown-revision' | 'not-a-repository' | 'missing-file' | 'not-a-plan' | 'too-large' | 'unreadable' | 'untrusted' | 'timeout' | 'no-git' | 'bad-name';

/** The baseline of one analysis: the plan, or why there is none. */
export type BaselineResult = { readonly plan: BaselinePlan } | { readonly error: BaselineError; readonly detail?: string };

/** A task's dependencies in one comparable string: `design:FS:,build:SS:2d`. */
export function dependencyKey(task: Task): string {
  return task.dependsOn.map((d) => `${d.task.id}:${d.type}:${d.lag ? `${d.lag.amount}${d.lag.unit}` : ''}`).join(',');
}

/** The fields whose change needs a change request, as written. */
export function writtenFields(task: Task): WrittenFields {
  return {
    ...(task.start ? { start: task.start.iso } : {}),
    ...(task.end ? { end: task.end.iso } : {}),
    ...(task.duration ? { duration: `${task.duration.amount}${task.duration.unit}` } : {}),
    ...(task.owner ? { owner: task.owner.id } : {}),
  };
}
