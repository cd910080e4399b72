import type { Locale } from '../../l10n/localize';

/**
 * A report as text, before it is Markdown or HTML: headings, paragraphs, lists and tables of
 * inline runs. Plan text stays plain strings here; each renderer escapes it for its format, so no
 * report kind writes markup itself.
 */
export type Inline =
  | string
  | { readonly strong: string }
  | { readonly code: string }
  /** A person, department or task: its name with the id beside it, or the id alone. */
  | { readonly id: string; readonly name: string | null };

export type Line = readonly Inline[];

export type Block =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly line: Line }
  | { readonly type: 'notice'; readonly line: Line }
  | { readonly type: 'list'; readonly items: readonly Line[] }
  | { readonly type: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly Line[])[]; readonly numeric?: readonly number[] }
  /** A headed space for the team to write in (lessons learned, proposals). */
  | { readonly type: 'blank'; readonly prompt: string };

export interface ReportDocument {
  readonly locale: Locale;
  readonly title: string;
  /** Under the title: the project, the status date and where it came from. */
  readonly subtitle: Line;
  readonly blocks: readonly Block[];
}

/** Rows a table or list shows before it says how many more there are: a report is read, not searched. */
export const MAX_ROWS = 50;

/** The rows to show, and a line saying how many were left out (or undefined). */
export function capped<T>(rows: readonly T[], more: (n: number) => string, max = MAX_ROWS): { shown: readonly T[]; rest?: Block } {
  if (rows.length <= max) {
    return { shown: rows };
  }
  return { shown: rows.slice(0, max), rest: { type: 'paragraph', line: [more(rows.length - max)] } };
}

/** A table, capped (at `max` rows, `MAX_ROWS` by default), followed by its "and N more" line. */
export function table(head: readonly string[], rows: readonly (readonly Line[])[], more: (n: number) => string, numeric?: readonly number[], max?: number): Block[] {
  const { shown, rest } = capped(rows, more, max);
  return [{ type: 'table', head, rows: shown, ...(numeric ? { numeric } : {}) }, ...(rest ? [rest] : [])];
}

/** Plain text of a line (for titles and tests). */
export function plainText(line: Line): string {
  return line.map((i) => (typeof i === 'string' ? i : 'strong' in i ? i.strong : 'code' in i ? i.code : i.name !== null ? `${i.name} (${i.id})` : i.id)).join('');
}
