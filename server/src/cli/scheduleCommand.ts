import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../service/l10n/localize';
import type { ScheduleFormat } from './args';
import { ExitCode } from './exitCodes';
import { colorsEnabled, palette } from './format/colors';
import { formatScheduleJson } from './format/scheduleJson';
import { formatScheduleTable } from './format/scheduleTable';
import { terminalText } from './format/terminalText';
import { errorCode, errorReason } from './fsErrors';
import type { CliIo } from './io';
import { cliMessages } from './messages';
import { analyzeText, createService, readPlanText } from './planLoader';

export interface ScheduleRequest {
  readonly file: string;
  readonly format: ScheduleFormat;
  readonly statusDate?: string;
  readonly locale: Locale;
}

/** `xproj schedule`: the schedule of one plan, whatever else is wrong with it; only an unreadable file fails. */
export function runSchedule(request: ScheduleRequest, io: CliIo): ExitCode {
  const msg = cliMessages[request.locale];
  const absolutePath = resolve(io.cwd, request.file);
  const shownPath = terminalText(request.file);
  let text: string;
  try {
    if (statSync(absolutePath).isDirectory()) {
      io.stderr(`xproj: ${msg.notAFile(shownPath)}\n`);
      return ExitCode.usage;
    }
    text = readPlanText(absolutePath);
  } catch (e) {
    const code = errorCode(e);
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    io.stderr(`xproj: ${missing ? msg.pathNotFound(shownPath) : msg.unreadable(shownPath, terminalText(errorReason(e)))}\n`);
    return ExitCode.usage;
  }
  const service = createService({ locale: request.locale, statusDate: request.statusDate });
  const { analysis } = analyzeText(service, absolutePath, text);
  io.stdout(request.format === 'json' ? formatScheduleJson(analysis) : formatScheduleTable(analysis, request.locale, palette(colorsEnabled(io))));
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`xproj: ${msg.scheduleHasErrors(errors)}\n`);
  }
  return ExitCode.ok;
}
