import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PlanRead } from '../../server/src/files/planReader';
import { startServer } from '../../server/src/xprojServer';

interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: Diagnostic[];
}

/** The real server wired to an in-memory client: no process, no build, a disk made of a map. */
class Session {
  readonly client: MessageConnection;
  readonly published: Published[] = [];
  readonly planChanged: { uri: string; version: number }[] = [];
  readonly reads: string[] = [];
  readonly errors: string[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly streams: PassThrough[];

  constructor(disk: Readonly<Record<string, string>> = {}, validationDelayMs = 0) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    this.streams = [toServer, toClient];
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(connection, {
      readPlan: (path): PlanRead => (this.reads.push(path), path in disk ? { text: disk[path]! } : { error: 'not-found' }),
      validationDelayMs,
      logger: { error: (m) => this.errors.push(m) },
    });
    this.client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.client.onNotification('xproj/planChanged', (p: { uri: string; version: number }) => void this.planChanged.push(p));
    this.client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.client.onRequest('client/registerCapability', () => null);
    this.client.listen();
  }

  initialize(initializationOptions?: object, rootUri = 'file:///ws'): Promise<unknown> {
    return this.client.sendRequest('initialize', {
      processId: null,
      rootUri,
      capabilities: { workspace: { configuration: true } },
      ...(initializationOptions ? { initializationOptions } : {}),
    });
  }

  /** The diagnostics published for `uri` at `version`, waiting for them. */
  async diagnosticsOf(uri: string, version: number): Promise<Diagnostic[]> {
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && p.version === version);
      if (found) {
        return found.diagnostics;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  dispose(): void {
    this.client.dispose();
    this.streams.forEach((s) => s.destroy());
  }
}

/** Waits for what the server sends after what the test awaited (it comes in order, soon). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const URI = 'file:///ws/plan.xproj.yaml';
const PLAN =
  'xproj: 1\nproject: {id: p, name: P, owner: a, manager: a, start: 2026-03-02, status_date: 2026-03-02}\npeople: [{id: a, name: A}]\ntasks:\n  - {id: t, owner: a, duration: 2d}\n';

describe('the server session', () => {
  const sessions: Session[] = [];
  const session = (disk?: Record<string, string>, validationDelayMs?: number): Session => {
    const s = new Session(disk, validationDelayMs);
    sessions.push(s);
    return s;
  };
  after(() => sessions.forEach((s) => s.dispose()));

  it('publishes the diagnostics of each version after didOpen and didChange, then a planChanged', async () => {
    const s = session();
    await s.initialize();
    await s.client.sendNotification('initialized', {});
    await s.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xproj', version: 1, text: PLAN } });
    assert.deepEqual(await s.diagnosticsOf(URI, 1), []);
    await s.client.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 19 }, end: { line: 4, character: 20 } }, text: 'nobody' }],
    });
    const second = await s.diagnosticsOf(URI, 2);
    assert.deepEqual(
      second.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['unknown-reference', 4, 19]],
    );
    await until(() => s.planChanged.at(-1)?.version === 2);
    await s.client.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await until(() => s.published.at(-1)?.version === undefined);
    assert.deepEqual(s.published.at(-1), { uri: URI, diagnostics: [] });
    assert.deepEqual(s.errors, []);
  });

  it("publishes a version's diagnostics before answering a request on it, without waiting for the pause", async () => {
    // A pause far longer than the test: only the request can have brought the diagnostics.
    const s = session({}, 60_000);
    await s.initialize();
    await s.client.sendNotification('initialized', {});
    await s.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xproj', version: 1, text: PLAN } });
    const symbols = await s.client.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(symbols.length > 0);
    assert.deepEqual(
      s.published.map((p) => [p.uri, p.version]),
      [[URI, 1]],
    );
    assert.deepEqual(s.errors, []);
  });

  it('refuses a second initialize', async () => {
    const s = session();
    const first = (await s.initialize()) as { capabilities: { hoverProvider: boolean } };
    assert.equal(first.capabilities.hoverProvider, true);
    await assert.rejects(s.initialize(), /already initialized/);
  });

  it('reads imports through the host, and none outside the workspace in Restricted Mode', async () => {
    const org = 'xproj: 1\npeople: [{id: b, name: B}]\n';
    const other = 'xproj: 1\npeople: [{id: c, name: C}]\n';
    const text = 'xproj: 1\nimports: [org.xproj.yaml, ../outside/org.xproj.yaml]\n';
    const trusted = session({ '/ws/org.xproj.yaml': org, '/outside/org.xproj.yaml': other });
    await trusted.initialize();
    await trusted.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xproj', version: 1, text } });
    assert.deepEqual(await trusted.diagnosticsOf(URI, 1), []);
    assert.deepEqual(trusted.reads.sort(), ['/outside/org.xproj.yaml', '/ws/org.xproj.yaml']);

    const restricted = session({ '/ws/org.xproj.yaml': org, '/outside/org.xproj.yaml': other });
    await restricted.initialize({ workspaceTrusted: false });
    await restricted.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xproj', version: 1, text } });
    const diagnostics = await restricted.diagnosticsOf(URI, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message]),
      [['import-error', "'org.xproj.yaml' is not read: it is outside the workspace, and this workspace is not trusted (Restricted Mode)."]],
    );
    assert.deepEqual(restricted.reads, ['/ws/org.xproj.yaml']);
  });
});
