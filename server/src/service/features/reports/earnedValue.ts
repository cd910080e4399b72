import type { Task } from '../../model/planModel';
import { isClosed } from '../../model/taskState';
import type { ReportFacts } from './reportBasics';
import type { EarnedValue } from './reportTypes';

/**
 * Earned value at the status date. Where budget items name tasks, each item's amount is the value
 * of its task's work (money, so AC and CPI compare with `spent`); otherwise each leaf task is worth
 * its working days. PV is the share of that value the plan scheduled before the status date, EV the
 * share done (progress, rolled up through summaries). Cancelled work is worth nothing either way.
 */
export function earnedValue(r: ReportFacts): EarnedValue {
  const { analysis } = r;
  const budget = analysis.plan.budget;
  const costed = (budget?.items ?? []).flatMap((item) => {
    const task = item.task ? analysis.symbols.task(item.task.id) : undefined;
    return task && item.amount !== undefined ? [{ task, amount: item.amount.value }] : [];
  });
  const spentItems = (budget?.items ?? []).filter((i) => i.spent !== undefined);
  const ac = spentItems.length > 0 ? spentItems.reduce((sum, i) => sum + (i.spent?.value ?? 0), 0) : null;
  let pv = 0;
  let ev = 0;
  let bac = 0;
  if (costed.length > 0) {
    for (const { task, amount } of costed) {
      if (isCancelled(task)) {
        continue;
      }
      bac += amount;
      pv += amount * plannedShare(r, task);
      ev += amount * doneShare(r, task);
    }
  } else {
    for (const task of analysis.plan.tasks) {
      const s = analysis.schedule.tasks.get(task);
      if (task.children.length > 0 || !s || isCancelled(task)) {
        continue;
      }
      bac += s.duration;
      pv += s.duration * plannedShare(r, task);
      ev += s.duration * doneShare(r, task);
    }
  }
  const money = costed.length > 0;
  return {
    pv: round(pv),
    ev: round(ev),
    spi: pv > 0 ? round(ev / pv) : null,
    ac: ac !== null ? round(ac) : null,
    cpi: money && ac !== null && ac > 0 ? round(ev / ac) : null,
    unit: money ? (budget?.currency?.value ?? 'amount') : 'working-days',
    bac: round(bac),
  };
}

function isCancelled(task: Task): boolean {
  for (let t: Task | undefined = task; t; t = t.parent) {
    if (t.status?.value === 'cancelled') {
      return true;
    }
  }
  return false;
}

/** How much of the task the plan has done before the status date (0..1); summaries weigh their leaves by duration. */
function plannedShare(r: ReportFacts, task: Task): number {
  const { schedule } = r.analysis;
  if (task.children.length > 0) {
    let total = 0;
    let planned = 0;
    for (const leaf of leaves(task)) {
      const d = schedule.tasks.get(leaf)?.duration ?? 0;
      total += d;
      planned += d * plannedShare(r, leaf);
    }
    return total > 0 ? planned / total : 0;
  }
  const s = schedule.tasks.get(task);
  if (!s) {
    return 0;
  }
  if (s.duration === 0) {
    return s.end < r.statusDate ? 1 : 0;
  }
  const worked = schedule.calendar.workdaysBetween(s.start, Math.min(s.end, r.statusDate - 1));
  return Math.min(1, worked / s.duration);
}

/** How much of the task is done (0..1): finished work counts whole, else its (rolled-up) progress. */
function doneShare(r: ReportFacts, task: Task): number {
  if (task.children.length === 0 && isClosed(task)) {
    return 1;
  }
  return Math.min(100, Math.max(0, r.facts.progress(task))) / 100;
}

function leaves(task: Task): Task[] {
  return task.children.length === 0 ? [task] : task.children.flatMap(leaves);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
