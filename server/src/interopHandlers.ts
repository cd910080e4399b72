import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseIsoDate } from '../../common/dates';
import type { AnalysisCache } from './analysisCache';
import { findCjkFont } from './files/cjkFont';
import { resvgWasm } from './files/resvgWasm';
import { isExportFormat } from './interop/export/formats';
import { loadInterop } from './interopLoader';
import { exportPlanRequest, importPlanRequest } from './protocol';
import type { ExportPlanParams, ExportPlanResult, ImportPlanParams, ImportPlanResult } from './protocol';
import { normalizeLocale } from './service/l10n/localize';
import type { Logger } from './utils/runner';

/** Bytes a client may send for import: the CLI's bound. */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export interface InteropHandlerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: AnalysisCache;
  readonly logger: Logger;
}

/**
 * `xproj/export` and `xproj/import`, for the editor's Export Plan and Import Plan commands. They
 * run the CLI's own code (loaded from dist/interop.js on first use) on the open document's cached
 * analysis, or on bytes the client read, so the client never needs the CLI or Node libraries. A
 * refusal (no CJK font, a file that is not MS Project XML) is an InvalidRequest with the message
 * for the user; anything else is logged and answered with null.
 */
export function registerInteropHandlers(ctx: InteropHandlerContext): void {
  const refuse = (message: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidRequest, message);

  ctx.connection.onRequest(exportPlanRequest, async (params: ExportPlanParams): Promise<ExportPlanResult | null | ResponseError<void>> => {
    const document = typeof params?.uri === 'string' ? ctx.documents.get(params.uri) : undefined;
    if (!document || typeof params.format !== 'string' || !isExportFormat(params.format)) {
      return null;
    }
    const interop = loadInterop();
    try {
      const chart = params.format === 'svg' || params.format === 'png' || params.format === 'pdf';
      const found = chart ? findCjkFont(process.env) : undefined;
      const day = (iso: unknown): number | undefined => (typeof iso === 'string' ? parseIsoDate(iso) : undefined);
      const out = await interop.exportPlan(ctx.cache.get(document), params.format, {
        locale: normalizeLocale(params.locale),
        from: day(params.from),
        until: day(params.until),
        ...(found && 'bytes' in found ? { font: found.bytes } : {}),
        resvgWasm,
      });
      return 'text' in out ? { text: out.text } : { base64: Buffer.from(out.bytes).toString('base64') };
    } catch (e) {
      if (e instanceof interop.ExportError) {
        return refuse(e.message);
      }
      ctx.logger.error(`Error while exporting ${params.uri} as ${params.format}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return null;
    }
  });

  ctx.connection.onRequest(importPlanRequest, async (params: ImportPlanParams): Promise<ImportPlanResult | null | ResponseError<void>> => {
    if (typeof params?.fileName !== 'string' || typeof params.base64 !== 'string' || params.base64.length > (MAX_IMPORT_BYTES * 4) / 3 + 4) {
      return null;
    }
    const interop = loadInterop();
    try {
      const result = await interop.importPlan(Buffer.from(params.base64, 'base64'), params.fileName, normalizeLocale(params.locale));
      return { yaml: result.yaml, notes: [...result.notes] };
    } catch (e) {
      if (e instanceof interop.ImportError) {
        return refuse(e.message);
      }
      ctx.logger.error(`Error while importing ${params.fileName}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return null;
    }
  });
}
