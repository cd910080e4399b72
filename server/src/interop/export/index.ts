import type { PlanAnalysis } from '../../service';
import type { Locale } from '../../service/l10n/localize';
import type { ExportFormat } from './formats';
import { exportFacts } from './planFacts';
import { exportCsv } from './csv';
import { exportIcs } from './ics';
import { exportMermaid } from './mermaid';
import { exportMspdi } from './mspdi';
import { exportTjp } from './tjp';
import { exportXlsx } from './xlsx';

/** What an export may be asked besides the format. */
export interface ExportOptions {
  readonly locale: Locale;
  /** The chart's first and last day shown (svg, png, pdf), as day numbers. */
  readonly from?: number;
  readonly until?: number;
  /** Mermaid: wrap the block in a ```mermaid fence (for Markdown files). */
  readonly fenced?: boolean;
}

/** An export's result: text (UTF-8 when written) or bytes. */
export type ExportOutput = { readonly text: string } | { readonly bytes: Uint8Array };

/** Writes the analysis in one format. Throws `ExportError` for what the format cannot take. */
export async function exportPlan(analysis: PlanAnalysis, format: ExportFormat, options: ExportOptions): Promise<ExportOutput> {
  const plan = exportFacts(analysis);
  switch (format) {
    case 'tjp':
      return { text: exportTjp(plan).text };
    case 'csv':
      return { text: exportCsv(plan, options.locale) };
    case 'ics':
      return { text: exportIcs(plan, options.locale) };
    case 'mspdi':
      return { text: exportMspdi(plan, options.locale) };
    case 'xlsx':
      return { bytes: await exportXlsx(plan, options.locale) };
    case 'mermaid':
      return { text: exportMermaid(plan, options.locale, options.fenced) };
    default:
      throw new ExportError(`${format} is not available yet`);
  }
}

/** A plan that a format cannot take, or an environment that lacks what the format needs (a font). */
export class ExportError extends Error {}
