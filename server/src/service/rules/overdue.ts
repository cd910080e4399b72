import { defineMessages } from '../l10n/localize';
import { formatDay } from '../../../../common/dates';
import { isClosed } from '../model/taskState';
import type { Task } from '../model/planModel';
import type { ScheduledTask } from '../scheduler/scheduleTypes';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const ZH_STATUS: Readonly<Record<string, string>> = { 'not-started': '未开始', 'in-progress': '进行中', blocked: '阻塞' };

const messages = defineMessages(
  {
    overdue: (task: string, end: string, late: number, status: string) =>
      `Task ${task} was due on ${end} and is ${late === 1 ? '1 day' : `${late} days`} late (status: ${status}).`,
    status: (status: string) => status,
  },
  {
    overdue: (task, end, late, status) => `任务${task}应于 ${end} 完成，已逾期 ${late} 天（状态：${status}）。`,
    status: (status) => ZH_STATUS[status] ?? status,
  },
);

/**
 * `overdue`: leaf tasks and milestones that should have ended before the status date but are
 * not done or cancelled (nor under a done or cancelled summary). Summaries are left out: their
 * late children are reported.
 */
export const overdueRule: PlanRule = {
  codes: ['overdue'],
  check(ctx: RuleContext): void {
    const m = messages[ctx.locale];
    for (const task of ctx.plan.tasks) {
      const status = task.status?.value ?? 'not-started';
      const scheduled = ctx.schedule.tasks.get(task);
      if (scheduled && isOverdue(task, scheduled, ctx.statusDate)) {
        const end = formatDay(scheduled.end);
        ctx.report({
          code: 'overdue',
          span: task.idSpan,
          message: m.overdue(labelFor(task, ctx.locale), end, ctx.statusDate - scheduled.end, m.status(status)),
          data: { task: task.id, end },
        });
      }
    }
  },
};

/** What `overdue` reports: a leaf task or milestone that should have ended before the status date and is not closed. */
export function isOverdue(task: Task, scheduled: ScheduledTask | undefined, statusDate: number): boolean {
  return task.children.length === 0 && !isClosed(task) && scheduled !== undefined && !scheduled.summary && scheduled.end < statusDate;
}
