/**
 * The typed model of a plan, built from the YAML tree. Every value keeps the span of the YAML
 * node it came from (`{offset, length}` in the source text), so rules report on the exact node
 * and editor features can navigate. Values of the wrong type are left out here: the schema
 * check reports them.
 */

/** A stretch of the source text. Converted to an LSP `Range` only at the edge. */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

/** Kinds of things that have ids and can be referenced. */
export type EntityKind = 'person' | 'department' | 'phase' | 'task' | 'risk' | 'budgetItem' | 'meeting' | 'change';

/**
 * What a reference may resolve to. `role` is an approval/escalation role word
 * (`department-head`, `finance`, `manager`, `owner`, `sponsor`, `department`), `all` the
 * meeting participant keyword.
 */
export type RefAccept = 'person' | 'department' | 'phase' | 'task' | 'risk' | 'budgetItem' | 'role' | 'all';

/** A use of an id somewhere in the plan (an owner, a dependency, a RACI letter...). */
export interface Ref {
  readonly id: string;
  /** The scalar node that holds the id. */
  readonly span: Span;
  /** The kinds that may resolve it, in preference order. */
  readonly accepts: readonly RefAccept[];
  /** Dotted field name for messages and completion, e.g. `owner`, `raci.A`, `depends_on`. */
  readonly field: string;
}

export interface ValueWithSpan<T> {
  readonly value: T;
  readonly span: Span;
}

/** A calendar date: ISO text plus its day number (days since 1970-01-01, UTC). */
export interface DateValue {
  readonly iso: string;
  readonly day: number;
  readonly span: Span;
}

/** `3d` (working days) or `2w` (calendar weeks of working days); lags may be negative. */
export interface DurationValue {
  readonly amount: number;
  readonly unit: 'd' | 'w';
  readonly span: Span;
}

interface EntityBase {
  readonly id: string;
  readonly idSpan: Span;
  /** The whole mapping that defines the entity. */
  readonly span: Span;
  /** The document that defines it (imports bring entities from other files). */
  readonly uri: string;
  readonly name?: ValueWithSpan<string>;
}

export interface Person extends EntityBase {
  readonly kind: 'person';
  readonly department?: Ref;
  /** In FTE; 1 when not given. */
  readonly capacity: number;
  readonly role?: ValueWithSpan<string>;
  readonly email?: ValueWithSpan<string>;
}

export interface Department extends EntityBase {
  readonly kind: 'department';
  readonly head?: Ref;
  readonly liaison?: Ref;
}

export interface Phase extends EntityBase {
  readonly kind: 'phase';
  readonly start?: DateValue;
  readonly end?: DateValue;
}

export type { DependencyType } from '../../../../common/dependencyType';
import type { DependencyType } from '../../../../common/dependencyType';

export interface Dependency {
  readonly task: Ref;
  readonly type: DependencyType;
  readonly lag?: DurationValue;
  /** The whole `depends_on` entry (scalar or mapping). */
  readonly span: Span;
}

export type RaciLetter = 'R' | 'A' | 'C' | 'I';

export interface Raci {
  /** The `raci` mapping. */
  readonly span: Span;
  /** The `raci` key. */
  readonly keySpan: Span;
  /** Each letter's entries; A may be written as a list (which is then a problem). */
  readonly R: readonly Ref[];
  readonly A: readonly Ref[];
  readonly C: readonly Ref[];
  readonly I: readonly Ref[];
}

export interface Assignment {
  readonly person: Ref;
  /** In FTE; 1 when not given. */
  readonly load: number;
  readonly span: Span;
}

export type { TaskStatus } from '../../../../common/taskStatus';
import type { TaskStatus } from '../../../../common/taskStatus';

export interface Task extends EntityBase {
  readonly kind: 'task';
  readonly parent?: Task;
  readonly children: Task[];
  /** 0 for top-level tasks. */
  readonly depth: number;
  readonly phase?: Ref;
  readonly owner?: Ref;
  readonly department?: Ref;
  readonly start?: DateValue;
  readonly end?: DateValue;
  readonly duration?: DurationValue;
  readonly milestone: boolean;
  readonly dependsOn: readonly Dependency[];
  /** The `depends_on` key, for edits that add the first dependency. */
  readonly dependsOnKeySpan?: Span;
  readonly status?: ValueWithSpan<TaskStatus>;
  readonly progress?: ValueWithSpan<number>;
  /** When work really started and finished: facts, which replace the planned dates in the schedule. */
  readonly actualStart?: DateValue;
  readonly actualEnd?: DateValue;
  readonly raci?: Raci;
  readonly assignees: readonly Assignment[];
  readonly deliverables: readonly Deliverable[];
}

/** A deliverable (交付物): its name, with its acceptance standard (验收标准) when one is written. */
export interface Deliverable extends ValueWithSpan<string> {
  readonly acceptance?: ValueWithSpan<string>;
}

/** A project goal (项目目标): the sentence, and how and by when it is measured when written. */
export interface Goal {
  readonly text: ValueWithSpan<string>;
  readonly measure?: ValueWithSpan<string>;
  readonly deadline?: DateValue;
}

export interface Risk extends EntityBase {
  readonly kind: 'risk';
  readonly title?: ValueWithSpan<string>;
  readonly category?: ValueWithSpan<string>;
  readonly likelihood?: ValueWithSpan<number>;
  readonly impact?: ValueWithSpan<number>;
  readonly response?: ValueWithSpan<string>;
  readonly owner?: Ref;
  readonly contingency?: ValueWithSpan<string>;
  readonly affects: readonly Ref[];
  readonly status?: ValueWithSpan<'open' | 'closed' | 'occurred'>;
  readonly nextReview?: DateValue;
}

export interface ApprovalLevel {
  readonly upTo?: ValueWithSpan<number>;
  readonly approver?: Ref;
  readonly span: Span;
}

export interface BudgetItem extends EntityBase {
  readonly kind: 'budgetItem';
  readonly amount?: ValueWithSpan<number>;
  /** Paid so far. */
  readonly spent?: ValueWithSpan<number>;
  readonly task?: Ref;
  readonly approvedBy?: Ref;
}

export interface Budget {
  readonly span: Span;
  readonly keySpan: Span;
  readonly currency?: ValueWithSpan<string>;
  readonly total?: ValueWithSpan<number>;
  readonly approvals: readonly ApprovalLevel[];
  readonly items: readonly BudgetItem[];
}

export interface Meeting extends EntityBase {
  readonly kind: 'meeting';
  readonly cadence?: ValueWithSpan<string>;
  /** The weekday it is held on (weekly and biweekly meetings). */
  readonly day?: ValueWithSpan<Weekday>;
  /** `HH:MM-HH:MM`, as written. */
  readonly time?: ValueWithSpan<string>;
  readonly description?: ValueWithSpan<string>;
  /** How it is held (会议形式). */
  readonly form?: ValueWithSpan<string>;
  readonly chair?: Ref;
  readonly participants: readonly Ref[];
}

export interface Change extends EntityBase {
  readonly kind: 'change';
  readonly date?: DateValue;
  readonly requestedBy?: Ref;
  readonly approvedBy?: Ref;
  readonly status?: ValueWithSpan<string>;
  readonly affects: readonly Ref[];
}

export type Entity = Person | Department | Phase | Task | Risk | BudgetItem | Meeting | Change;

/** 0 = Sunday ... 6 = Saturday, as `Date.getUTCDay`. */
export type { Weekday } from '../../../../common/weekdays';
import type { Weekday } from '../../../../common/weekdays';

/** A day or `{from, to}` range of a calendar list (`holidays`, `extra_workdays`). */
export interface HolidayRange {
  /** Day numbers, both inclusive. */
  readonly from: number;
  readonly to: number;
  readonly span: Span;
  /** What the day is (`name:` of a range), for hovers and the chart. */
  readonly name?: string;
}

export interface CalendarSpec {
  readonly workdays: readonly Weekday[];
  /** The plan's own days off. */
  readonly holidays: readonly HolidayRange[];
  /** The plan's own worked days outside `workdays` (调休 make-up days). */
  readonly extraWorkdays: readonly HolidayRange[];
  /** `preset:` as written (`cn`); an unknown name is a schema problem and selects nothing. */
  readonly preset?: ValueWithSpan<string>;
}

export interface Project {
  readonly id?: ValueWithSpan<string>;
  readonly name?: ValueWithSpan<string>;
  /** The `project` mapping and its key. */
  readonly span: Span;
  readonly keySpan: Span;
  readonly owner?: Ref;
  readonly manager?: Ref;
  readonly sponsor?: Ref;
  readonly start?: DateValue;
  readonly end?: DateValue;
  readonly statusDate?: DateValue;
  /** What the plan is measured against: a git revision of this file, or a relative path to a plan file. */
  readonly baseline?: ValueWithSpan<string>;
  readonly calendar: CalendarSpec;
  readonly escalation: readonly Ref[];
  /** The charter's goals and success criteria (项目目标, 成功标准), for the closing report. */
  readonly goals: readonly Goal[];
  readonly successCriteria: readonly ValueWithSpan<string>[];
}

export interface ImportDecl {
  readonly path: string;
  readonly span: Span;
}

export type { RuleLevel } from '../../../../common/ruleLevel';
import type { RuleLevel } from '../../../../common/ruleLevel';

export interface RuleLevelSetting {
  readonly code: string;
  readonly level: RuleLevel;
  readonly span: Span;
}

export interface Plan {
  readonly uri: string;
  /** The top-level mapping, when the document is one. */
  readonly rootSpan?: Span;
  readonly formatVersion?: ValueWithSpan<number>;
  readonly project?: Project;
  readonly imports: readonly ImportDecl[];
  readonly departments: readonly Department[];
  readonly people: readonly Person[];
  readonly phases: readonly Phase[];
  /** Every task of the WBS in document order (parents before their subtasks). */
  readonly tasks: readonly Task[];
  readonly rootTasks: readonly Task[];
  readonly risks: readonly Risk[];
  readonly budget?: Budget;
  readonly meetings: readonly Meeting[];
  readonly changes: readonly Change[];
  readonly ruleLevels: readonly RuleLevelSetting[];
  /** Every id reference in the document, in document order. */
  readonly references: readonly Ref[];
}
