import { defineMessages } from '../l10n/localize';
import { formatAmount } from '../l10n/amounts';
import { writtenFields } from '../model/baseline';
import type { WrittenFields } from '../model/baseline';
import type { PlanRule, RuleContext } from './types';

const FIELDS = ['start', 'end', 'duration', 'owner'] as const;

const messages = defineMessages(
  {
    task: (id: string, changes: string, label: string) =>
      `Task '${id}' changed since the baseline (${label}): ${changes}; no change request names it in \`affects\`.`,
    amount: (id: string, was: string, now: string, label: string) =>
      `Budget item '${id}' changed since the baseline (${label}): ${was} → ${now}; no change request names it in \`affects\`.`,
    field: (field: string, was: string, now: string) => `${field} ${was} → ${now}`,
    none: () => 'none',
  },
  {
    task: (id, changes, label) => `任务“${id}”自基线（${label}）以来有改动：${changes}；但没有变更申请在 \`affects\` 中列出它。`,
    amount: (id, was, now, label) => `预算项“${id}”自基线（${label}）以来有改动：${was} → ${now}；但没有变更申请在 \`affects\` 中列出它。`,
    field: (field, was, now) => `${field} ${was} → ${now}`,
    none: () => '无',
  },
);

/**
 * `change-unrecorded`: with a baseline, a task's written start, end, duration or owner, or a budget
 * item's amount, differs from the baseline's and no `changes` entry names it in `affects`. What is
 * written is compared, not the computed dates: a slip that follows from another task's change is
 * that change's consequence, recorded with it.
 */
export const changeUnrecordedRule: PlanRule = {
  codes: ['change-unrecorded'],
  check(ctx: RuleContext): void {
    const result = ctx.baseline;
    if (!result || !('plan' in result)) {
      return;
    }
    const base = result.plan;
    const m = messages[ctx.locale];
    const recorded = new Set(ctx.plan.changes.flatMap((c) => c.affects.map((r) => r.id)));
    for (const task of ctx.plan.tasks) {
      const before = base.tasks.get(task.id);
      if (!before || task.uri !== ctx.plan.uri || recorded.has(task.id)) {
        continue;
      }
      const now = writtenFields(task);
      const changed = FIELDS.filter((f) => before.written[f] !== now[f]);
      if (changed.length > 0) {
        const text = changed.map((f) => m.field(f, before.written[f] ?? m.none(), now[f] ?? m.none())).join(', ');
        ctx.report({
          code: 'change-unrecorded',
          span: task.idSpan,
          message: m.task(task.id, text, base.label),
          data: { task: task.id, fields: [...changed], summary: summaryOf(changed, before.written, now) },
        });
      }
    }
    const currency = ctx.plan.budget?.currency?.value;
    for (const item of ctx.plan.budget?.items ?? []) {
      if (!base.amounts.has(item.id) || recorded.has(item.id) || item.uri !== ctx.plan.uri) {
        continue;
      }
      const was = base.amounts.get(item.id);
      const now = item.amount?.value;
      if (was !== now) {
        const show = (v: number | undefined): string => (v === undefined ? m.none() : formatAmount(v, currency));
        ctx.report({
          code: 'change-unrecorded',
          span: item.amount?.span ?? item.idSpan,
          message: m.amount(item.id, show(was), show(now), base.label),
          data: { item: item.id, fields: ['amount'], summary: `amount ${show(was)} → ${show(now)}` },
        });
      }
    }
  },
};

/** What a change request drafted by the quick fix says changed: `duration 3d → 5d`. */
function summaryOf(fields: readonly (typeof FIELDS)[number][], was: WrittenFields, now: WrittenFields): string {
  return fields.map((f) => `${f} ${was[f] ?? '-'} → ${now[f] ?? '-'}`).join(', ');
}
