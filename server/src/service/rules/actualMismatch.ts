import { formatDay } from '../../../../common/dates';
import { defineMessages } from '../l10n/localize';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const messages = defineMessages(
  {
    endNotDone: (task: string, end: string, status: string) => `Task ${task} finished on ${end} (actual_end) but its status is '${status}': mark it done.`,
    startNotStarted: (task: string, start: string) => `Task ${task} started on ${start} (actual_start) but its status is 'not-started'.`,
    future: (task: string, field: string, date: string, statusDate: string) =>
      `Task ${task} has ${field} ${date}, after the status date ${statusDate}: an actual date is a fact, it cannot lie ahead.`,
  },
  {
    endNotDone: (task, end, status) => `任务${task}已于 ${end} 完成（actual_end），但状态仍为“${status}”：请标记为已完成。`,
    startNotStarted: (task, start) => `任务${task}已于 ${start} 开始（actual_start），但状态仍为“not-started”。`,
    future: (task, field, date, statusDate) => `任务${task}的 ${field} 为 ${date}，晚于状态日期 ${statusDate}：实际日期是已发生的事实，不能在将来。`,
  },
);

/**
 * `actual-mismatch`: actual dates that contradict the task's status or the status date. An
 * `actual_end` means finished (status `done`, or `cancelled`); an `actual_start` on a task that
 * says `not-started`; an actual date after the status date.
 */
export const actualMismatchRule: PlanRule = {
  codes: ['actual-mismatch'],
  check(ctx: RuleContext): void {
    const m = messages[ctx.locale];
    for (const task of ctx.plan.tasks) {
      const { actualStart, actualEnd } = task;
      if (!actualStart && !actualEnd) {
        continue;
      }
      const status = task.status?.value ?? 'not-started';
      if (actualEnd && status !== 'done' && status !== 'cancelled') {
        ctx.report({
          code: 'actual-mismatch',
          span: actualEnd.span,
          message: m.endNotDone(labelFor(task, ctx.locale), actualEnd.iso, status),
          data: { task: task.id, fix: 'done' },
        });
      } else if (actualStart && task.status?.value === 'not-started') {
        ctx.report({
          code: 'actual-mismatch',
          span: task.status.span,
          message: m.startNotStarted(labelFor(task, ctx.locale), actualStart.iso),
          data: { task: task.id, fix: 'in-progress' },
        });
      }
      for (const [field, date] of [
        ['actual_start', actualStart],
        ['actual_end', actualEnd],
      ] as const) {
        if (date && date.day > ctx.statusDate) {
          ctx.report({
            code: 'actual-mismatch',
            span: date.span,
            message: m.future(labelFor(task, ctx.locale), field, date.iso, formatDay(ctx.statusDate)),
            data: { task: task.id },
          });
        }
      }
    }
  },
};
