import type { Block, Line } from '../../../../../common/reportDocument';

// The document's types are shared with the editor's report view.
export type { Block, Inline, Line, ReportDocument } from '../../../../../common/reportDocument';

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
export function table(
  head: readonly string[],
  rows: readonly (readonly Line[])[],
  more: (n: number) => string,
  numeric?: readonly number[],
  max?: number,
  alerts?: readonly { readonly row: number; readonly column: number }[],
): Block[] {
  const { shown, rest } = capped(rows, more, max);
  const shownAlerts = alerts?.filter((a) => a.row < shown.length);
  return [
    { type: 'table', head, rows: shown, ...(numeric ? { numeric } : {}), ...(shownAlerts && shownAlerts.length > 0 ? { alerts: shownAlerts } : {}) },
    ...(rest ? [rest] : []),
  ];
}

/** Plain text of a line (for titles and tests). */
export function plainText(line: Line): string {
  return line
    .map((i) => (typeof i === 'string' ? i : 'strong' in i ? i.strong : 'code' in i ? i.code : i.name !== null ? `${i.name} (${i.id})` : i.id))
    .join('');
}
