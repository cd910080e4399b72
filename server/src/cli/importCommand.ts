import type { Locale } from '../service/l10n/localize';
import { ExitCode } from './exitCodes';
import type { ImportInvocation } from './interopArgs';
import { interopMessages } from './interopMessages';
import type { CliIo } from './io';

export type ImportRequest = Omit<ImportInvocation, 'locale'> & { readonly locale: Locale };

/** `xproj import`: a plan from MS Project XML, CSV or XLSX. */
export async function runImport(request: ImportRequest, io: CliIo): Promise<ExitCode> {
  io.stderr(`xproj: ${interopMessages[request.locale].importFailed(request.file, 'not available yet')}\n`);
  return ExitCode.usage;
}
