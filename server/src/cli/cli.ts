import { parseArgs } from './args';
import { loadInterop } from '../interopLoader';
import { runCheck } from './checkCommand';
import { runDiff } from './diffCommand';
import { ExitCode } from './exitCodes';
import { helpText } from './help';
import type { CliIo } from './io';
import { resolveLocale } from './locale';
import { runLsp } from './lspCommand';
import { usageMessage } from './messages';
import { VERSION } from './packageInfo';
import { runReport } from './reportCommand';
import { runSchedule } from './scheduleCommand';

/**
 * Runs one `xproj` command line (argv without `node` and the script) and returns the exit code;
 * `export` and `import` return it as a promise (spreadsheets, images and PDF are written asynchronously).
 */
export function runCli(argv: readonly string[], io: CliIo): ExitCode | Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(usageMessage(parsed.error, resolveLocale(parsed.locale, io.env)));
    return ExitCode.usage;
  }
  const invocation = parsed.invocation;
  switch (invocation.kind) {
    case 'version':
      io.stdout(`${VERSION}\n`);
      return ExitCode.ok;
    case 'help': {
      const text = helpText(invocation.topic, resolveLocale(invocation.locale, io.env));
      // Bare `xproj` is a usage error: scripts that forgot the command should not pass.
      if (invocation.misuse) {
        io.stderr(text);
        return ExitCode.usage;
      }
      io.stdout(text);
      return ExitCode.ok;
    }
    case 'check':
      return runCheck({ ...invocation, locale: resolveLocale(invocation.locale, io.env) }, io);
    case 'schedule':
      return runSchedule({ ...invocation, locale: resolveLocale(invocation.locale, io.env) }, io);
    case 'diff':
      return runDiff({ ...invocation, locale: resolveLocale(invocation.locale, io.env) }, io);
    case 'report':
      return runReport({ ...invocation, locale: resolveLocale(invocation.locale, io.env) }, io);
    // Loaded on use: the spreadsheet, image and PDF libraries would slow every other command's start.
    case 'export':
      return loadInterop().runExport({ ...invocation, locale: resolveLocale(invocation.locale, io.env) }, io);
    case 'import':
      return loadInterop().runImport({ ...invocation, locale: resolveLocale(invocation.locale, io.env) }, io);
    case 'lsp':
      return runLsp(resolveLocale(invocation.locale, io.env), io);
  }
}
