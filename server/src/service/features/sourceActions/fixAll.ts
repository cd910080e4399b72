import type { YAMLMap } from 'yaml';
import { isScalar } from 'yaml';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Span, Task } from '../../model/planModel';
import type { LeveledProblem } from '../../model/problems';
import { approverRank, rankApprovalLevels } from '../../symbols/approvalLevels';
import { formatDay, parseIsoDate } from '../../../../../common/dates';
import { addPairEdit, asSeq, mapsByOffset, pairOf, rangeOf } from './yamlText';
import type { OffsetEdit } from './yamlText';
import { quoteScalar } from '../../utils/yamlScalars';

/** The edits of one fix: applied together or not at all. */
type Fix = readonly OffsetEdit[];

/**
 * The fixes that have exactly one right answer, so they can run unattended (on save):
 * - `date-order` on a range written backwards (task, phase, project, holiday): swap the two dates;
 * - `dependency-violation`: move a written start to the earliest day every dependency allows, when
 *   the task is a leaf without a written `end` (which the move would otherwise contradict);
 * - `approval-missing`: set `approved_by` to the level the amount requires, when it is missing or
 *   names a lower level (an approver outside the levels may be a typo: left to the user);
 * - `raci-no-responsible`: make the task's own owner R, unless the owner already holds C or I.
 * Only problems still reported are fixed, so rules turned off are left alone.
 */
export function fixAllEdits(analysis: PlanAnalysis): OffsetEdit[] {
  const ctx = new FixContext(analysis);
  const fixes: Fix[] = [];
  const violations = new Map<Task, number>();
  for (const p of analysis.problems) {
    switch (p.code) {
      case 'date-order':
        fixes.push(ctx.dateOrder(p));
        break;
      case 'dependency-violation':
        ctx.noteViolation(p, violations);
        break;
      case 'approval-missing':
        fixes.push(ctx.approval(p));
        break;
      case 'raci-no-responsible':
        fixes.push(ctx.responsible(p));
        break;
      default:
        break;
    }
  }
  for (const [task, earliest] of violations) {
    fixes.push([{ offset: task.start!.span.offset, length: task.start!.span.length, newText: formatDay(earliest) }]);
  }
  return mergeFixes(fixes);
}

/** Finds what a problem is about by the span it is reported on; indexes are built on first use. */
class FixContext {
  private maps: Map<number, YAMLMap> | undefined;
  private byOffset: Map<number, Task> | undefined;

  constructor(private readonly analysis: PlanAnalysis) {}

  /**
   * The mapping at `offset`, which lies in the item a problem is reported in: only the items
   * holding the problems are parsed again (a large plan keeps no YAML tree of its items).
   */
  private mapAt(offset: number): YAMLMap | undefined {
    this.maps ??= mapsByOffset(this.analysis.parsed.around(this.analysis.problems.map((p) => p.span.offset)));
    return this.maps.get(offset);
  }

  /** The task whose `start`, `end` or `raci` key is at `offset`. */
  private taskAt(offset: number): Task | undefined {
    if (!this.byOffset) {
      this.byOffset = new Map();
      for (const t of this.analysis.plan.tasks) {
        for (const span of [t.start?.span, t.end?.span, t.raci?.keySpan]) {
          if (span) {
            this.byOffset.set(span.offset, t);
          }
        }
      }
    }
    return this.byOffset.get(offset);
  }

  private swap(a: Span, b: Span): Fix {
    const text = this.analysis.text;
    const slice = (s: Span): string => text.slice(s.offset, s.offset + s.length);
    return [
      { offset: a.offset, length: a.length, newText: slice(b) },
      { offset: b.offset, length: b.length, newText: slice(a) },
    ];
  }

  dateOrder(p: LeveledProblem): Fix {
    const { plan } = this.analysis;
    const at = p.span.offset;
    if (p.data?.['bound'] !== undefined) {
      return [];
    }
    const project = plan.project;
    if (project?.start && project.end?.span.offset === at) {
      return this.swap(project.start.span, project.end.span);
    }
    const dated = this.taskAt(at) ?? plan.phases.find((e) => e.end?.span.offset === at);
    if (dated?.end?.span.offset === at) {
      return dated.start ? this.swap(dated.start.span, dated.end.span) : [];
    }
    const holiday = project?.calendar.holidays.find((h) => h.span.offset === at);
    const map = holiday ? this.mapAt(holiday.span.offset) : undefined;
    const from = rangeOf(map && pairOf(map, 'from')?.value);
    const to = rangeOf(map && pairOf(map, 'to')?.value);
    return from && to ? this.swap({ offset: from[0], length: from[1] - from[0] }, { offset: to[0], length: to[1] - to[0] }) : [];
  }

  noteViolation(p: LeveledProblem, out: Map<Task, number>): void {
    const task = this.taskAt(p.span.offset);
    const earliest = typeof p.data?.['earliestStart'] === 'string' ? parseIsoDate(p.data['earliestStart']) : undefined;
    if (!task?.start || task.start.span.offset !== p.span.offset || earliest === undefined || task.end || task.children.length > 0) {
      return;
    }
    out.set(task, Math.max(out.get(task) ?? earliest, earliest));
  }

  approval(p: LeveledProblem): Fix {
    const { plan, symbols, text } = this.analysis;
    const required = p.data?.['required'];
    const budget = plan.budget;
    if (typeof required !== 'string' || !budget) {
      return [];
    }
    const item = budget.items.find((i) => i.idSpan.offset === p.span.offset || i.approvedBy?.span.offset === p.span.offset);
    if (!item) {
      return [];
    }
    if (!item.approvedBy) {
      const map = this.mapAt(item.span.offset);
      const edit = map && !pairOf(map, 'approved_by') ? addPairEdit(text, map, 'approved_by', quoteScalar(required)) : undefined;
      return edit ? [edit] : [];
    }
    if (!approverRank(item.approvedBy.id, rankApprovalLevels(budget.approvals), plan, symbols)) {
      return [];
    }
    const span = item.approvedBy.span;
    return [{ offset: span.offset, length: span.length, newText: quoteScalar(required) }];
  }

  responsible(p: LeveledProblem): Fix {
    const task = this.taskAt(p.span.offset);
    const raci = task?.raci?.keySpan.offset === p.span.offset ? task.raci : undefined;
    const owner = task?.owner;
    if (!raci || !owner || !this.analysis.symbols.person(owner.id) || [...raci.C, ...raci.I].some((r) => r.id === owner.id)) {
      return [];
    }
    const map = this.mapAt(raci.span.offset);
    if (!map) {
      return [];
    }
    const list = `[${quoteScalar(owner.id)}]`;
    const pair = pairOf(map, 'R');
    if (!pair) {
      const edit = addPairEdit(this.analysis.text, map, 'R', list);
      return edit ? [edit] : [];
    }
    const seq = asSeq(pair.value);
    const range = rangeOf(seq);
    if (seq?.flow === true && seq.items.length === 0 && range) {
      return [{ offset: range[0], length: range[1] - range[0], newText: list }];
    }
    const key = rangeOf(pair.key);
    if (key && (pair.value === null || (isScalar(pair.value) && pair.value.value === null))) {
      return [{ offset: this.analysis.text.indexOf(':', key[1]) + 1, length: 0, newText: ` ${list}` }];
    }
    return [];
  }
}

/** Keeps each fix whose edits touch nothing an earlier fix edits: one WorkspaceEdit must not overlap. */
function mergeFixes(fixes: readonly Fix[]): OffsetEdit[] {
  const taken: OffsetEdit[] = [];
  const clashes = (e: OffsetEdit): boolean => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.offset + taken[mid]!.length < e.offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    const next = taken[lo];
    return next !== undefined && next.offset <= e.offset + e.length;
  };
  for (const fix of fixes) {
    if (fix.length === 0 || fix.some(clashes)) {
      continue;
    }
    for (const e of fix) {
      const at = taken.findIndex((t) => t.offset > e.offset);
      taken.splice(at < 0 ? taken.length : at, 0, e);
    }
  }
  return taken;
}
