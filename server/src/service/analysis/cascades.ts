import type { Plan, Span } from '../model/planModel';
import type { Problem } from '../model/problems';

/** Codes that judge what the text is, reported before the rules: they are the cause, never a cascade. */
const CAUSES: ReadonlySet<string> = new Set(['yaml-syntax', 'schema', 'import-error', 'duplicate-id']);

/**
 * The fields each rule computes with. A value that fails the schema on one of them silences that
 * rule on the entity (`likelihood: 9` makes no "high risk"); rules about what is missing or
 * referenced (an owner, a RACI letter) still speak, as they judge the field itself.
 */
const FED_BY: Readonly<Record<string, readonly string[]>> = {
  'risk-no-contingency': ['likelihood', 'impact', 'status', 'contingency'],
  'risk-review-overdue': ['next_review', 'status'],
  overallocation: ['capacity', 'load', 'assignees', 'person', 'duration', 'start', 'end', 'status'],
  'budget-exceeded': ['amount', 'total'],
  'approval-missing': ['amount', 'approved_by', 'up_to', 'approver'],
  overdue: ['status', 'start', 'end', 'duration', 'actual_end', 'milestone'],
  'actual-mismatch': ['status', 'actual_start', 'actual_end'],
  'baseline-slip': ['milestone', 'start', 'end', 'duration', 'status', 'progress'],
  'change-unrecorded': ['start', 'end', 'duration', 'owner', 'amount'],
};

/**
 * The rules' problems, without the echoes of a syntax or schema problem: an item a syntax error
 * half-swallowed is not reported for the fields the error hid (`missing-owner` though its `owner:`
 * line is there), and a value that fails the schema (`likelihood: 9`) does not feed the rules that
 * compute with it (a "high risk without contingency"). The cause is reported; its echoes are not,
 * until it is fixed.
 */
export function withoutCascades(plan: Plan, early: readonly Problem[], rules: readonly Problem[]): Problem[] {
  const syntax = early.filter((p) => p.code === 'yaml-syntax').map((p) => p.span);
  const schema = early.filter((p) => p.code === 'schema' && typeof p.data?.['path'] === 'string');
  if ((syntax.length === 0 && schema.length === 0) || rules.length === 0) {
    return [...rules];
  }
  const entities = entitySpans(plan);
  // An entity a syntax error touches is half read: nothing the rules say of it is reliable.
  const broken = entities.map((e) => syntax.some((d) => overlaps(e, d)));
  // The fields of each entity whose values failed the schema.
  const invalid = new Map<number, Set<string>>();
  for (const p of schema) {
    const i = innermost(entities, p.span.offset);
    const field = String(p.data!['path'])
      .split('/')
      .filter((s) => s !== '' && !/^\d+$/.test(s))
      .pop();
    if (i >= 0 && field !== undefined) {
      invalid.set(i, (invalid.get(i) ?? new Set()).add(field));
    }
  }
  return rules.filter((p) => {
    if (CAUSES.has(p.code)) {
      return true;
    }
    const i = innermost(entities, p.span.offset);
    if (i < 0) {
      return true;
    }
    const fields = invalid.get(i);
    return !broken[i] && !(fields && (FED_BY[p.code] ?? []).some((f) => fields.has(f)));
  });
}

/** The plan's own entities, sorted by start, widest first at one start (so the last match is the innermost). */
function entitySpans(plan: Plan): Span[] {
  const own = [plan.tasks, plan.risks, plan.people, plan.departments, plan.phases, plan.meetings, plan.changes, plan.budget?.items ?? []]
    .flat()
    .filter((e) => e.uri === plan.uri)
    .map((e) => e.span);
  return own.sort((a, b) => a.offset - b.offset || b.length - a.length);
}

/** The index of the last-starting entity that contains `offset` (subtasks start inside their parents), or -1. */
function innermost(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.offset <= offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  for (let i = lo - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (offset < s.offset + s.length) {
      return i;
    }
  }
  return -1;
}

function overlaps(a: Span, b: Span): boolean {
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}
