import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildReport, renderReport } from '../service';
import type { ReportFormat, ReportKind } from '../service';
import type { Locale } from '../service/l10n/localize';
import { ExitCode } from './exitCodes';
import { terminalText } from './format/terminalText';
import { errorReason } from './fsErrors';
import { interopMessages } from './interopMessages';
import type { CliIo } from './io';
import { cliMessages } from './messages';
import { analyzeText, createService } from './planLoader';
import { readPlanForCommand } from './planInput';

export interface ReportRequest {
  readonly report: ReportKind;
  readonly file: string;
  readonly format: ReportFormat;
  readonly statusDate?: string;
  readonly locale: Locale;
  readonly output?: string;
}

/**
 * `xproj report KIND FILE`: a report the rule books ask for, drawn from the plan, its schedule,
 * forecast and baseline. A plan with problems still gets its report (with a notice of them, and a
 * note on stderr); only an unreadable file or an unwritable output fails.
 */
export function runReport(request: ReportRequest, io: CliIo): ExitCode {
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
  if (request.output === undefined) {
    io.stdout(text);
    return ExitCode.ok;
  }
  try {
    writeFileSync(resolve(io.cwd, request.output), text);
  } catch (e) {
    io.stderr(`xproj: ${terminalText(interopMessages[request.locale].cannotWrite(request.output, errorReason(e)))}\n`);
    return ExitCode.usage;
  }
  return ExitCode.ok;
}
