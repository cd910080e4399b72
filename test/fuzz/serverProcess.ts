import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

/** The LSP error code of a cancelled request. */
export const REQUEST_CANCELLED = -32800;

/** A request sent to the server that has not been answered yet. */
export interface PendingRequest {
  readonly id: number;
  readonly method: string;
  readonly params: unknown;
  /** The edit after which it was sent. */
  readonly edit: number;
  cancelled: boolean;
}

/** An error response other than a cancellation. */
export interface ErrorResponse {
  readonly request: PendingRequest;
  readonly code: number;
  readonly message: string;
}

/** The last diagnostics published for a document, and the size of the message that carried them. */
export interface Publish {
  readonly version: number | undefined;
  readonly diagnostics: Diagnostic[];
  readonly bytes: number;
}

/** Peak and current resident memory of a process, in kB, from /proc (undefined where there is none). */
export function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/**
 * The built server (`dist/server.js --stdio`) driven over raw LSP framing, so the fuzz sees every
 * request id, every response and the exact byte size of every message. It answers the server's own
 * requests as VS Code would with default settings, and keeps count of everything it sees.
 */
export class ServerProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  /** Output of the server not yet read as messages; joined only once a whole message is in, so a 100 MB publish costs one copy. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Header and body length of the message being read; -1 until its header is in. */
  private headerBytes = -1;
  private bodyBytes = -1;
  private nextId = 1;
  readonly pending = new Map<number, PendingRequest>();
  readonly errors: ErrorResponse[] = [];
  /** Log messages of the server, with the edit that was last sent when each came. */
  readonly logs: { message: string; edit: number }[] = [];
  /** The edit last sent, stamped on what the server says next. */
  edit = -1;
  readonly publishes = new Map<string, Publish>();
  /** Versions for which a full analysis was published (`xproj/planChanged`), per document. */
  readonly analysed = new Map<string, number>();
  stderr = '';
  sent = 0;
  answered = 0;
  cancelledAnswers = 0;
  largestPublish = 0;
  publishCount = 0;
  /** Publishes of an older version after a newer one (stale results the server should drop). */
  readonly stalePublishes: string[] = [];
  /** Publishes with more diagnostics than `floodSize`. */
  floods = 0;
  exit: { code: number | null; signal: string | null } | undefined;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly floodSize = 1000) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.stdin.on('error', () => undefined); // a crash shows as `exit`
    this.child.on('exit', (code, signal) => {
      this.exit = { code, signal };
      this.wake();
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  async initialize(): Promise<void> {
    await this.call('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'en',
      capabilities: {
        textDocument: { publishDiagnostics: { relatedInformation: true } },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      },
    });
    this.notify('initialized', {});
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Sends a request and returns its id; the answer is counted (unless `counted` is false), not kept. */
  request(method: string, params: unknown, counted = true): number {
    const id = this.nextId++;
    this.pending.set(id, { id, method, params, edit: this.edit, cancelled: false });
    if (counted) {
      this.sent++;
    } else {
      this.uncounted.add(id);
    }
    this.write({ jsonrpc: '2.0', id, method, params });
    return id;
  }

  /** Sends a request of the session's own (initialize, shutdown) and resolves with its result. */
  async call(method: string, params: unknown): Promise<unknown> {
    const id = this.request(method, params, false);
    this.wanted.add(id);
    try {
      await this.until(() => !this.pending.has(id), `the answer to ${method} #${id}`);
      return this.results.get(id);
    } finally {
      this.wanted.delete(id);
      this.results.delete(id);
    }
  }

  cancel(id: number): void {
    const pending = this.pending.get(id);
    if (pending) {
      pending.cancelled = true;
      this.notify('$/cancelRequest', { id });
    }
  }

  /** Resolves when `done()` holds, re-checked after each message; rejects if the server exits first. */
  until(done: () => boolean, what: string, timeoutMs = 300_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (done()) {
          finish();
          resolve();
        } else if (this.exit) {
          finish();
          reject(new Error(`the server exited (${JSON.stringify(this.exit)}) while waiting for ${what}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no ${what} after ${timeoutMs} ms`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  async shutdown(): Promise<void> {
    if (!this.exit) {
      try {
        await this.call('shutdown', null);
        this.notify('exit', null);
        await this.until(() => this.exit !== undefined, 'exit', 10_000);
      } finally {
        this.kill();
      }
    }
  }

  kill(): void {
    if (!this.exit) {
      this.child.kill();
    }
  }

  /** Results of the requests sent by `call`, until it takes them. */
  private readonly results = new Map<number, unknown>();
  private readonly wanted = new Set<number>();
  private readonly uncounted = new Set<number>();

  private write(message: object): void {
    if (this.exit) {
      return;
    }
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private read(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.headerBytes < 0) {
        const input = this.joined();
        const end = input.indexOf('\r\n\r\n');
        if (end < 0) {
          break;
        }
        this.headerBytes = end + 4;
        this.bodyBytes = Number(/Content-Length: (\d+)/i.exec(input.subarray(0, end).toString('ascii'))?.[1]);
      }
      if (this.buffered < this.headerBytes + this.bodyBytes) {
        break;
      }
      const input = this.joined();
      const body = input.subarray(this.headerBytes, this.headerBytes + this.bodyBytes);
      const rest = input.subarray(this.headerBytes + this.bodyBytes);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      const bytes = this.bodyBytes;
      this.headerBytes = this.bodyBytes = -1;
      this.dispatch(JSON.parse(body.toString('utf8')) as Message, bytes);
    }
    this.wake();
  }

  private joined(): Buffer {
    if (this.chunks.length > 1) {
      this.chunks = [Buffer.concat(this.chunks)];
    }
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private dispatch(message: Message, bytes: number): void {
    if (message.id !== undefined && message.method === undefined) {
      this.answer(message);
    } else if (message.id !== undefined && message.method !== undefined) {
      this.write({ jsonrpc: '2.0', id: message.id, result: this.reply(message.method, message.params) });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const params = message.params as { uri: string; version?: number; diagnostics: Diagnostic[] };
      const previous = this.publishes.get(params.uri)?.version;
      if (previous !== undefined && params.version !== undefined && params.version < previous) {
        this.stalePublishes.push(`version ${params.version} published after version ${previous}`);
      }
      this.publishes.set(params.uri, { version: params.version, diagnostics: params.diagnostics, bytes });
      this.publishCount++;
      this.largestPublish = Math.max(this.largestPublish, bytes);
      if (params.diagnostics.length > this.floodSize) {
        this.floods++;
      }
    } else if (message.method === 'xproj/planChanged') {
      const params = message.params as { uri: string; version: number };
      this.analysed.set(params.uri, params.version);
    } else if (message.method === 'window/logMessage') {
      this.logs.push({ message: (message.params as { message: string }).message, edit: this.edit });
    }
  }

  private answer(message: Message): void {
    const id = Number(message.id);
    const pending = this.pending.get(id);
    if (!pending) {
      this.errors.push({ request: { id, method: '(unknown id)', params: null, edit: -1, cancelled: false }, code: 0, message: JSON.stringify(message) });
      return;
    }
    this.pending.delete(id);
    if (!this.uncounted.delete(id)) {
      this.answered++;
    }
    if (message.error) {
      if (message.error.code === REQUEST_CANCELLED) {
        this.cancelledAnswers++;
      } else {
        this.errors.push({ request: pending, code: message.error.code, message: message.error.message });
      }
    }
    if (this.wanted.has(id)) {
      this.results.set(id, message.result);
    }
  }

  /** What VS Code answers to the server's requests, with no settings of its own. */
  private reply(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      return (params as { items: unknown[] }).items.map(() => ({}));
    }
    return null;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) {
      waiter();
    }
  }
}

interface Message {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}
