import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import type { Dependency, Task } from '../model/planModel';
import { formatDay } from '../../../../common/dates';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const messages = defineMessages(
  {
    violation: (task: string, start: string, dependency: string, earliest: string) =>
      `Task ${task} starts on ${start}, earlier than its dependency ${dependency} allows: it can start on ${earliest} at the earliest.`,
    dependency: (id: string, type: string, lag: string | undefined) => `on '${id}' (${type}${lag === undefined ? '' : `, lag ${lag}`})`,
    related: (id: string) => `the dependency on '${id}'`,
  },
  {
    violation: (task, start, dependency, earliest) => `任务${task}的开始日期 ${start} 早于${dependency}所允许的日期，最早只能在 ${earliest} 开始。`,
    dependency: (id, type, lag) => `对“${id}”的依赖（${type}${lag === undefined ? '' : `，延隔 ${lag}`}）`,
    related: (id) => `对“${id}”的依赖`,
  },
);

/** `dependency-violation`: an explicit start that the scheduler found earlier than a dependency allows. */
export const dependencyViolationRule: PlanRule = {
  codes: ['dependency-violation'],
  check(ctx: RuleContext): void {
    const m = messages[ctx.locale];
    for (const v of ctx.schedule.violations) {
      const { task, dependency } = v;
      const start = task.start?.iso ?? formatStart(ctx, v.task);
      const earliest = formatDay(v.earliestStart);
      ctx.report({
        code: 'dependency-violation',
        // A start fixed through `end` + `duration` has no `start` node; the `end` is what fixed it.
        span: task.start?.span ?? task.end?.span ?? task.idSpan,
        message: m.violation(labelFor(task, ctx.locale), start, describe(dependency, ctx.locale), earliest),
        related: [{ uri: task.uri, span: dependency.span, message: m.related(dependency.task.id) }],
        data: { task: task.id, earliestStart: earliest },
      });
    }
  },
};

function formatStart(ctx: RuleContext, task: Task): string {
  const scheduled = ctx.schedule.tasks.get(task);
  return scheduled ? formatDay(scheduled.start) : '?';
}

function describe(dependency: Dependency, locale: Locale): string {
  const lag = dependency.lag && dependency.lag.amount !== 0 ? `${dependency.lag.amount}${dependency.lag.unit}` : undefined;
  return messages[locale].dependency(dependency.task.id, dependency.type, lag);
}
