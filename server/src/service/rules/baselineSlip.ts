import { formatDay } from '../../../../common/dates';
import { defineMessages } from '../l10n/localize';
import type { PlanRule, RuleContext } from './types';

const days = (n: number): string => (n === 1 ? '1 working day' : `${n} working days`);

const messages = defineMessages(
  {
    milestone: (id: string, forecast: boolean, date: string, by: number, base: string, label: string) =>
      `Milestone '${id}' is ${forecast ? 'forecast' : 'planned'} for ${date}, ${days(by)} after its baseline date ${base} (${label}).`,
    finish: (forecast: boolean, date: string, by: number, base: string, label: string) =>
      `The project is ${forecast ? 'forecast' : 'planned'} to finish on ${date}, ${days(by)} after the baseline's finish ${base} (${label}).`,
  },
  {
    milestone: (id, forecast, date, by, base, label) =>
      `里程碑“${id}”${forecast ? '预计' : '计划'}于 ${date}，比基线日期 ${base} 晚 ${by} 个工作日（${label}）。`,
    finish: (forecast, date, by, base, label) => `项目${forecast ? '预计' : '计划'}于 ${date} 完成，比基线完成日期 ${base} 晚 ${by} 个工作日（${label}）。`,
  },
);

/**
 * `baseline-slip`: with a baseline, a milestone, or the project's finish, is forecast later than in
 * the baseline (planned, without a status date). Slips are counted in working days of the current
 * plan's calendar. The finish is reported on `baseline`, a milestone on its id.
 */
export const baselineSlipRule: PlanRule = {
  codes: ['baseline-slip'],
  check(ctx: RuleContext): void {
    const result = ctx.baseline;
    const written = ctx.plan.project?.baseline;
    if (!result || !('plan' in result) || !written) {
      return;
    }
    const base = result.plan;
    const { schedule, locale } = ctx;
    const { calendar, forecast } = schedule;
    const m = messages[locale];
    for (const task of ctx.plan.tasks) {
      const before = base.tasks.get(task.id);
      if (!before?.milestone || !task.milestone || task.uri !== ctx.plan.uri) {
        continue;
      }
      const now = forecast?.tasks.get(task)?.end ?? schedule.tasks.get(task)?.end;
      const by = now === undefined ? 0 : calendar.workdayDelta(before.end, now);
      if (now !== undefined && by > 0) {
        ctx.report({
          code: 'baseline-slip',
          span: task.idSpan,
          message: m.milestone(task.id, forecast !== undefined, formatDay(now), by, formatDay(before.end), base.label),
          data: { task: task.id, baseline: formatDay(before.end), forecast: formatDay(now), delta: by },
        });
      }
    }
    const finish = forecast?.finish ?? schedule.finish;
    const by = calendar.workdayDelta(base.finish, finish);
    if (by > 0) {
      ctx.report({
        code: 'baseline-slip',
        span: written.span,
        message: m.finish(forecast !== undefined, formatDay(finish), by, formatDay(base.finish), base.label),
        data: { baseline: formatDay(base.finish), forecast: formatDay(finish), delta: by },
      });
    }
  },
};
