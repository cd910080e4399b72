import { defineMessages } from '../l10n/localize';
import type { PlanRule, RuleContext } from './types';

const messages = defineMessages(
  {
    unknownYear: (preset: string, years: string, first: number, last: number) =>
      `The '${preset}' calendar has no data for ${years} (it covers ${first}–${last}): those days follow \`workdays\` and this plan's own holidays and extra workdays only.`,
  },
  {
    unknownYear: (preset, years, first, last) =>
      `“${preset}”日历没有 ${years} 年的数据（覆盖 ${first}–${last} 年）：这些日子只按 \`workdays\` 和本计划自己的节假日、调休上班日计算。`,
  },
);

/**
 * `calendar-unknown-year`: the plan's dates, its computed finish included, reach a year the
 * calendar's preset has no data for. Reported once, on the `preset` value, naming the years.
 */
export const calendarUnknownYearRule: PlanRule = {
  codes: ['calendar-unknown-year'],
  check(ctx: RuleContext): void {
    const written = ctx.plan.project?.calendar.preset;
    const preset = ctx.schedule.preset;
    if (!written || !preset) {
      return;
    }
    let from = ctx.schedule.start;
    let to = ctx.schedule.finish;
    for (const s of ctx.schedule.tasks.values()) {
      from = Math.min(from, s.start);
      to = Math.max(to, s.end);
    }
    const deadline = ctx.plan.project?.end?.day;
    if (deadline !== undefined) {
      to = Math.max(to, deadline);
    }
    const years = preset.uncoveredYears({ from, to });
    if (years.length === 0) {
      return;
    }
    // A run of years is named by its ends: `2027–2031`, not five numbers.
    const named = years.length > 2 && years[years.length - 1]! - years[0]! === years.length - 1 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
    ctx.report({
      code: 'calendar-unknown-year',
      span: written.span,
      message: messages[ctx.locale].unknownYear(written.value, named, preset.firstYear, preset.lastYear),
      data: { years: years.map(String), first: preset.firstYear, last: preset.lastYear },
    });
  },
};
