import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Locale } from '../../l10n/localize';
import { closingReport } from './closing';
import type { ClosingReport } from './closing';
import { closingDocument } from './closingText';
import { fundsReport } from './funds';
import type { FundsReport } from './funds';
import { fundsDocument } from './fundsText';
import { renderHtml } from './htmlRenderer';
import { renderMarkdown } from './markdownRenderer';
import type { ReportDocument } from './reportDocument';
import type { ReportFormat, ReportOptions } from './reportTypes';
import { risksReport } from './risks';
import type { RisksReport } from './risks';
import { risksDocument } from './risksText';
import { weeklyReport } from './weekly';
import type { WeeklyReport } from './weekly';
import { weeklyDocument } from './weeklyText';

/** A report's model: FORMAT.md's JSON shape for its kind, with what the text needs beside it. */
export type ReportModel = WeeklyReport | FundsReport | RisksReport | ClosingReport;

/**
 * The report of one analysed plan: pure, so the CLI, the language server and a webview can all
 * call it. A plan with problems still gets its report, with notices saying what is wrong.
 */
export function buildReport(analysis: PlanAnalysis, options: ReportOptions): ReportModel {
  switch (options.kind) {
    case 'weekly':
      return weeklyReport(analysis, options);
    case 'funds':
      return fundsReport(analysis, options);
    case 'risks':
      return risksReport(analysis, options);
    case 'closing':
      return closingReport(analysis, options);
  }
}

/** The report as headings, paragraphs and tables in the user's language. */
export function reportDocument(model: ReportModel, locale: Locale): ReportDocument {
  switch (model.kind) {
    case 'weekly':
      return weeklyDocument(model, locale);
    case 'funds':
      return fundsDocument(model, locale);
    case 'risks':
      return risksDocument(model, locale);
    case 'closing':
      return closingDocument(model, locale);
  }
}

/** The report as Markdown, a self-contained HTML page, or JSON (the contract's shape). */
export function renderReport(model: ReportModel, format: ReportFormat, locale: Locale): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(model, null, 2)}\n`;
    case 'markdown':
      return renderMarkdown(reportDocument(model, locale));
    case 'html':
      return renderHtml(reportDocument(model, locale));
  }
}
