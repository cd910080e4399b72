import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../service/l10n/localize';
import { ExitCode } from './exitCodes';
import { terminalText } from './format/terminalText';
import { errorReason } from './fsErrors';
import { interopMessages } from './interopMessages';
import type { CliIo } from './io';

/** Writes a report to `-o OUT`, or to standard output without one. */
export function writeReport(text: string, request: { readonly output?: string; readonly locale: Locale }, io: CliIo): ExitCode {
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
