import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseIsoDate } from '../../../common/dates';
import { ExportError, exportPlan } from '../interop/export';
import type { Locale } from '../service/l10n/localize';
import { ExitCode } from './exitCodes';
import { errorReason } from './fsErrors';
import type { ExportInvocation } from './interopArgs';
import { interopMessages } from './interopMessages';
import type { CliIo } from './io';
import { cliMessages } from './messages';
import { analyzeText, createService } from './planLoader';
import { readPlanForCommand } from './planInput';
import { findCjkFont } from '../files/cjkFont';
import { resvgWasm } from '../files/resvgWasm';

/**
 * What the chart formats take from the machine: the CJK font (for SVG only to measure names, when
 * one is there), and resvg's WebAssembly module for PNG.
 */
function chartResources(io: CliIo, format: 'svg' | 'png' | 'pdf'): { font?: Uint8Array; resvgWasm?: () => Uint8Array } {
  const found = findCjkFont(io.env);
  const font = found && 'bytes' in found ? found.bytes : undefined;
  return { ...(font ? { font } : {}), ...(format === 'png' ? { resvgWasm } : {}) };
}

export type ExportRequest = Omit<ExportInvocation, 'locale'> & { readonly locale: Locale };

/** `xproj export`: the plan in another tool's format, with the dates XProj computed. */
export async function runExport(request: ExportRequest, io: CliIo): Promise<ExitCode> {
  const msg = interopMessages[request.locale];
  const read = readPlanForCommand(request.file, request.locale, io);
  if (read === undefined) {
    return ExitCode.usage;
  }
  const service = createService({ locale: request.locale, statusDate: request.statusDate }, io.schemaValidator);
  const { analysis } = analyzeText(service, read.absolutePath, read.text);
  let output;
  try {
    output = await exportPlan(analysis, request.format, {
      locale: request.locale,
      from: request.from !== undefined ? parseIsoDate(request.from) : undefined,
      until: request.until !== undefined ? parseIsoDate(request.until) : undefined,
      fenced: request.output !== undefined && /\.(md|markdown)$/i.test(request.output),
      ...(request.format === 'png' || request.format === 'pdf' || request.format === 'svg' ? chartResources(io, request.format) : {}),
    });
  } catch (e) {
    if (e instanceof ExportError) {
      io.stderr(`xproj: ${msg.exportFailed(request.format, e.message)}\n`);
      return ExitCode.usage;
    }
    throw e;
  }
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`xproj: ${cliMessages[request.locale].scheduleHasErrors(errors)}\n`);
  }
  if (request.output === undefined) {
    io.stdout('text' in output ? output.text : '');
    return ExitCode.ok;
  }
  const target = resolve(io.cwd, request.output);
  try {
    writeFileSync(target, 'text' in output ? output.text : output.bytes);
  } catch (e) {
    io.stderr(`xproj: ${msg.cannotWrite(request.output, errorReason(e))}\n`);
    return ExitCode.usage;
  }
  return ExitCode.ok;
}
