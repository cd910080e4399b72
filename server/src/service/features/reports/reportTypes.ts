import type { Locale } from '../../l10n/localize';

/** The reports the rule books ask for (FORMAT.md, "Command line"). */
export const REPORT_KINDS = ['weekly', 'funds', 'risks', 'closing'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['markdown', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The load report (`xproj report load`) reads one plan or a folder's plans together, and has CSV too. */
export const LOAD_REPORT = 'load';
export const LOAD_REPORT_FORMATS = [...REPORT_FORMATS, 'csv'] as const;
export type LoadReportFormat = (typeof LOAD_REPORT_FORMATS)[number];

/** What a host asks a report for. */
export interface ReportOptions {
  readonly kind: ReportKind;
  readonly locale: Locale;
  /**
   * The status date the host configured the analysis with (`--status-date`, the editor setting), so
   * that the report can say where its date came from; the date itself is the analysis's.
   */
  readonly statusDate?: string;
}

/** A person or department as reports show them: by name, with the id beside it. */
export interface NamedRef {
  readonly id: string;
  readonly name: string | null;
}

/** Where the report's status date came from. */
export type StatusDateSource = 'option' | 'plan' | 'today';

/** Why the report may be incomplete or its dates unreliable; shown at its top. */
export type ReportNotice =
  | { readonly kind: 'plan-problems'; readonly errors: number; readonly warnings: number }
  | { readonly kind: 'cycles'; readonly count: number }
  | { readonly kind: 'no-status-date' }
  | { readonly kind: 'no-project' }
  | { readonly kind: 'no-budget' }
  | { readonly kind: 'no-baseline' }
  | { readonly kind: 'baseline-error'; readonly baseline: string; readonly error: string };

/** What every report carries besides its own sections (fields beyond the contract). */
export interface ReportHeader {
  readonly project: { readonly id: string | null; readonly name: string | null };
  readonly status_date: string;
  readonly status_date_source: StatusDateSource;
  /** The baseline as the plan names it, or null without one (unreadable baselines are a notice). */
  readonly baseline: string | null;
  readonly notices: readonly ReportNotice[];
}

/** A task as the lists of a report show it. */
export interface TaskLine {
  readonly id: string;
  readonly name: string | null;
  readonly owner: NamedRef | null;
  readonly department: NamedRef | null;
  readonly status: string;
  readonly progress: number;
  readonly planned_start: string | null;
  readonly planned_end: string | null;
  readonly forecast_end: string | null;
  readonly milestone: boolean;
}

/** Earned value at the status date; money when the budget's items name tasks, else working days. */
export interface EarnedValue {
  readonly pv: number;
  readonly ev: number;
  readonly spi: number | null;
  readonly ac: number | null;
  readonly cpi: number | null;
  /** What pv and ev count: the budget's `currency` (or `amount`), or `working-days`. */
  readonly unit: string;
  /** The whole planned value (budget at completion). */
  readonly bac: number;
}
