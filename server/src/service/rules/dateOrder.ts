import { defineMessages } from '../l10n/localize';
import type { DateValue, Task } from '../model/planModel';
import { MAX_DATE_ISO, MIN_DATE_ISO, formatDay } from '../../../../common/dates';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);

const messages = defineMessages(
  {
    taskReversed: (task: string, start: string, end: string) => `Task ${task} ends on ${end}, before it starts on ${start}.`,
    phaseReversed: (phase: string, start: string, end: string) => `Phase '${phase}' ends on ${end}, before it starts on ${start}.`,
    projectReversed: (start: string, end: string) => `The project ends on ${end}, before it starts on ${start}.`,
    holidayReversed: (from: string, to: string) => `This holiday range runs backwards: from ${from} to ${to}.`,
    workdaysReversed: (from: string, to: string) => `This range of extra workdays runs backwards: from ${from} to ${to}.`,
    actualReversed: (task: string, start: string, end: string) => `Task ${task} actually ended on ${end}, before it actually started on ${start}.`,
    beforeStart: (task: string, start: string, by: number, limit: string) =>
      `Task ${task} starts on ${start}, ${days(by)} before the project starts (${limit}).`,
    afterEnd: (task: string, end: string, by: number, limit: string) => `Task ${task} ends on ${end}, ${days(by)} after the project's end date (${limit}).`,
    afterSupported: (task: string) => `Task ${task} would end after ${MAX_DATE_ISO}, the latest date XProj supports.`,
    beforeSupported: (task: string) => `Task ${task} would start before ${MIN_DATE_ISO}, the earliest date XProj supports.`,
  },
  {
    taskReversed: (task, start, end) => `任务${task}的结束日期 ${end} 早于开始日期 ${start}。`,
    phaseReversed: (phase, start, end) => `阶段“${phase}”的结束日期 ${end} 早于开始日期 ${start}。`,
    projectReversed: (start, end) => `项目的结束日期 ${end} 早于开始日期 ${start}。`,
    holidayReversed: (from, to) => `节假日区间的起止颠倒了：从 ${from} 到 ${to}。`,
    workdaysReversed: (from, to) => `调休上班日区间的起止颠倒了：从 ${from} 到 ${to}。`,
    actualReversed: (task, start, end) => `任务${task}的实际结束日期 ${end} 早于实际开始日期 ${start}。`,
    beforeStart: (task, start, by, limit) => `任务${task}的开始日期 ${start} 比项目开始日期（${limit}）早 ${by} 天。`,
    afterEnd: (task, end, by, limit) => `任务${task}的结束日期 ${end} 比项目结束日期（${limit}）晚 ${by} 天。`,
    afterSupported: (task) => `任务${task}将在 ${MAX_DATE_ISO} 之后结束，超出了 XProj 支持的最晚日期。`,
    beforeSupported: (task) => `任务${task}将在 ${MIN_DATE_ISO} 之前开始，早于 XProj 支持的最早日期。`,
  },
);

/**
 * `date-order`: ranges that end before they start, tasks scheduled outside the project's dates, and
 * tasks the scheduler had to clamp to the dates XProj supports.
 */
export const dateOrderRule: PlanRule = {
  codes: ['date-order'],
  check(ctx: RuleContext): void {
    const m = messages[ctx.locale];
    const project = ctx.plan.project;
    const projectReversed = isReversed(project?.start, project?.end);
    if (projectReversed && project?.start && project.end) {
      ctx.report({
        code: 'date-order',
        span: project.end.span,
        message: m.projectReversed(project.start.iso, project.end.iso),
        data: { start: project.start.iso, end: project.end.iso },
      });
    }
    const lists = [
      [project?.calendar.holidays ?? [], m.holidayReversed],
      [project?.calendar.extraWorkdays ?? [], m.workdaysReversed],
    ] as const;
    for (const [ranges, reversed] of lists) {
      for (const range of ranges) {
        if (range.to < range.from) {
          const [from, to] = [formatDay(range.from), formatDay(range.to)];
          ctx.report({ code: 'date-order', span: range.span, message: reversed(from, to), data: { start: from, end: to } });
        }
      }
    }
    for (const phase of ctx.plan.phases) {
      if (isReversed(phase.start, phase.end) && phase.start && phase.end) {
        ctx.report({
          code: 'date-order',
          span: phase.end.span,
          message: m.phaseReversed(phase.id, phase.start.iso, phase.end.iso),
          data: { phase: phase.id, start: phase.start.iso, end: phase.end.iso },
        });
      }
    }
    const overflows = new Map(ctx.schedule.overflows.map((o) => [o.task, o.side]));
    for (const task of ctx.plan.tasks) {
      const overflow = overflows.get(task);
      if (overflow !== undefined) {
        // Its shown dates are clamped, so how far it passes the project's end would be wrong.
        const [message, limit] =
          overflow === 'after' ? [m.afterSupported(labelFor(task, ctx.locale)), MAX_DATE_ISO] : [m.beforeSupported(labelFor(task, ctx.locale)), MIN_DATE_ISO];
        ctx.report({ code: 'date-order', span: task.idSpan, message, data: { task: task.id, bound: 'supported', limit } });
        continue;
      }
      // Without a written start, the end is compared with the start the dependencies give it.
      const start = task.start?.day ?? (task.end && !task.duration ? ctx.schedule.tasks.get(task)?.start : undefined);
      if (task.end && start !== undefined && task.end.day < start) {
        const startIso = task.start?.iso ?? formatDay(start);
        ctx.report({
          code: 'date-order',
          span: task.end.span,
          message: m.taskReversed(labelFor(task, ctx.locale), startIso, task.end.iso),
          data: { task: task.id, start: startIso, end: task.end.iso },
        });
      } else if (!projectReversed) {
        checkBounds(ctx, task);
      }
      const { actualStart, actualEnd } = task;
      if (actualStart && actualEnd && actualEnd.day < actualStart.day) {
        ctx.report({
          code: 'date-order',
          span: actualEnd.span,
          message: m.actualReversed(labelFor(task, ctx.locale), actualStart.iso, actualEnd.iso),
          data: { task: task.id, start: actualStart.iso, end: actualEnd.iso, actual: true },
        });
      }
    }
  },
};

function isReversed(start: DateValue | undefined, end: DateValue | undefined): boolean {
  return start !== undefined && end !== undefined && end.day < start.day;
}

/** Leaves and milestones only: a summary spans its children, which are reported themselves. */
function checkBounds(ctx: RuleContext, task: Task): void {
  const scheduled = ctx.schedule.tasks.get(task);
  const project = ctx.plan.project;
  if (!scheduled || scheduled.summary || !project) {
    return;
  }
  const m = messages[ctx.locale];
  if (project.start && scheduled.start < project.start.day) {
    ctx.report({
      code: 'date-order',
      span: task.start?.span ?? task.idSpan,
      message: m.beforeStart(labelFor(task, ctx.locale), formatDay(scheduled.start), project.start.day - scheduled.start, project.start.iso),
      data: { task: task.id, bound: 'start', limit: project.start.iso },
    });
  }
  if (project.end && scheduled.end > project.end.day) {
    ctx.report({
      code: 'date-order',
      span: task.end?.span ?? task.start?.span ?? task.idSpan,
      message: m.afterEnd(labelFor(task, ctx.locale), formatDay(scheduled.end), scheduled.end - project.end.day, project.end.iso),
      data: { task: task.id, bound: 'end', limit: project.end.iso },
    });
  }
}
