import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { itemApproval } from '../../rules/approvalMissing';
import { rankApprovalLevels } from '../../symbols/approvalLevels';
import type { Task } from '../../model/planModel';
import { isRoleWord } from '../../symbols/roles';
import { roleHolder } from './escalation';
import { ReportFacts } from './reportBasics';
import type { NamedRef, ReportHeader, ReportOptions } from './reportTypes';

export interface FundsItem {
  readonly id: string;
  readonly amount: number | null;
  readonly approved_by: string | null;
  readonly spent: number | null;
  /** The approver the amount needs, as the approval levels name it; null without levels. */
  readonly level_required: string | null;
  readonly name: string | null;
  /** Who approved it, by name: the person a role word (`owner`, `finance`...) stands for where the plan says. */
  readonly approver: NamedRef | null;
  /** The role word `approved_by` gives, if it gives one. */
  readonly approver_role: string | null;
  /** `missing`, `not-an-approver`, `too-low` or `ok`, as `approval-missing` judges it. */
  readonly approval: string;
  readonly remaining: number | null;
  readonly task: string | null;
  readonly phase: NamedRef | null;
  readonly department: NamedRef | null;
}

/** Amounts and spending summed over a phase or department; `id` null for the items that name none. */
export interface FundsGroup {
  readonly id: string | null;
  readonly name: string | null;
  readonly amount: number;
  readonly spent: number;
  readonly items: number;
}

/** The fund-usage report (项目资金使用报告). */
export interface FundsReport extends ReportHeader {
  readonly kind: 'funds';
  readonly currency: string | null;
  readonly total: number | null;
  /** The items' amounts added up. */
  readonly committed: number;
  readonly spent: number;
  readonly items: readonly FundsItem[];
  /** The items `approval-missing` reports: no approver, or not one at the level the amount needs. */
  readonly pending: readonly string[];
  /** The total less the items (不可预见费 when positive); null without a total. */
  readonly reserve: number | null;
  readonly remaining: number | null;
  readonly by_phase: readonly FundsGroup[];
  readonly by_department: readonly FundsGroup[];
}

export function fundsReport(analysis: PlanAnalysis, options: ReportOptions): FundsReport {
  const r = new ReportFacts(analysis);
  const { plan, symbols } = analysis;
  const budget = plan.budget;
  const levels = rankApprovalLevels(budget?.approvals ?? []);
  const items = (budget?.items ?? []).map((item): FundsItem => {
    const approval = itemApproval(item, levels, plan, symbols);
    const task = item.task ? symbols.task(item.task.id) : undefined;
    const amount = item.amount?.value ?? null;
    const spent = item.spent?.value ?? null;
    return {
      id: item.id,
      amount,
      approved_by: item.approvedBy?.id ?? null,
      spent,
      level_required: approval.required?.approver ?? null,
      name: item.name?.value ?? null,
      ...approverOf(r, item.approvedBy?.id, task),
      approval: approval.state,
      remaining: amount !== null ? amount - (spent ?? 0) : null,
      task: item.task?.id ?? null,
      phase: task ? r.ref(r.facts.phase(task)) : null,
      department: task ? r.department(task) : null,
    };
  });
  const committed = sum(items.map((i) => i.amount ?? 0));
  const spent = sum(items.map((i) => i.spent ?? 0));
  const total = budget?.total?.value ?? null;
  return {
    kind: 'funds',
    currency: budget?.currency?.value ?? null,
    total,
    committed,
    spent,
    items,
    pending: items.filter((i) => i.approval !== 'ok').map((i) => i.id),
    reserve: total !== null ? total - committed : null,
    remaining: total !== null ? total - spent : null,
    by_phase: group(items, (i) => i.phase),
    by_department: group(items, (i) => i.department),
    ...r.header(options, budget ? [] : [{ kind: 'no-budget' }]),
  };
}

function approverOf(r: ReportFacts, id: string | undefined, task: Task | undefined): { approver: NamedRef | null; approver_role: string | null } {
  if (id === undefined) {
    return { approver: null, approver_role: null };
  }
  if (!isRoleWord(id)) {
    return { approver: r.named(id), approver_role: null };
  }
  const holder = roleHolder(r, task, id);
  return { approver: holder !== undefined && r.analysis.symbols.person(holder) ? r.named(holder) : null, approver_role: id };
}

function group(items: readonly FundsItem[], key: (i: FundsItem) => NamedRef | null): FundsGroup[] {
  const groups = new Map<string | null, { id: string | null; name: string | null; amount: number; spent: number; items: number }>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k?.id ?? null) ?? { id: k?.id ?? null, name: k?.name ?? null, amount: 0, spent: 0, items: 0 };
    g.amount += item.amount ?? 0;
    g.spent += item.spent ?? 0;
    g.items++;
    groups.set(g.id, g);
  }
  // The items that name no phase or department come last.
  return [...groups.values()].sort((a, b) => Number(a.id === null) - Number(b.id === null));
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}
