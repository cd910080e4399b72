import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { MAX_PLAN_BYTES, readRegularFile } from '../files/planReader';
import { ImportError, importPlan } from '../interop/import';
import type { Locale } from '../service/l10n/localize';
import { ExitCode } from './exitCodes';
import { errorReason } from './fsErrors';
import type { ImportInvocation } from './interopArgs';
import { interopMessages } from './interopMessages';
import type { CliIo } from './io';
import { cliMessages, readErrorReason } from './messages';

export type ImportRequest = Omit<ImportInvocation, 'locale'> & { readonly locale: Locale };

/** The largest file `xproj import` reads: the same bound as a plan file (32 MB), checked before reading. */
export const MAX_IMPORT_BYTES = MAX_PLAN_BYTES;

/** `xproj import`: a plan from MS Project XML, CSV or XLSX; what is not carried over goes to stderr too. */
export async function runImport(request: ImportRequest, io: CliIo): Promise<ExitCode> {
  const msg = interopMessages[request.locale];
  const cli = cliMessages[request.locale];
  const read = readRegularFile(resolve(io.cwd, request.file), MAX_IMPORT_BYTES);
  if (!('bytes' in read)) {
    io.stderr(
      `xproj: ${read.error === 'not-found' ? cli.pathNotFound(request.file) : cli.unreadable(request.file, readErrorReason(read.error, read.detail, request.locale))}\n`,
    );
    return ExitCode.usage;
  }
  let result;
  try {
    result = await importPlan(read.bytes, basename(request.file), request.locale);
  } catch (e) {
    if (e instanceof ImportError) {
      io.stderr(`xproj: ${msg.importFailed(request.file, e.message)}\n`);
      return ExitCode.usage;
    }
    throw e;
  }
  if (result.notes.length > 0) {
    io.stderr(`xproj: ${msg.notCarried(result.notes.length)}\n${result.notes.map((n) => `  - ${n}\n`).join('')}`);
  }
  if (request.output === undefined) {
    io.stdout(result.yaml);
    return ExitCode.ok;
  }
  try {
    writeFileSync(resolve(io.cwd, request.output), result.yaml);
  } catch (e) {
    io.stderr(`xproj: ${msg.cannotWrite(request.output, errorReason(e))}\n`);
    return ExitCode.usage;
  }
  return ExitCode.ok;
}
