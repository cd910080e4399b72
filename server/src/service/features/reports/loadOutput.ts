import type { Locale } from '../../l10n/localize';
import { csvText, spreadsheetText } from '../../utils/csv';
import { renderHtml } from './htmlRenderer';
import type { LoadReport } from './load';
import { loadDocument } from './loadText';
import { renderMarkdown } from './markdownRenderer';
import type { LoadReportFormat } from './reportTypes';

/** The CSV's columns, in the report's language. */
const CSV_HEAD: Readonly<Record<Locale, readonly string[]>> = {
  en: ['person id', 'name', 'department id', 'department', 'week', 'peak load', 'capacity', 'average load', 'over', 'plans'],
  'zh-cn': ['人员 ID', '姓名', '部门 ID', '部门', '周（周一）', '最高日负荷', '产能', '平均负荷', '超出产能', '计划'],
};

/**
 * The load report as CSV for a spreadsheet: a row per person and week with load, in the report's
 * order. Text fields cannot run as formulas (`spreadsheetText`); numbers are plain FTE.
 */
export function loadCsv(r: LoadReport, locale: Locale): string {
  const rows = r.people.flatMap((p) =>
    p.weeks.map((w) => [
      spreadsheetText(p.id),
      spreadsheetText(p.name ?? ''),
      spreadsheetText(p.department?.id ?? ''),
      spreadsheetText(p.department?.name ?? ''),
      w.week,
      String(w.peak),
      String(p.capacity),
      String(w.average),
      String(w.over),
      spreadsheetText(w.plans.join('; ')),
    ]),
  );
  return csvText([CSV_HEAD[locale], ...rows]);
}

/** The load report as Markdown, one printable HTML page, JSON (the `LoadReport` itself) or CSV. */
export function renderLoadReport(r: LoadReport, format: LoadReportFormat, locale: Locale): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(r, null, 2)}\n`;
    case 'markdown':
      return renderMarkdown(loadDocument(r, locale));
    case 'html':
      return renderHtml(loadDocument(r, locale));
    case 'csv':
      return loadCsv(r, locale);
  }
}
