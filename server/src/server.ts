import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import type { InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import { installPrecompiledSchema } from './precompiledSchema';
import { getLanguageService } from './service';
import type { LanguageService } from './service';
import { toLanguageSettings } from './settings';
import { runSafeVoid } from './utils/runner';
import { ValidationScheduler } from './validationScheduler';

installPrecompiledSchema();
const connection = createConnection(ProposedFeatures.all);
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

const validation = new ValidationScheduler((document) =>
  runSafeVoid(logger, `validating ${document.uri}`, () => {
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) {
      return; // a newer version is already scheduled
    }
    const analysis = cache.get(current);
    const diagnostics = service.doValidation(current, analysis, { relatedInformation: clientSupportsRelated });
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
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
  documents.all().forEach((d) => validation.schedule(d));
}

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  clientSupportsRelated = capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
  clientSupportsConfiguration = capabilities.workspace?.configuration === true;
  clientSupportsWatchedFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  service = getLanguageService({ locale: params.locale, readFile, rulesDocumentationUri: rulesDocumentationUri() });
  return {
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
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
  validation.cancel(document.uri);
  cache.invalidate(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  // Importers now read this file from disk again, which may differ from the closed editor's text.
  revalidateImporters(document.uri);
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) {
    if (!documents.get(change.uri)) {
      revalidateImporters(change.uri);
    }
  }
});

connection.onShutdown(() => validation.dispose());

documents.listen(connection);
connection.listen();
