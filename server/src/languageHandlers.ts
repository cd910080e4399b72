import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysisCache';
import {
  baselineCandidatesRequest,
  compareWithBaselineRequest,
  ganttEditRequest,
  ganttModelRequest,
  resourceLoadRequest,
  portfolioViewRequest,
  riskListRequest,
  reportRequest,
  taskTreeRequest,
  taskUpdateRequest,
} from './protocol';
import type { BaselineCandidates } from './protocol';
import type { GanttEditParams, PlanParams, ReportParams, TaskUpdateParams, ViewParams } from './protocol';
import { GanttEditRefusal, REPORT_KINDS, RenameRefusal, TaskUpdateRefusal, isCodeLensData } from './service';
import type { LanguageService, PlanAnalysis } from './service';
import { registerInteropHandlers } from './interopHandlers';
import { runSafe } from './utils/runner';
import type { Logger } from './utils/runner';
import type { WorkspacePlans } from './workspacePlans';
import type { ViewRevisions } from './viewRevisions';
import { GANTT_PATCHES, TASK_TREE_PATCHES } from './viewPatches';

/** What every handler needs from the server. */
export interface HandlerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: AnalysisCache;
  readonly workspace: WorkspacePlans;
  readonly service: LanguageService;
  readonly logger: Logger;
  /** Publishes the document's diagnostics now if its check is still waiting: a request is about to analyse it anyway. */
  readonly publishPending: (uri: string) => void;
  /** The tags and recent commits a plan can be compared with (git, bounded; none in Restricted Mode). */
  readonly baselineCandidates: (uri: string) => BaselineCandidates;
  /** The last task tree and Gantt model sent for each plan, which the next answers patch. */
  readonly views: ViewRevisions;
}

/**
 * Registers one short handler per request: look up the open document, take its cached analysis,
 * ask the service. Every handler runs through `runSafe`, so an exception is logged and answered
 * with a neutral value while the server keeps serving.
 */
export function registerLanguageHandlers(ctx: HandlerContext): void {
  const { connection, logger } = ctx;

  /** The open document and its analysis, or undefined for a document the server does not hold. */
  const open = (uri: string): { document: TextDocument; analysis: PlanAnalysis } | undefined => {
    const document = ctx.documents.get(uri);
    if (!document) {
      return undefined;
    }
    ctx.publishPending(uri);
    return { document, analysis: ctx.cache.get(document) };
  };

  /** Other plans of the workspace, for references and rename of shared people, departments and phases. */
  const others = (uri: string): PlanAnalysis[] =>
    ctx.workspace
      .all()
      .filter((p) => p.document.uri !== uri)
      .map((p) => p.analysis);

  const safe = <T>(what: string, uri: string, token: CancellationToken, neutral: T, compute: () => T): T | ResponseError<void> =>
    runSafe(logger, `${what} for ${uri}`, token, neutral, compute);

  connection.onCompletion(({ textDocument, position }, token) =>
    safe('completion', textDocument.uri, token, { isIncomplete: false, items: [] }, () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.doComplete(o.document, position, o.analysis) : { isIncomplete: false, items: [] };
    }),
  );

  connection.onHover(({ textDocument, position }, token) =>
    safe('hover', textDocument.uri, token, null, () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.doHover(o.document, position, o.analysis) : null;
    }),
  );

  connection.onDefinition(({ textDocument, position }, token) =>
    safe('definition', textDocument.uri, token, [], () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.findDefinition(o.document, position, o.analysis) : [];
    }),
  );

  connection.onReferences(({ textDocument, position, context }, token) =>
    safe('references', textDocument.uri, token, [], () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.findReferences(o.document, position, o.analysis, context.includeDeclaration, others(textDocument.uri)) : [];
    }),
  );

  connection.onDocumentHighlight(({ textDocument, position }, token) =>
    safe('document highlights', textDocument.uri, token, [], () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.findDocumentHighlights(o.document, position, o.analysis) : [];
    }),
  );

  connection.onPrepareRename(({ textDocument, position }, token) =>
    safe('prepare rename', textDocument.uri, token, null, () =>
      refusalAware(() => {
        const o = open(textDocument.uri);
        return o ? ctx.service.prepareRename(o.document, position, o.analysis) : null;
      }),
    ),
  );

  connection.onRenameRequest(({ textDocument, position, newName }, token) =>
    safe('rename', textDocument.uri, token, null, () =>
      refusalAware(() => {
        const o = open(textDocument.uri);
        return o ? ctx.service.doRename(o.document, position, newName, o.analysis, others(textDocument.uri)) : null;
      }),
    ),
  );

  connection.onDocumentSymbol(({ textDocument }, token) =>
    safe('document symbols', textDocument.uri, token, [], () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.findDocumentSymbols(o.document, o.analysis) : [];
    }),
  );

  connection.onWorkspaceSymbol(({ query }, token) =>
    runSafe(logger, 'workspace symbols', token, [], () => {
      const plans = new Map(ctx.workspace.all().map((p) => [p.document.uri, p]));
      for (const document of ctx.documents.all()) {
        plans.set(document.uri, { document, analysis: ctx.cache.get(document) });
      }
      return ctx.service.findWorkspaceSymbols(query, [...plans.values()]);
    }),
  );

  connection.onCodeAction(({ textDocument, range, context }, token) =>
    safe('code actions', textDocument.uri, token, [], () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.doCodeActions(o.document, range, context, o.analysis) : [];
    }),
  );

  connection.onCodeLens(({ textDocument }, token) =>
    safe('code lens', textDocument.uri, token, [], () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.getCodeLenses(o.document, o.analysis) : [];
    }),
  );

  // The lens carries its document's uri (a resolve request names no document); any other data is not ours.
  connection.onCodeLensResolve((lens, token) => {
    const uri = isCodeLensData(lens.data) ? lens.data.uri : '';
    const untitled = { range: lens.range, command: { title: '', command: '' } };
    return safe('code lens resolve', uri, token, untitled, () => {
      const o = open(uri);
      return o ? ctx.service.resolveCodeLens(o.document, o.analysis, lens) : untitled;
    });
  });

  connection.languages.inlayHint.on(({ textDocument, range }, token) =>
    safe('inlay hints', textDocument.uri, token, [], () => {
      const o = open(textDocument.uri);
      return o ? ctx.service.getInlayHints(o.document, range, o.analysis) : [];
    }),
  );

  const view =
    <T, P extends PlanParams>(what: string, compute: (analysis: PlanAnalysis, document: TextDocument, params: P) => T) =>
    (params: P, token: CancellationToken) =>
      safe(what, params.uri, token, null, () => {
        const o = open(params.uri);
        return o ? compute(o.analysis, o.document, params) : null;
      });
  connection.onRequest(
    taskTreeRequest,
    view('task tree', (a, d, p: ViewParams) => ctx.views.answer('taskTree', p.uri, p.since, ctx.service.getTaskTree(a, d), TASK_TREE_PATCHES)),
  );
  connection.onRequest(
    riskListRequest,
    view('risk list', (a, d) => ctx.service.getRiskList(a, d)),
  );
  connection.onRequest(
    ganttModelRequest,
    view('Gantt model', (a, d, p: ViewParams) => ctx.views.answer('gantt', p.uri, p.since, ctx.service.getGanttModel(a, d), GANTT_PATCHES)),
  );
  connection.onRequest(
    resourceLoadRequest,
    view('resource load', (a) => ctx.service.getResourceLoad(a, others(a.uri))),
  );
  connection.onRequest(
    portfolioViewRequest,
    view('portfolio view', (a) => ctx.service.getPortfolioView(a, others(a.uri))),
  );
  connection.onRequest(compareWithBaselineRequest, (params, token) =>
    safe('baseline comparison', params.uri, token, null, () => {
      const o = open(params.uri);
      if (!o) {
        return null;
      }
      const compared = ctx.service.compareWithBaseline(o.document, o.analysis, typeof params.base === 'string' ? params.base : undefined);
      // No baseline, or one that cannot be read, is an answer for the user, shown by the client.
      return 'error' in compared ? new ResponseError(ErrorCodes.InvalidRequest, compared.error) : { markdown: compared.markdown };
    }),
  );
  connection.onRequest(baselineCandidatesRequest, (params, token) =>
    safe('baseline candidates', params.uri, token, null, () => ctx.baselineCandidates(params.uri)),
  );
  connection.onRequest(ganttEditRequest, (params, token) =>
    safe('Gantt edit', String((params as Partial<GanttEditParams> | null)?.uri), token, null, () =>
      refusalAware(() => {
        // The params come from a webview through the client: every field is checked before use.
        const drag = ctx.service.parseGanttDrag(params);
        const o = typeof params.uri === 'string' ? open(params.uri) : undefined;
        return o ? ctx.service.doGanttEdit(o.document, o.analysis, drag) : null;
      }),
    ),
  );
  connection.onRequest(taskUpdateRequest, (params, token) =>
    safe('task update', String((params as Partial<TaskUpdateParams> | null)?.uri), token, null, () =>
      refusalAware(() => {
        const update = ctx.service.parseTaskUpdate(params);
        const o = typeof params.uri === 'string' ? open(params.uri) : undefined;
        return o ? ctx.service.doTaskUpdate(o.document, o.analysis, update) : null;
      }),
    ),
  );
  connection.onRequest(reportRequest, (params, token) =>
    safe('report', String((params as Partial<ReportParams> | null)?.uri), token, null, () => {
      const kind = REPORT_KINDS.find((k) => k === (params as Partial<ReportParams> | null)?.kind);
      if (!kind) {
        return new ResponseError(ErrorCodes.InvalidParams, `Unknown report kind; expected one of ${REPORT_KINDS.join(', ')}.`);
      }
      const o = typeof params.uri === 'string' ? open(params.uri) : undefined;
      return o ? { kind, ...ctx.service.report(o.analysis, kind) } : null;
    }),
  );
  registerInteropHandlers(ctx);
}

/** A refused rename or chart edit is an answer for the user (shown by the editor), not a server error to log. */
function refusalAware<T>(run: () => T): T | ResponseError<void> {
  try {
    return run();
  } catch (e) {
    if (e instanceof RenameRefusal || e instanceof GanttEditRefusal || e instanceof TaskUpdateRefusal) {
      return new ResponseError(ErrorCodes.InvalidRequest, e.message);
    }
    throw e;
  }
}
