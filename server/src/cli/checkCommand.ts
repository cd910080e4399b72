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
import { fixPlan } from './fixPlans';
import { checkPlans, workersFor } from './parallelCheck';
import { createService } from './planLoader';
import { addPortfolioProblems } from './portfolioMerge';
import type { CheckedFile } from './report';
import { countSeverities } from './report';

export interface CheckRequest {
  readonly paths: readonly string[];
  readonly format: CheckFormat;
  readonly statusDate?: string;
  readonly locale: Locale;
  /** Worker threads; by default `workersFor` decides. */
  readonly jobs?: number;
  /** Most problems listed per file (`LanguageService.capProblems`); 0 for all. */
  readonly maxProblems?: number;
  /** Exit 1 past this many warnings (as ESLint). */
  readonly maxWarnings?: number;
  /** Errors only (as ESLint). */
  readonly quiet?: boolean;
  /** Apply the safe fixes first, writing the files back. */
  readonly fix?: boolean;
  /** Check the plans together too (`--portfolio`): people they share from one organisation file. */
  readonly portfolio?: boolean;
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
    // As ESLint: a CI job pointed at the wrong folder must not pass for having checked nothing.
    io.stderr(`xproj: ${msg.noPlans(terminalText(request.paths.length > 0 ? request.paths.join(', ') : io.cwd))}\n`);
    return ExitCode.usage;
  }
  if (request.fix) {
    const service = createService({ locale: request.locale, statusDate: request.statusDate }, io.schemaValidator);
    for (const file of found.files) {
      const fixed = fixPlan(service, file.absolutePath);
      if (fixed) {
        const what = Object.entries(fixed.fixed)
          .map(([code, n]) => `${code} ${n}`)
          .join(', ');
        io.stderr(
          `xproj: ${msg.fixed(
            terminalText(file.displayPath),
            Object.values(fixed.fixed).reduce((a, b) => a + b, 0),
            what,
          )}\n`,
        );
      }
    }
  }

  const checked: CheckedFile[] = [];
  let failed = found.unreadable.length > 0;
  const paths = found.files.map((f) => f.absolutePath);
  // More workers than files would only load the checker more times.
  const workers = request.jobs === undefined ? workersFor(paths) : Math.min(request.jobs, paths.length);
  const options = { locale: request.locale, statusDate: request.statusDate, maxProblems: request.maxProblems, portfolio: request.portfolio === true };
  const checkedAlone = checkPlans(paths, options, workers, io.schemaValidator);
  const outcomes = request.portfolio
    ? addPortfolioProblems(createService(options, io.schemaValidator), paths, checkedAlone, request.maxProblems)
    : checkedAlone;
  found.files.forEach((file, i) => {
    const outcome = outcomes[i]!;
    if (outcome.kind === 'checked') {
      checked.push(
        request.quiet
          ? errorsOnly({ ...file, problems: outcome.problems, counts: outcome.counts })
          : { ...file, problems: outcome.problems, counts: outcome.counts },
      );
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
  const counts = countSeverities(checked);
  if (request.maxWarnings !== undefined && counts.warning > request.maxWarnings) {
    io.stderr(`xproj: ${msg.tooManyWarnings(counts.warning, request.maxWarnings)}\n`);
    return ExitCode.problems;
  }
  return counts.error > 0 ? ExitCode.problems : ExitCode.ok;
}

/** `--quiet`: the errors alone, and counted alone, as ESLint does. */
function errorsOnly(file: CheckedFile): CheckedFile {
  return { ...file, problems: file.problems.filter((p) => p.severity === 'error'), counts: { error: file.counts.error, warning: 0, info: 0, hint: 0 } };
}
