import { csvText } from '../../service/utils/csv';
import type { Locale } from '../../service/l10n/localize';
import type { ExportPlan } from './planFacts';
import { cellText, taskTable } from './taskTable';

/** A row per task, as `csvText` writes rows (byte order mark, CRLF). */
export function exportCsv(plan: ExportPlan, locale: Locale): string {
  const table = taskTable(plan, locale);
  return csvText([table.headers, ...table.rows.map((row) => row.map(cellText))]);
}
