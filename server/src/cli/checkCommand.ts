import type { Locale } from '../service/l10n/localize';
import type { CheckFormat } from './args';
import { discoverPlans } from './discovery';
import { ExitCode } from './exitCodes';
import { colorsEnabled, palette } from './format/colors';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { terminalLines, terminalText } from './format/terminalText';
import { formatText } from './format/text';
import type { CliIo } from './io';
import { cliMessages, readErrorReason } from './messages';
import { VERSION, rulesDocumentationUri } from './packageInfo';
import { checkPlans, workersFor } from './parallelCheck';
import type { CheckedFile } from './report';
import { countSeverities } from './report';

export interface CheckRequest {
  readonly paths: readonly string[];
  readonly format: CheckFormat;
  readonly statusDate?: string;
  readonly locale: Locale;
  /** Worker threads; by default `workersFor` decides. */
  readonly jobs?: number;
}

/** `xproj check`: every plan's problems on stdout, path problems on stderr. */
export function runCheck(request: CheckRequest, io: CliIo): ExitCode {
  const msg = cliMessages[request.locale];
  const found = discoverPlans(request.paths, io.cwd);
  for (const path of found.missing) {
    io.stderr(`xproj: ${msg.pathNotFound(terminalText(path))}\n`);
  }
  for (const { path, reason } of found.unreadable) {
    io.stderr(`xproj: ${msg.unreadable(terminalText(path), terminalText(reason))}\n`);
  }
  if (found.missing.length > 0) {
    return ExitCode.usage;
  }
  if (found.files.length === 0) {
    io.stderr(`xproj: ${msg.noPlans(terminalText(request.paths.length > 0 ? request.paths.join(', ') : io.cwd))}\n`);
  }

  const checked: CheckedFile[] = [];
  let failed = found.unreadable.length > 0;
  const paths = found.files.map((f) => f.absolutePath);
  // More workers than files would only load the checker more times.
  const workers = request.jobs === undefined ? workersFor(paths) : Math.min(request.jobs, paths.length);
  const outcomes = checkPlans(paths, { locale: request.locale, statusDate: request.statusDate }, workers, io.schemaValidator);
  found.files.forEach((file, i) => {
    const outcome = outcomes[i]!;
    if (outcome.kind === 'checked') {
      checked.push({ ...file, problems: outcome.problems });
      return;
    }
    const path = terminalText(file.displayPath);
    io.stderr(
      `xproj: ${
        outcome.kind === 'unreadable'
          ? msg.unreadable(path, terminalText(readErrorReason(outcome.error, outcome.detail, request.locale)))
          : msg.internalError(path, terminalLines(outcome.error))
      }\n`,
    );
    failed = true;
  });

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
