import type { Locale } from '../../l10n/localize';
import { formatDay, weekdayOf } from '../../../../../common/dates';

/** How many entries a hover lists before it says "and N more". */
export const MAX_LISTED = 8;

const WEEKDAY_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  'zh-cn': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
};

/** Plan text (names, titles) shown as Markdown: characters that would format or link are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** An inline code span that survives backticks in its text. */
export function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = runs.length > 0 ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** `李四 (`li-si`)`, or just the id in code when the entity has no name. */
export function named(id: string, name: string | undefined, locale: Locale): string {
  if (name === undefined || name.length === 0 || name === id) {
    return code(id);
  }
  return locale === 'zh-cn' ? `${escapeMarkdown(name)}（${code(id)}）` : `${escapeMarkdown(name)} (${code(id)})`;
}

/** `` `kickoff` 召开项目启动会 ``: id first, for lists of tasks where ids are what people search for. */
export function idThenName(id: string, name: string | undefined): string {
  return name !== undefined && name.length > 0 && name !== id ? `${code(id)} ${escapeMarkdown(name)}` : code(id);
}

/** `2026-03-02 (Mon)` or `2026-03-02（周一）`. */
export function dateWithWeekday(day: number, locale: Locale): string {
  const weekday = WEEKDAY_NAMES[locale][weekdayOf(day)] ?? '';
  return locale === 'zh-cn' ? `${formatDay(day)}（${weekday}）` : `${formatDay(day)} (${weekday})`;
}

/**
 * Items joined for one line: at most `MAX_LISTED` of them rendered (a person may own thousands
 * of tasks), then the `more` text; undefined for no items.
 */
export function inlineList<T>(items: readonly T[], render: (item: T) => string, locale: Locale, more: (n: number) => string): string | undefined {
  if (items.length === 0) {
    return undefined;
  }
  const shown = items
    .slice(0, MAX_LISTED)
    .map(render)
    .join(locale === 'zh-cn' ? '、' : ', ');
  return items.length > MAX_LISTED ? `${shown} ${more(items.length - MAX_LISTED)}` : shown;
}

/** A bullet list of at most `MAX_LISTED` rendered items, then a bullet with the `more` text. */
export function bulletList<T>(items: readonly T[], render: (item: T) => string, more: (n: number) => string): string {
  const lines = items.slice(0, MAX_LISTED).map((i) => `- ${render(i)}`);
  if (items.length > MAX_LISTED) {
    lines.push(`- ${more(items.length - MAX_LISTED)}`);
  }
  return lines.join('\n');
}

/** `Label: value` lines joined with hard line breaks; undefined lines are left out. */
export function fieldLines(lines: readonly (string | undefined)[]): string {
  return lines.filter((l): l is string => l !== undefined && l.length > 0).join('  \n');
}

/** Paragraphs of a card; empty ones are left out. */
export function paragraphs(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p.length > 0).join('\n\n');
}
