import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import type { InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import { collectSoon, limitHeapGrowth } from './heapPolicy';
import { registerLanguageHandlers } from './languageHandlers';
import { planChangedNotification } from './protocol';
import { installPrecompiledSchema } from './precompiledSchema';
import { SOURCE_ACTION_KINDS, getLanguageService } from './service';
import type { LanguageService } from './service';
import { toLanguageSettings } from './settings';
import { guardedStdio } from './transport/guardedStdio';
import { runSafeVoid } from './utils/runner';
import { ValidationScheduler } from './validationScheduler';
import { WorkspacePlans } from './workspacePlans';

installPrecompiledSchema();
limitHeapGrowth();
const stdio = guardedStdio();
const connection = stdio ? createConnection(ProposedFeatures.all, stdio.input, stdio.output) : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

// stdout is the protocol channel under --stdio: all logging goes to the client's console.
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('uncaughtException', (e: unknown) => {
  connection.console.error(`Uncaught exception: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});

let service: LanguageService = getLanguageService();
let clientSupportsRelated = false;
let clientSupportsConfiguration = false;
let clientSupportsWatchedFiles = false;
const cache = new AnalysisCache(() => service);
const logger = { error: (m: string): void => connection.console.error(m) };
const workspace = new WorkspacePlans(
  () => service,
  (uri) => documents.get(uri),
  (document) => cache.get(document),
);

/** Imports come from the open document when there is one (unsaved edits count), else from disk. */
function readFile(uri: string): string | undefined {
  const open = documents.get(uri);
  if (open) {
    return open.getText();
  }
  try {
    return uri.startsWith('file:') ? readFileSync(fileURLToPath(uri), 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function rulesDocumentationUri(): string {
  // The bundle lives in dist/; the docs ship beside it in the package.
  return `${pathToFileURL(join(__dirname, '..', 'docs', 'rules.md')).toString()}`;
}

/** From this size on, a plan's first check shows its syntax and schema problems before the rules have run. */
const EARLY_DIAGNOSTICS_SIZE = 256 * 1024;

/** Publishes the finished analysis of the document's current version; nothing for an outdated one. */
function publishAnalysis(document: TextDocument): void {
  const current = documents.get(document.uri);
  if (!current || current.version !== document.version) {
    return; // a newer version is already scheduled
  }
  const analysis = cache.get(current);
  const diagnostics = service.doValidation(current, analysis, { relatedInformation: clientSupportsRelated });
  void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  void connection.sendNotification(planChangedNotification, { uri: current.uri, version: current.version });
}

const validation = new ValidationScheduler((document) =>
  runSafeVoid(logger, `validating ${document.uri}`, () => {
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) {
      return;
    }
    const draft = !cache.has(current.uri) && current.getText().length >= EARLY_DIAGNOSTICS_SIZE ? cache.draft(current) : undefined;
    if (!draft) {
      publishAnalysis(current);
      return;
    }
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: draft.earlyDiagnostics() });
    // The rules run in a later turn, once the early diagnostics are on their way; a request that comes first finishes the draft itself.
    setImmediate(() => runSafeVoid(logger, `validating ${current.uri}`, () => publishAnalysis(current)));
  }),
);

/** Re-checks the open plans that import `uri`, after it changed on disk or in the editor. */
function revalidateImporters(uri: string): void {
  for (const importer of cache.importersOf(uri)) {
    cache.invalidate(importer);
    const document = documents.get(importer);
    if (document) {
      validation.schedule(document);
    }
  }
}

async function refreshSettings(): Promise<void> {
  const section: unknown = clientSupportsConfiguration ? await connection.workspace.getConfiguration('xproj') : {};
  service.configure(toLanguageSettings(section));
  cache.invalidate();
  workspace.invalidate();
  documents.all().forEach((d) => validation.schedule(d));
}

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  clientSupportsRelated = capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
  clientSupportsConfiguration = capabilities.workspace?.configuration === true;
  clientSupportsWatchedFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  service = getLanguageService({ locale: params.locale, readFile, rulesDocumentationUri: rulesDocumentationUri() });
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.scan(folders);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', ':', '-', '[', ',', '{'] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: { label: 'XProj' },
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: {
        codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source, CodeActionKind.SourceFixAll, ...Object.values(SOURCE_ACTION_KINDS)],
      },
      inlayHintProvider: true,
    },
    serverInfo: { name: 'xproj', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (clientSupportsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'xproj' });
  }
  if (clientSupportsWatchedFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.xproj.{yaml,yml}' }],
    });
  }
  void refreshSettings();
});

connection.onDidChangeConfiguration(() => void refreshSettings());

documents.onDidChangeContent(({ document }) => {
  validation.schedule(document);
  revalidateImporters(document.uri);
});

documents.onDidClose(({ document }) => {
  validation.forget(document.uri);
  cache.forget(document.uri);
  if (document.getText().length >= EARLY_DIAGNOSTICS_SIZE) {
    collectSoon();
  }
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  // Importers now read this file from disk again, which may differ from the closed editor's text.
  revalidateImporters(document.uri);
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) {
    if (change.type === FileChangeType.Created) {
      workspace.fileCreated(change.uri);
    } else if (change.type === FileChangeType.Deleted) {
      workspace.fileDeleted(change.uri);
    } else {
      workspace.fileChanged(change.uri);
    }
    if (!documents.get(change.uri)) {
      // Plans on disk may import the changed file too: their cached analyses are stale.
      workspace.invalidate();
      revalidateImporters(change.uri);
    }
  }
});

registerLanguageHandlers({ connection, documents, cache, workspace, service: () => service, logger });

connection.onShutdown(() => validation.dispose());

documents.listen(connection);
connection.listen();
