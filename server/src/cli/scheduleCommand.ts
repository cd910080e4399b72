import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPlanFile } from '../files/planReader';
import type { Locale } from '../service/l10n/localize';
import type { ScheduleFormat } from './args';
import { ExitCode } from './exitCodes';
import { colorsEnabled, palette } from './format/colors';
import { formatLevellingJson, formatLevellingTable } from './format/levellingTable';
import { formatScheduleJson } from './format/scheduleJson';
import { formatScheduleTable } from './format/scheduleTable';
import { terminalText } from './format/terminalText';
import type { CliIo } from './io';
import { cliMessages, readErrorReason } from './messages';
import { analyzeText, createService } from './planLoader';

export interface ScheduleRequest {
  readonly file: string;
  readonly format: ScheduleFormat;
  readonly statusDate?: string;
  readonly locale: Locale;
  /** Print what a greedy levelling would change instead of the schedule. */
  readonly level?: boolean;
}

/** `xproj schedule`: the schedule of one plan, whatever else is wrong with it; only an unreadable file fails. */
export function runSchedule(request: ScheduleRequest, io: CliIo): ExitCode {
  const msg = cliMessages[request.locale];
  const absolutePath = resolve(io.cwd, request.file);
  const shownPath = terminalText(request.file);
  const read = readPlanFile(absolutePath);
  if (!('text' in read)) {
    const directory = read.error === 'not-a-file' && isDirectory(absolutePath);
    io.stderr(
      `xproj: ${
        directory
          ? msg.notAFile(shownPath)
          : read.error === 'not-found'
            ? msg.pathNotFound(shownPath)
            : msg.unreadable(shownPath, terminalText(readErrorReason(read.error, read.detail, request.locale)))
      }\n`,
    );
    return ExitCode.usage;
  }
  const text = read.text;
  const service = createService({ locale: request.locale, statusDate: request.statusDate }, io.schemaValidator);
  const { analysis } = analyzeText(service, absolutePath, text);
  if (!analysis.plan.project) {
    io.stderr(`xproj: ${msg.noProject(shownPath)}\n`);
    return ExitCode.usage;
  }
  if (request.level) {
    const proposals = service.levelSchedule(analysis);
    io.stdout(request.format === 'json' ? formatLevellingJson(proposals) : formatLevellingTable(proposals, request.locale));
  } else {
    io.stdout(request.format === 'json' ? formatScheduleJson(analysis) : formatScheduleTable(analysis, request.locale, palette(colorsEnabled(io))));
  }
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`xproj: ${msg.scheduleHasErrors(errors)}\n`);
  }
  return ExitCode.ok;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
