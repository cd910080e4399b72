import type { YAMLMap } from 'yaml';
import { defineMessages } from '../../l10n/localize';
import { formatDay } from '../../../../../common/dates';
import type { Task } from '../../model/planModel';
import { dataString, entityAt, mapOf, quickFix } from './fixContext';
import { AFTER_END, AFTER_START, markDoneEdits } from '../taskEdits/markDone';
import type { FixContext, QuickFixProvider } from './fixContext';

const titles = defineMessages(
  {
    markDone: (date: string) => `Mark as done (finished by ${date})`,
    extend: (date: string) => `Extend to the status date (${date})`,
    move: (date: string) => `Move to the status date (${date})`,
    replan: (date: string) => `Re-plan from the status date (start ${date})`,
  },
  {
    markDone: (date) => `标记为已完成（${date} 前完成）`,
    extend: (date) => `延长至状态日期（${date}）`,
    move: (date) => `移至状态日期（${date}）`,
    replan: (date) => `从状态日期重新排期（${date} 开始）`,
  },
);

interface Overdue {
  readonly task: Task;
  readonly map: YAMLMap<unknown, unknown>;
  /** The first working day on or after the status date: where late work can still happen. */
  readonly day: number;
}

function overdueTask(ctx: FixContext): Overdue | undefined {
  const task = entityAt(ctx, ctx.analysis.plan.tasks, dataString(ctx, 'task'));
  const map = mapOf(ctx, task);
  const { calendar } = ctx.analysis.schedule;
  return task && map ? { task, map, day: calendar.nextWorkday(ctx.analysis.statusDate) } : undefined;
}

/**
 * `overdue`, the three answers a weekly update gives a late task: it is done (status, full progress,
 * and an `actual_end` on the status date when none is written: the latest it can have finished);
 * it needs until the status date (its end, or its duration, stretched); or it starts again from the
 * status date with the same length (not for a task that has already started).
 */
export const overdueFixes: QuickFixProvider = (ctx) => {
  const o = overdueTask(ctx);
  if (!o) {
    return [];
  }
  return [...markDone(ctx, o), ...extend(ctx, o), ...replan(ctx, o)];
};

function markDone(ctx: FixContext, { task, map }: Overdue): ReturnType<QuickFixProvider> {
  const { statusDate } = ctx.analysis;
  return quickFix(ctx, titles[ctx.locale].markDone(formatDay(statusDate)), markDoneEdits(ctx.editor, map, task, statusDate), true);
}

function extend(ctx: FixContext, { task, map, day }: Overdue): ReturnType<QuickFixProvider> {
  const t = titles[ctx.locale];
  const date = formatDay(day);
  if (task.milestone) {
    return quickFix(ctx, t.move(date), [ctx.editor.setKey(map, task.start ? 'start' : 'end', date, AFTER_START)]);
  }
  const scheduled = ctx.analysis.schedule.tasks.get(task);
  if (task.duration && scheduled && !task.end) {
    // A duration-driven task keeps its start; its duration grows to reach the day.
    const days = ctx.analysis.schedule.calendar.workdaysBetween(scheduled.start, day);
    const node = ctx.editor.scalarAt(task.duration.span.offset);
    return node ? quickFix(ctx, t.extend(date), [ctx.editor.setScalar(node, `${days}d`)]) : [];
  }
  return quickFix(ctx, t.extend(date), [ctx.editor.setKey(map, 'end', date, AFTER_END)]);
}

function replan(ctx: FixContext, { task, map, day }: Overdue): ReturnType<QuickFixProvider> {
  const scheduled = ctx.analysis.schedule.tasks.get(task);
  if (task.milestone || task.actualStart || !scheduled) {
    return [];
  }
  const { calendar } = ctx.analysis.schedule;
  const length = calendar.workdaysBetween(scheduled.start, scheduled.end);
  const edits = [ctx.editor.setKey(map, 'start', formatDay(day), AFTER_START)];
  if (task.end) {
    // A written end moves with the start, so the task keeps its length in working days.
    edits.push(ctx.editor.setKey(map, 'end', formatDay(calendar.addWorkdays(day, Math.max(0, length - 1))), AFTER_END));
  }
  return quickFix(ctx, titles[ctx.locale].replan(formatDay(day)), edits);
}
