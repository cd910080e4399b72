import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position, Range } from 'vscode-languageserver-types';
import { loadGenerator } from '../helpers/generator';
import { compareDiagnostics } from './compare';
import { EditGenerator } from './edits';
import type { EditKind } from './edits';
import { FuzzDocument } from './fuzzDocument';
import { Random } from './random';
import { RequestGenerator } from './requests';
import { ServerProcess, memoryOf } from './serverProcess';

/** What a fuzz session does. */
export interface FuzzOptions {
  /** Tasks of the generated plan the session edits. */
  readonly tasks: number;
  /** Seeds the plan, the edits, the requests and the pacing. */
  readonly seed: number;
  /** `didChange` notifications to send. */
  readonly edits: number;
  /** Edits between checkpoints (diagnostics compared with a fresh server's). */
  readonly checkpointEvery: number;
  /**
   * Steer clear of the known open issues, so a bounded run stays green: no line break inside a flow
   * collection (floods the diagnostics), no hostile `xproj/ganttEdit` params.
   */
  readonly avoidKnown: boolean;
  /** Mean requests per edit. */
  readonly requestsPerEdit?: number;
  /** Share of edits after which the session waits for every answer (a quarter as often: for the analysis). */
  readonly waitShare?: number;
  /** Share of requests cancelled with `$/cancelRequest`. */
  readonly cancelShare?: number;
  /** Requests allowed in flight before the session waits for answers. */
  readonly maxPending?: number;
  /** A publish with more diagnostics than this is a flood (the known issue). */
  readonly floodSize?: number;
  /** Edits between flood checks (a flooded plan goes back to the last checked text). */
  readonly floodCheckEvery?: number;
  /** How long a request may stay unanswered, or a version unanalysed, once the session waits for it, in ms. */
  readonly answerTimeoutMs?: number;
  /** Idle time before the settled RSS is read, in ms. */
  readonly settleMs?: number;
  /** Progress lines, for long runs. */
  readonly log?: (line: string) => void;
}

/** Something the fuzz found; `known` for the open issues being fixed elsewhere. */
export interface Finding {
  readonly kind:
    | 'crash'
    | 'unanswered'
    | 'no analysis'
    | 'handler exception'
    | 'error response'
    | 'unequal checkpoint'
    | 'range outside the text'
    | 'stale publish'
    | 'server stderr'
    | 'flood';
  /** The edit after which it showed (0 before the first). */
  readonly edit: number;
  readonly detail: string;
  readonly known: boolean;
}

/** The numbers of a session. */
export interface FuzzReport {
  readonly seed: number;
  readonly tasks: number;
  readonly planBytes: number;
  edits: number;
  readonly kinds: Partial<Record<EditKind, number>>;
  requestsSent: number;
  answered: number;
  cancelSent: number;
  cancelledAnswers: number;
  errorResponses: number;
  hostileRequests: number;
  crashes: number;
  unanswered: number;
  checkpointsEqual: number;
  checkpointsUnequal: number;
  floodRestores: number;
  floodPublishes: number;
  publishes: number;
  largestPublishBytes: number;
  peakRssKb: number;
  settledRssKb: number;
  finalTextBytes: number;
  durationMs: number;
  /** Milliseconds spent waiting for analyses, for answers and in checkpoints. */
  readonly waits: Record<string, number>;
  readonly findings: Finding[];
}

const URI = 'file:///fuzz/plan.xproj.yaml';
/**
 * Error codes that are answers, not failures: a refused rename or chart edit (InvalidRequest) is
 * shown to the user; a drag against a plan that changed meanwhile is refused as stale.
 */
const REFUSALS: Record<string, number[]> = { 'textDocument/prepareRename': [-32600], 'textDocument/rename': [-32600], 'xproj/ganttEdit': [-32600] };
const HANDLER_EXCEPTION = /Error while|Uncaught|Unhandled/;

/**
 * Runs one seeded fuzz session against the built server: random edits of a generated plan,
 * interleaved with the requests VS Code sends (some cancelled), with checkpoints that compare the
 * published diagnostics with those of a fresh server opened on the same text.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const { generatePlan, prng } = await loadGenerator();
  const original = generatePlan({ tasks: options.tasks, seed: options.seed });
  const floodSize = options.floodSize ?? 1000;
  const report: FuzzReport = {
    seed: options.seed,
    tasks: options.tasks,
    planBytes: Buffer.byteLength(original),
    edits: 0,
    kinds: {},
    requestsSent: 0,
    answered: 0,
    cancelSent: 0,
    cancelledAnswers: 0,
    errorResponses: 0,
    hostileRequests: 0,
    crashes: 0,
    unanswered: 0,
    checkpointsEqual: 0,
    checkpointsUnequal: 0,
    floodRestores: 0,
    floodPublishes: 0,
    publishes: 0,
    largestPublishBytes: 0,
    peakRssKb: 0,
    settledRssKb: 0,
    finalTextBytes: 0,
    durationMs: 0,
    waits: {},
    findings: [],
  };
  // Separate streams: what the server answers (and when) changes requests and pacing, never the edits.
  const edits = new EditGenerator(new Random(prng(options.seed)), original, options.avoidKnown);
  const requests = new RequestGenerator(new Random(prng(options.seed ^ 0x5bd1e995)), !options.avoidKnown);
  const pace = new Random(prng(options.seed ^ 0x27d4eb2f));
  const doc = new FuzzDocument(URI, original);
  const server = new ServerProcess(floodSize);
  const hostile = new Set<number>();
  const found = (kind: Finding['kind'], edit: number, detail: string, known = false): void => {
    report.findings.push({ kind, edit, detail, known });
    options.log?.(`${known ? 'known' : 'FOUND'} ${kind} at edit ${edit}: ${detail.slice(0, 300)}`);
  };
  const sampler = setInterval(() => {
    const memory = memoryOf(server.pid);
    report.peakRssKb = Math.max(report.peakRssKb, memory?.hwm ?? 0);
  }, 250);
  let lastGood = original;
  let lastGoodEdit = 0;
  const floodCheckEvery = options.floodCheckEvery ?? 10;
  const timings = report.waits;
  const requestsPerEdit = options.requestsPerEdit ?? 0.6;
  const waitShare = options.waitShare ?? 0.2;

  const drain = async (): Promise<void> => {
    const start = Date.now();
    try {
      await server.until(() => server.pending.size === 0, 'answers to every request', options.answerTimeoutMs ?? 300_000);
    } catch (e) {
      if (server.exit) {
        throw e;
      }
      for (const request of server.pending.values()) {
        report.unanswered++;
        found('unanswered', request.edit, `${request.method} #${request.id} ${JSON.stringify(request.params).slice(0, 200)}`, hostile.has(request.id));
      }
      server.pending.clear();
    } finally {
      timings.answers = (timings.answers ?? 0) + Date.now() - start;
    }
  };

  const checkpoint = (): Promise<void> => timed('checkpoints', checkpointNow);
  const checkpointNow = async (): Promise<void> => {
    await drain();
    if (!(await analysed())) {
      return;
    }
    const published = server.publishes.get(URI);
    const fresh = new ServerProcess(floodSize);
    try {
      await fresh.initialize();
      fresh.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xproj', version: doc.version, text: doc.text } });
      await fresh.until(() => fresh.analysed.get(URI) === doc.version, `a fresh server's analysis of version ${doc.version}`);
      const expected = fresh.publishes.get(URI)?.diagnostics ?? [];
      const actual = published?.version === doc.version ? published.diagnostics : undefined;
      const outside = actual?.find((d) => !inside(doc, d.range));
      if (outside) {
        found('range outside the text', report.edits, JSON.stringify(outside).slice(0, 500));
      }
      const difference = actual ? compareDiagnostics(actual, expected) : `no diagnostics published for version ${doc.version}`;
      if (difference) {
        report.checkpointsUnequal++;
        const file = join(tmpdir(), `xproj-fuzz-${options.seed}-${report.edits}.xproj.yaml`);
        writeFileSync(file, doc.text);
        found('unequal checkpoint', report.edits, `${difference}; text in ${file}`);
      } else {
        report.checkpointsEqual++;
      }
    } catch (e) {
      // The fresh server crashed or never finished: a finding of its own, and the session goes on.
      found(fresh.exit ? 'crash' : 'no analysis', report.edits, `fresh server: ${(e as Error).message}; stderr: ${fresh.stderr.slice(-2000)}`);
    } finally {
      for (const log of fresh.logs.filter((l) => HANDLER_EXCEPTION.test(l.message))) {
        found('handler exception', report.edits, `fresh server: ${log.message}`);
      }
      await fresh.shutdown();
    }
    await checkFlood();
  };

  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const start = Date.now();
    try {
      return await work();
    } finally {
      timings[what] = (timings[what] ?? 0) + Date.now() - start;
    }
  };
  /** Waits for the analysis of the current version; false (and a finding) if none comes while the server lives. */
  const analysed = (): Promise<boolean> =>
    timed('analysis', async () => {
      try {
        await server.until(() => server.analysed.get(URI) === doc.version, `the analysis of version ${doc.version}`, options.answerTimeoutMs ?? 300_000);
        return true;
      } catch (e) {
        if (server.exit) {
          throw e;
        }
        found('no analysis', report.edits, (e as Error).message);
        return false;
      }
    });

  /**
   * A flooded plan (the known issue) makes every later analysis slow and every publish huge, so
   * every `floodCheckEvery` edits the session waits for the analysis and, if it flooded, goes back to
   * the text of the last check. Checking at fixed edits keeps the session a function of its seed.
   */
  const checkFlood = async (): Promise<void> => {
    if (!(await analysed())) {
      return;
    }
    const count = server.publishes.get(URI)?.diagnostics.length ?? 0;
    if (count <= floodSize) {
      lastGood = doc.text;
      lastGoodEdit = report.edits;
      return;
    }
    report.floodRestores++;
    found('flood', report.edits, `${count} diagnostics; back to the text of edit ${lastGoodEdit}`, true);
    send([{ text: lastGood }], 'restore', false, false);
    doc.forgetUndo();
    await analysed();
  };

  /** Sends one `didChange`; the session's own restores are not counted as edits. */
  const send = (changes: Parameters<FuzzDocument['apply']>[0], kind: EditKind, undoable: boolean, counted = true): void => {
    const version = doc.apply(changes, undoable);
    if (counted) {
      report.edits++;
      report.kinds[kind] = (report.kinds[kind] ?? 0) + 1;
    }
    server.edit = report.edits;
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: changes });
  };

  const ask = async (): Promise<void> => {
    if (server.pending.size >= (options.maxPending ?? 16)) {
      await drain();
    }
    const request = requests.next(doc, server.publishes.get(URI)?.diagnostics ?? []);
    const id = server.request(request.method, request.params);
    if (request.hostile) {
      hostile.add(id);
      report.hostileRequests++;
    }
    if (pace.chance(options.cancelShare ?? 0.15)) {
      report.cancelSent++;
      if (pace.chance(0.5)) {
        server.cancel(id);
      } else {
        setImmediate(() => server.cancel(id));
      }
    }
  };

  try {
    await server.initialize();
    server.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xproj', version: doc.version, text: doc.text } });
    await server.until(() => server.analysed.get(URI) === doc.version, 'the first analysis');
    while (report.edits < options.edits && !server.exit) {
      const step = edits.next(doc);
      for (const changes of step.changes) {
        if (report.edits >= options.edits || server.exit) {
          break;
        }
        send(changes, step.kind, step.undoable);
        for (let n = 0; n < 4 && pace.chance(requestsPerEdit / (1 + requestsPerEdit)); n++) {
          await ask();
        }
        if (pace.chance(waitShare)) {
          await drain();
        }
        if (pace.chance(waitShare / 4)) {
          await analysed();
        }
        if (report.edits % options.checkpointEvery === 0) {
          await checkpoint();
          options.log?.(progress(report, server));
        } else if (report.edits % floodCheckEvery === 0) {
          await checkFlood();
        }
      }
    }
    if (!server.exit && report.edits % options.checkpointEvery !== 0) {
      await checkpoint();
    }
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 3000));
    report.settledRssKb = memoryOf(server.pid)?.rss ?? 0;
    report.peakRssKb = Math.max(report.peakRssKb, memoryOf(server.pid)?.hwm ?? 0);
  } catch (e) {
    if (!server.exit) {
      throw e;
    }
  } finally {
    clearInterval(sampler);
    if (server.exit) {
      report.crashes++;
      found('crash', report.edits, `exit ${JSON.stringify(server.exit)}; stderr: ${server.stderr.slice(-2000)}`);
    } else {
      await server.shutdown();
    }
  }

  for (const log of server.logs.filter((l) => HANDLER_EXCEPTION.test(l.message))) {
    found('handler exception', log.edit, log.message);
  }
  for (const error of server.errors) {
    if (!REFUSALS[error.request.method]?.includes(error.code)) {
      found(
        'error response',
        error.request.edit,
        `${error.request.method} #${error.request.id} → ${error.code} ${error.message}`,
        hostile.has(error.request.id),
      );
    }
  }
  for (const stale of server.stalePublishes) {
    found('stale publish', report.edits, stale);
  }
  if (server.stderr.trim() !== '' && !server.exit) {
    found('server stderr', report.edits, server.stderr.slice(0, 2000));
  }
  Object.assign(report, {
    requestsSent: server.sent,
    answered: server.answered,
    cancelledAnswers: server.cancelledAnswers,
    errorResponses: server.errors.length,
    floodPublishes: server.floods,
    publishes: server.publishCount,
    largestPublishBytes: server.largestPublish,
    finalTextBytes: Buffer.byteLength(doc.text),
    durationMs: Date.now() - started,
  });
  return report;
}

/** Whether a range lies within the document's text, start before end. */
function inside(doc: FuzzDocument, range: Range): boolean {
  const { start, end } = range;
  const valid = (p: Position): boolean =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.character >= 0 &&
    p.line < doc.lineCount &&
    p.character <= doc.line(p.line).length;
  return valid(start) && valid(end) && (start.line < end.line || (start.line === end.line && start.character <= end.character));
}

function progress(report: FuzzReport, server: ServerProcess): string {
  const memory = memoryOf(server.pid);
  return `edit ${report.edits}: ${server.sent} requests, ${server.answered} answered, checkpoints ${report.checkpointsEqual} equal / ${report.checkpointsUnequal} unequal, RSS ${Math.round((memory?.rss ?? 0) / 1024)} MB (peak ${Math.round((memory?.hwm ?? 0) / 1024)} MB), largest publish ${server.largestPublish} B`;
}

/** How to replay a session up to a finding. */
export function reproduce(options: Pick<FuzzOptions, 'seed' | 'tasks' | 'avoidKnown' | 'checkpointEvery'>, finding: Finding): string {
  const known = options.avoidKnown ? '' : ' --known';
  return `npm run fuzz -- --seed ${options.seed} --tasks ${options.tasks} --edits ${Math.max(1, finding.edit)} --checkpoint ${options.checkpointEvery}${known}`;
}
