/**
 * The plain-JSON models behind the client's tree views (`xproj.tasks`, `xproj.risks`); the Gantt
 * webview's is shared with it, in `common/ganttModel.ts`. Absent values are `null`, never `undefined`, so a model survives
 * `JSON.stringify` unchanged. Dates are ISO `YYYY-MM-DD`; ranges are LSP ranges (0-based line and
 * character) in the document they name, for revealing the item.
 */
import type { Range } from 'vscode-languageserver-types';
import type { TaskStatus } from '../../model/planModel';

/** A person or department by id, with its display name when the id resolves (else `null`). */
export interface NamedRef {
  readonly id: string;
  readonly name: string | null;
}

/** A task of the WBS in the task tree. */
export interface TaskTreeTask {
  readonly kind: 'task';
  readonly id: string;
  readonly name: string | null;
  /** The task's owner, or the nearest ancestor's when it has none (the owner it answers to). */
  readonly owner: NamedRef | null;
  /** True when `owner` comes from an ancestor task. */
  readonly ownerInherited: boolean;
  readonly department: NamedRef | null;
  readonly start: string | null;
  readonly end: string | null;
  /** As written; `not-started` when not. */
  readonly status: TaskStatus;
  /** Percent 0..100: as written, 100 when done, else for a summary its subtasks' average weighted by working days. */
  readonly progress: number;
  readonly milestone: boolean;
  readonly summary: boolean;
  readonly critical: boolean;
  /** Ends before the status date and is not done or cancelled; a summary is overdue when one of its subtasks is. */
  readonly overdue: boolean;
  /** Total slack in working days; `null` when the task could not be scheduled. */
  readonly slack: number | null;
  /** With a status date: the forecast end; `null` without one. */
  readonly forecastEnd: string | null;
  /** Working days the forecast end lies after the planned end (0: on time, or no status date). */
  readonly slip: number;
  /** The task's id in the plan. */
  readonly range: Range;
  readonly children: readonly TaskTreeTask[];
}

/** A phase of the plan, holding the top-level tasks in it. */
export interface TaskTreePhase {
  readonly kind: 'phase';
  /** `null` for the group of top-level tasks without a phase. */
  readonly id: string | null;
  /** The phase's name, else its id; the localised "No phase" for the group without one. */
  readonly name: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly critical: boolean;
  readonly overdue: boolean;
  /** The file that defines the phase (an import, perhaps); `null` when it is defined nowhere. */
  readonly uri: string | null;
  readonly range: Range | null;
  readonly children: readonly TaskTreeTask[];
}

export type TaskTreeNode = TaskTreePhase | TaskTreeTask;

/** The task tree: phases → summary tasks → tasks. A plan whose top-level tasks name no phase has tasks as roots. */
export interface TaskTree {
  readonly uri: string;
  readonly statusDate: string;
  readonly roots: readonly TaskTreeNode[];
}

/** Score bands on the 5 × 5 matrix: high from 15 (the contract), medium from 8, low below; `unrated` lacks likelihood or impact. */
export type RiskLevel = 'high' | 'medium' | 'low' | 'unrated';

export interface RiskListItem {
  readonly id: string;
  readonly title: string | null;
  readonly category: string | null;
  readonly likelihood: number | null;
  readonly impact: number | null;
  /** likelihood × impact. */
  readonly score: number | null;
  readonly level: RiskLevel;
  readonly response: string | null;
  readonly owner: NamedRef | null;
  readonly hasContingency: boolean;
  readonly nextReview: string | null;
  /** Open and due for review before the status date (what `risk-review-overdue` reports). */
  readonly reviewOverdue: boolean;
  /** As written; `open` when not. */
  readonly status: 'open' | 'closed' | 'occurred';
  readonly range: Range;
}

export interface RiskGroup {
  readonly level: RiskLevel;
  /** Localised group label. */
  readonly label: string;
  /** Highest score first, then document order. */
  readonly risks: readonly RiskListItem[];
}

/** The risk register grouped high, medium, low (always present) and unrated (only when some are). */
export interface RiskList {
  readonly uri: string;
  readonly statusDate: string;
  readonly groups: readonly RiskGroup[];
}
