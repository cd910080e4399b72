import { resolve } from 'node:path';
import { baselineErrorMessage, computePlanDiff, planDiffMarkdown, slipped } from '../service';
import type { Locale } from '../service/l10n/localize';
import { readPlanFile } from '../files/planReader';
import type { DiffFormat } from './args';
import { ExitCode } from './exitCodes';
import { colorsEnabled, palette } from './format/colors';
import { formatDiffText } from './format/diffText';
import { terminalText } from './format/terminalText';
import type { CliIo } from './io';
import { cliMessages, readErrorReason } from './messages';
import { analyzeText, createService } from './planLoader';

export interface DiffRequest {
  readonly base?: string;
  readonly file: string;
  readonly format: DiffFormat;
  readonly statusDate?: string;
  readonly locale: Locale;
  readonly failOnSlip: boolean;
}

/** `xproj diff [BASE] FILE`: how a plan differs from its baseline (FORMAT.md's JSON shape, or text or Markdown). */
export function runDiff(request: DiffRequest, io: CliIo): ExitCode {
  const msg = cliMessages[request.locale];
  const shownPath = terminalText(request.file);
  const absolutePath = resolve(io.cwd, request.file);
  const read = readPlanFile(absolutePath);
  if (!('text' in read)) {
    io.stderr(
      `xproj: ${read.error === 'not-found' ? msg.pathNotFound(shownPath) : msg.unreadable(shownPath, terminalText(readErrorReason(read.error, read.detail, request.locale)))}\n`,
    );
    return ExitCode.usage;
  }
  const settings = {
    ...(request.statusDate !== undefined ? { statusDate: request.statusDate } : {}),
    ...(request.base !== undefined ? { baseline: request.base } : {}),
  };
  const service = createService({ locale: request.locale, statusDate: request.statusDate }, io.schemaValidator);
  service.configure(settings);
  const { analysis } = analyzeText(service, absolutePath, read.text);
  const baseline = analysis.baseline;
  if (!baseline) {
    io.stderr(`xproj: ${msg.noBaseline(shownPath)}\n`);
    return ExitCode.usage;
  }
  if ('error' in baseline) {
    io.stderr(`xproj: ${terminalText(baselineErrorMessage(baseline.error, request.base ?? analysis.plan.project?.baseline?.value ?? '', request.locale))}\n`);
    return ExitCode.usage;
  }
  const diff = computePlanDiff(analysis)!;
  const name = analysis.plan.project?.name?.value ?? analysis.plan.project?.id?.value ?? request.file;
  switch (request.format) {
    case 'json':
      io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
      break;
    case 'markdown':
      io.stdout(planDiffMarkdown(diff, name, request.locale, analysis.plan.budget?.currency?.value));
      break;
    case 'text':
      io.stdout(formatDiffText(diff, request.locale, palette(colorsEnabled(io))));
      break;
  }
  return request.failOnSlip && slipped(diff) ? ExitCode.problems : ExitCode.ok;
}
