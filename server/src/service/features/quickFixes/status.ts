import { defineMessages } from '../../l10n/localize';
import { formatDay } from '../../../../../common/dates';
import { dataString, entityAt, mapOf, quickFix, scalarWith } from './fixContext';
import type { QuickFixProvider } from './fixContext';

const titles = defineMessages(
  {
    markDone: () => 'Mark as done',
    markInProgress: () => 'Mark as in progress',
    nextReview: (date: string) => `Set next review to ${date}`,
    contingency: () => 'Add a contingency plan to fill in',
    placeholder: () => 'TODO: describe the contingency plan',
  },
  {
    markDone: () => '标记为已完成',
    markInProgress: () => '标记为进行中',
    nextReview: (date) => `将下次复查日期设为 ${date}`,
    contingency: () => '添加应急预案（待填写）',
    placeholder: () => '待填写：应急预案',
  },
);

/** The register is reviewed every two weeks (seed 002), so the next review is due two weeks after the status date. */
const REVIEW_INTERVAL_DAYS = 14;

/** `actual-mismatch`: the status the actual dates say (`done` after an actual end, `in-progress` after an actual start). */
export const actualMismatchFixes: QuickFixProvider = (ctx) => {
  const fix = dataString(ctx, 'fix');
  const task = entityAt(ctx, ctx.analysis.plan.tasks, dataString(ctx, 'task'));
  const map = mapOf(ctx, task);
  if (!task || !map || (fix !== 'done' && fix !== 'in-progress')) {
    return [];
  }
  const t = titles[ctx.locale];
  const progress = fix === 'done' && task.progress && task.progress.value !== 100 ? ctx.editor.scalarAt(task.progress.span.offset) : undefined;
  return quickFix(
    ctx,
    fix === 'done' ? t.markDone() : t.markInProgress(),
    [ctx.editor.setKey(map, 'status', fix, ['name', 'id']), progress ? ctx.editor.setScalar(progress, 100) : undefined],
    true,
  );
};

/** `risk-review-overdue`: the next review two weeks after the status date. */
export const riskReviewOverdueFixes: QuickFixProvider = (ctx) => {
  const node = scalarWith(ctx, dataString(ctx, 'nextReview'));
  const date = formatDay(ctx.analysis.statusDate + REVIEW_INTERVAL_DAYS);
  return node ? quickFix(ctx, titles[ctx.locale].nextReview(date), [ctx.editor.setScalar(node, date)], true) : [];
};

/** `risk-no-contingency`: a `contingency` with placeholder text that tells the user to write the plan. */
export const riskNoContingencyFixes: QuickFixProvider = (ctx) => {
  const map = mapOf(ctx, entityAt(ctx, ctx.analysis.plan.risks, dataString(ctx, 'risk')));
  const t = titles[ctx.locale];
  return map
    ? quickFix(ctx, t.contingency(), [ctx.editor.setKey(map, 'contingency', t.placeholder(), ['response', 'impact', 'likelihood', 'owner'])], true)
    : [];
};
