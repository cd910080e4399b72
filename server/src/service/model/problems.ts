import type { Span } from './planModel';
import type { RuleCode } from './ruleCodes';

/** A place in another document (an import), or in this one when `uri` is the plan's. */
export interface RelatedSpan {
  readonly uri: string;
  readonly span: Span;
  readonly message: string;
}

/** A problem as rules report it: offsets, not positions; the level is applied afterwards. */
export interface Problem {
  readonly code: RuleCode;
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedSpan[];
  /** What a quick fix needs (ids, proposed values); plain JSON. */
  readonly data?: ProblemData;
}

/** Plain-JSON payload carried to code actions in `Diagnostic.data`. */
export type ProblemData = { readonly [key: string]: string | number | boolean | null | readonly string[] | ProblemData };

/** Severity of a reported problem, named as the CLI prints it. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A problem with its effective severity. */
export interface LeveledProblem extends Problem {
  readonly severity: Severity;
}
