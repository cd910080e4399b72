import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { LanguageService } from '../service';
import { checkOne } from './parallelCheck';
import type { CheckAnswer, CheckJob, WorkerSetup } from './parallelCheck';
import { createService } from './planLoader';

/**
 * A worker of `checkPlans`: checks each plan it is sent with its own language service and posts
 * the outcome, then bumps the shared counter the main thread waits on.
 */
export function serveChecks(setup: WorkerSetup): void {
  let service: LanguageService | undefined;
  parentPort?.on('message', (job: CheckJob) => {
    // Created on the first job, so that a bundle's entry can install its precompiled schema first.
    service ??= createService(setup.options);
    const answer: CheckAnswer = { index: job.index, outcome: checkOne(service, job.absolutePath, setup.options.maxProblems) };
    setup.port.postMessage(answer);
    Atomics.add(setup.signal, 0, 1);
    Atomics.notify(setup.signal, 0);
  });
}

if (!isMainThread && (workerData as Partial<WorkerSetup> | null)?.signal instanceof Int32Array) {
  serveChecks(workerData as WorkerSetup);
}
