import type { ValidateFunction } from 'ajv';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { readPlanFile } from '../files/planReader';
import type { PlanReadError } from '../files/planReader';
import { analyzeText, createService, placeProblems } from './planLoader';
import type { LanguageService, LeveledProblem, PortfolioPlan } from '../service';
import type { LoaderOptions, PlacedProblem } from './planLoader';
import { severityCounts } from './report';
import type { SeverityCounts } from './report';

/** What checking one file came to. */
export type CheckOutcome =
  | {
      readonly kind: 'checked';
      /** Capped as `LoaderOptions.maxProblems` asks, with a summary of the rest. */
      readonly problems: readonly PlacedProblem[];
      /** Every problem's severity, the capped ones too. */
      readonly counts: SeverityCounts;
      /** With `LoaderOptions.portfolio`: the plan as checking plans together needs it, and all its problems, uncapped. */
      readonly portfolio?: { readonly plan: PortfolioPlan; readonly problems: readonly LeveledProblem[] };
    }
  | { readonly kind: 'unreadable'; readonly error: PlanReadError; readonly detail?: string }
  | { readonly kind: 'failed'; readonly error: string };

/** A job for a worker, and its answer. */
export interface CheckJob {
  readonly index: number;
  readonly absolutePath: string;
}
/** An outcome, or a worker that cannot go on (it failed to load, or died): its jobs are then done here. */
export type CheckAnswer = { readonly index: number; readonly outcome: CheckOutcome } | { readonly fatal: string };

/** What a worker is started with (`workerData`). */
export interface WorkerSetup {
  readonly options: LoaderOptions;
  /** Where to post answers; each answer also bumps `signal[0]`. */
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

/**
 * Every worker starts with this script, which loads the real one (`file`) and tells the main
 * thread, which cannot see worker events while it waits, when the worker cannot serve.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const fatal = (e) => {
  workerData.port.postMessage({ fatal: String((e && e.stack) || e) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
};
process.on('uncaughtException', (e) => { fatal(e); process.exit(1); });
try {
  for (const m of workerData.preload) require(m);
  require(workerData.file);
} catch (e) {
  fatal(e);
}`;

/** Below this much text a worker's start-up (a service, a schema) costs more than it saves. */
const PARALLEL_BYTES = 200 * 1024;
const MAX_WORKERS = 8;

/** Checks one plan in this thread; any failure becomes an outcome. */
export function checkOne(service: LanguageService, absolutePath: string, maxProblems?: number, portfolio = false): CheckOutcome {
  const read = readPlanFile(absolutePath);
  if (!('text' in read)) {
    return { kind: 'unreadable', error: read.error, ...(read.detail !== undefined ? { detail: read.detail } : {}) };
  }
  try {
    const analyzed = analyzeText(service, absolutePath, read.text);
    const { analysis } = analyzed;
    return {
      kind: 'checked',
      problems: placeProblems(analyzed, service, maxProblems),
      counts: severityCounts(analysis.problems),
      ...(portfolio ? { portfolio: { plan: service.portfolioPlan(analysis), problems: analysis.problems } } : {}),
    };
  } catch (e) {
    return { kind: 'failed', error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

/** How many workers to check these files with; 1 means in this thread. */
export function workersFor(paths: readonly string[], cpus = availableParallelism()): number {
  if (paths.length < 2 || cpus < 2) {
    return 1;
  }
  let bytes = 0;
  for (const p of paths) {
    try {
      bytes += statSync(p).size;
    } catch {
      // reported when it is read
    }
  }
  return bytes > PARALLEL_BYTES ? Math.min(cpus, paths.length, MAX_WORKERS) : 1;
}

/**
 * Checks plans, in worker threads when there are several and enough text, and returns the
 * outcomes in the order of `paths`, so the report is the same as a check in one thread. Stays
 * synchronous: this thread waits on an atomic counter that workers bump with each answer.
 */
export function checkPlans(paths: readonly string[], options: LoaderOptions, workers = workersFor(paths), schemaValidator?: ValidateFunction): CheckOutcome[] {
  if (workers <= 1) {
    const service = createService(options, schemaValidator);
    return paths.map((p) => checkOne(service, p, options.maxProblems, options.portfolio));
  }
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const outcomes: (CheckOutcome | undefined)[] = paths.map(() => undefined);
  const pool: { worker: Worker; answers: MessagePort }[] = [];
  let next = 0;
  const feed = (worker: Worker): void => {
    if (next < paths.length) {
      const job: CheckJob = { index: next, absolutePath: paths[next]! };
      next++;
      worker.postMessage(job);
    }
  };
  let broken = false;
  try {
    const { file, preload } = workerScript();
    for (let w = 0; w < workers; w++) {
      const { port1, port2 } = new MessageChannel();
      const setup: WorkerSetup & { file: string; preload: string[] } = { options, port: port2, signal, file, preload };
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: setup, transferList: [port2] });
      pool.push({ worker, answers: port1 });
      // Two jobs each, so a worker never waits for the next one.
      feed(worker);
      feed(worker);
    }
    for (let done = 0; done < paths.length && !broken;) {
      const seen = Atomics.load(signal, 0);
      let received = false;
      for (const { worker, answers } of pool) {
        for (let m = receiveMessageOnPort(answers); m; m = receiveMessageOnPort(answers)) {
          const answer = m.message as CheckAnswer;
          received = true;
          if ('fatal' in answer) {
            broken = true;
            break;
          }
          outcomes[answer.index] = answer.outcome;
          done++;
          feed(worker);
        }
      }
      if (!received) {
        Atomics.wait(signal, 0, seen, 1000);
      }
    }
  } finally {
    for (const { worker, answers } of pool) {
      answers.close();
      void worker.terminate();
    }
  }
  if (outcomes.some((o) => o === undefined)) {
    const service = createService(options, schemaValidator);
    return outcomes.map((o, i) => o ?? checkOne(service, paths[i]!, options.maxProblems, options.portfolio));
  }
  return outcomes as CheckOutcome[];
}

/**
 * The worker script: the bundle's own (dist/cliWorker.js, beside dist/cli.js) or, running from
 * source as the tests do, the module, through tsx (workers do not inherit the loader hooks).
 */
function workerScript(): { file: string; preload: string[] } {
  return __filename.endsWith('.ts')
    ? { file: join(__dirname, 'parallelWorkerSource.ts'), preload: [createRequire(__filename).resolve('tsx/cjs')] }
    : { file: join(__dirname, 'cliWorker.js'), preload: [] };
}
