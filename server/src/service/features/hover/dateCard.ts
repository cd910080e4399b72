import { dayLabel } from '../calendarDays';
import type { CardContext } from './context';
import { dateWithWeekday, escapeMarkdown } from './markdown';

/** `**2026-02-14** (Sat) · make-up working day (Spring Festival)`: what the plan's calendar makes of a date. */
export function dateCard(ctx: CardContext, day: number): string {
  const text = dateWithWeekday(day, ctx.locale);
  // The date alone is bold; the weekday follows it.
  return `**${text.slice(0, 10)}**${text.slice(10)} · ${dayLabel(ctx.analysis, day, ctx.locale, escapeMarkdown)}`;
}
