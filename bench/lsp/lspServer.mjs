// A language server process driven over stdio, as an editor drives it, for bench/lspBench.mjs:
// every notification is time-stamped, and the process's memory is read from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

/** Resident and peak resident memory of a process, in MB (Linux). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

export class LspServer {
  /**
   * @param {string[]} args node arguments that start the server on stdio
   * @param {(section: string) => unknown} configuration answers to `workspace/configuration`
   */
  constructor(args, configuration) {
    this.process = spawn(process.execPath, [...(process.env.XPROJ_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...args], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    /** @type {{ method: string, params: any, at: number }[]} */
    this.events = [];
    this.waiters = [];
    const record = (method) => (params) => {
      this.events.push({ method, params, at: performance.now() });
      this.waiters.splice(0).forEach((w) => w());
    };
    this.connection.onNotification('textDocument/publishDiagnostics', record('textDocument/publishDiagnostics'));
    this.connection.onNotification('xproj/planChanged', record('xproj/planChanged'));
    this.connection.onRequest('workspace/configuration', (p) => p.items.map((item) => configuration(item.section ?? '')));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  get pid() {
    return this.process.pid;
  }

  /** Initializes the server and returns its capabilities. */
  async initialize(rootUri) {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      locale: 'en',
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          synchronization: { didSave: false },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    return result?.capabilities ?? {};
  }

  /** Waits for the first event after index `from` that satisfies `accept`; undefined after `timeoutMs`. */
  async next(from, accept, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find(accept);
      if (found || performance.now() > deadline) {
        return found;
      }
      await new Promise((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Waits until no event has come for `quietMs` (or `timeoutMs` passed). */
  async settle(quietMs, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const last = this.events[this.events.length - 1]?.at ?? 0;
      if (performance.now() - last >= quietMs) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  /** A request's round trip in ms, bounded by `timeoutMs` (NaN when it does not answer in time). */
  async time(method, params, timeoutMs = 30_000) {
    return (await this.timed(method, params, timeoutMs)).ms;
  }

  /** The answer and the milliseconds it took (NaN, and no answer, after the timeout). */
  async timed(method, params, timeoutMs = 30_000) {
    const start = performance.now();
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
    const answer = await Promise.race([this.connection.sendRequest(method, params), timeout]);
    return answer === 'timeout' ? { ms: NaN } : { ms: performance.now() - start, answer };
  }

  async dispose() {
    const bounded = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 3000))]);
    try {
      await bounded(this.connection.sendRequest('shutdown'));
      await bounded(this.connection.sendNotification('exit'));
    } catch {
      // the process is killed below anyway
    }
    // A server that exits on its own writes what it was asked to on exit (a --cpu-prof profile).
    if (this.process.exitCode === null) {
      await bounded(new Promise((resolve) => this.process.once('exit', resolve)));
    }
    this.connection.dispose();
    this.process.kill('SIGKILL');
  }
}
