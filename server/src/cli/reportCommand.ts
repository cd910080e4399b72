import { buildReport, renderReport } from '../service';
import type { Locale } from '../service/l10n/localize';
import type { ReportChoice } from './args';
import { ExitCode } from './exitCodes';
import type { CliIo } from './io';
import { runLoadReport } from './loadReportCommand';
import { cliMessages } from './messages';
import { analyzeText, createService } from './planLoader';
import { readPlanForCommand } from './planInput';
import { writeReport } from './reportOutput';

export type ReportRequest = {
  /** A plan file; for `load`, a folder too. */
  readonly file: string;
  readonly statusDate?: string;
  readonly locale: Locale;
  readonly output?: string;
} & ReportChoice;

/**
 * `xproj report KIND FILE`: a report the rule books ask for, drawn from the plan, its schedule,
 * forecast and baseline. A plan with problems still gets its report (with a notice of them, and a
 * note on stderr); only an unreadable file or an unwritable output fails.
 */
export function runReport(request: ReportRequest, io: CliIo): ExitCode {
  if (request.report === 'load') {
    return runLoadReport(request, io);
  }
  const read = readPlanForCommand(request.file, request.locale, io);
  if (read === undefined) {
    return ExitCode.usage;
  }
  const service = createService({ locale: request.locale, statusDate: request.statusDate }, io.schemaValidator);
  const { analysis } = analyzeText(service, read.absolutePath, read.text);
  const model = buildReport(analysis, {
    kind: request.report,
    locale: request.locale,
    ...(request.statusDate !== undefined ? { statusDate: request.statusDate } : {}),
  });
  const text = renderReport(model, request.format, request.locale);
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`xproj: ${cliMessages[request.locale].scheduleHasErrors(errors)}\n`);
  }
  return writeReport(text, request, io);
}
