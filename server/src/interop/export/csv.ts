import type { Locale } from '../../service/l10n/localize';
import type { ExportPlan } from './planFacts';
import { cellText, taskTable } from './taskTable';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A row per task, UTF-8 with a byte order mark (without it Excel reads Chinese as mojibake), CRLF
 * line ends as RFC 4180 and Excel have them.
 */
export function exportCsv(plan: ExportPlan, locale: Locale): string {
  const table = taskTable(plan, locale);
  const lines = [table.headers, ...table.rows.map((row) => row.map(cellText))].map((fields) => fields.map(csvField).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
