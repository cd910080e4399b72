import type { Locale } from '../service/l10n/localize';
import type { CheckFormat } from './args';
import { discoverPlans } from './discovery';
import { ExitCode } from './exitCodes';
import { errorReason } from './fsErrors';
import { colorsEnabled, palette } from './format/colors';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import type { CliIo } from './io';
import { cliMessages } from './messages';
import { VERSION, rulesDocumentationUri } from './packageInfo';
import { analyzeText, createService, placeProblems, readPlanText } from './planLoader';
import type { CheckedFile } from './report';
import { countSeverities } from './report';

export interface CheckRequest {
  readonly paths: readonly string[];
  readonly format: CheckFormat;
  readonly statusDate?: string;
  readonly locale: Locale;
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** `xproj check`: every plan's problems on stdout, path problems on stderr. */
export function runCheck(request: CheckRequest, io: CliIo): ExitCode {
  const msg = cliMessages[request.locale];
  const found = discoverPlans(request.paths, io.cwd);
  for (const path of found.missing) {
    io.stderr(`xproj: ${msg.pathNotFound(path)}\n`);
  }
  for (const { path, reason } of found.unreadable) {
    io.stderr(`xproj: ${msg.unreadable(path, reason)}\n`);
  }
  if (found.missing.length > 0) {
    return ExitCode.usage;
  }
  if (found.files.length === 0) {
    io.stderr(`xproj: ${msg.noPlans(request.paths.length > 0 ? request.paths.join(', ') : io.cwd)}\n`);
  }

  const service = createService({ locale: request.locale, statusDate: request.statusDate });
  const checked: CheckedFile[] = [];
  let failed = found.unreadable.length > 0;
  for (const file of found.files) {
    let text: string;
    try {
      text = readPlanText(file.absolutePath);
    } catch (e) {
      io.stderr(`xproj: ${msg.unreadable(file.displayPath, errorReason(e))}\n`);
      failed = true;
      continue;
    }
    try {
      checked.push({ ...file, problems: placeProblems(analyzeText(service, file.absolutePath, text)) });
    } catch (e) {
      io.stderr(`xproj: ${msg.internalError(file.displayPath, describe(e))}\n`);
      failed = true;
    }
  }

  switch (request.format) {
    case 'json':
      io.stdout(formatJson(checked));
      break;
    case 'sarif':
      io.stdout(formatSarif(checked, { cwd: io.cwd, version: VERSION, rulesDocumentationUri: rulesDocumentationUri(), locale: request.locale }));
      break;
    case 'text':
      io.stdout(formatText(checked, request.locale, palette(colorsEnabled(io))));
      break;
  }
  if (failed) {
    return ExitCode.usage;
  }
  return countSeverities(checked).error > 0 ? ExitCode.problems : ExitCode.ok;
}
