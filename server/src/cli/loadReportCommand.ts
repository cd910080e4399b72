import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadReport, renderLoadReport } from '../service';
import type { LoadReportFormat, PlanAnalysis } from '../service';
import type { Locale } from '../service/l10n/localize';
import { readPlanFile } from '../files/planReader';
import { discoverPlans } from './discovery';
import { ExitCode } from './exitCodes';
import { terminalText } from './format/terminalText';
import type { CliIo } from './io';
import { cliMessages, readErrorReason } from './messages';
import { analyzeText, createService } from './planLoader';
import { readPlanForCommand } from './planInput';
import { writeReport } from './reportOutput';

export interface LoadReportRequest {
  readonly report: 'load';
  /** One plan, counted alone, or a folder: every plan in it (as `check --portfolio` finds them), counted together. */
  readonly file: string;
  readonly format: LoadReportFormat;
  readonly statusDate?: string;
  readonly locale: Locale;
  readonly output?: string;
}

/**
 * `xproj report load FILE|FOLDER`: each person's load per week over the plans. Plans with problems
 * are still counted (with a notice, and a note on stderr); a plan that cannot be read, or a folder
 * with none, fails (exit 2) rather than give a load that leaves plans out.
 */
export function runLoadReport(request: LoadReportRequest, io: CliIo): ExitCode {
  const msg = cliMessages[request.locale];
  const analyses = isFolder(resolve(io.cwd, request.file)) ? folderAnalyses(request, io) : fileAnalyses(request, io);
  if (analyses === undefined) {
    return ExitCode.usage;
  }
  for (const { display, analysis } of analyses) {
    const errors = analysis.problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) {
      io.stderr(`xproj: ${terminalText(display)}: ${msg.scheduleHasErrors(errors)}\n`);
    }
  }
  const model = loadReport(
    analyses.map((a) => a.analysis),
    request.statusDate !== undefined ? { statusDate: request.statusDate } : {},
  );
  if (model.people.length === 0) {
    // The document says so too; CSV and JSON cannot, and a script should hear why its table is empty.
    io.stderr(`xproj: ${msg.noLoad(terminalText(request.file))}\n`);
  }
  return writeReport(renderLoadReport(model, request.format, request.locale), request, io);
}

interface Analysed {
  readonly display: string;
  readonly analysis: PlanAnalysis;
}

function fileAnalyses(request: LoadReportRequest, io: CliIo): Analysed[] | undefined {
  const read = readPlanForCommand(request.file, request.locale, io);
  if (read === undefined) {
    return undefined;
  }
  const service = createService({ locale: request.locale, statusDate: request.statusDate }, io.schemaValidator);
  return [{ display: request.file, analysis: analyzeText(service, read.absolutePath, read.text).analysis }];
}

/**
 * Every plan of the folder. Files without a project are libraries of people, counted through the
 * plans that import them; one with errors is kept all the same (a broken plan loses its project),
 * so that the report says so rather than leave its load out unsaid.
 */
function folderAnalyses(request: LoadReportRequest, io: CliIo): Analysed[] | undefined {
  const msg = cliMessages[request.locale];
  const found = discoverPlans([request.file], io.cwd);
  for (const { path, reason } of found.unreadable) {
    io.stderr(`xproj: ${msg.unreadable(terminalText(path), terminalText(reason))}\n`);
  }
  if (found.files.length === 0) {
    io.stderr(`xproj: ${msg.noPlans(terminalText(request.file))}\n`);
  }
  if (found.unreadable.length > 0 || found.files.length === 0) {
    return undefined;
  }
  const service = createService({ locale: request.locale, statusDate: request.statusDate }, io.schemaValidator);
  const analyses: Analysed[] = [];
  let failed = false;
  for (const file of found.files) {
    const read = readPlanFile(file.absolutePath);
    if (!('text' in read)) {
      io.stderr(`xproj: ${msg.unreadable(terminalText(file.displayPath), terminalText(readErrorReason(read.error, read.detail, request.locale)))}\n`);
      failed = true;
      continue;
    }
    const { analysis } = analyzeText(service, file.absolutePath, read.text);
    if (analysis.plan.project || analysis.problems.some((p) => p.severity === 'error')) {
      analyses.push({ display: file.displayPath, analysis });
    }
  }
  return failed ? undefined : analyses;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
