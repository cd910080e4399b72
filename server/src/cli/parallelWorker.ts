import type { ValidateFunction } from 'ajv';
import { parentPort } from 'node:worker_threads';
import type { LanguageService } from '../service';
import { checkOne } from './parallelCheck';
import type { CheckAnswer, CheckJob, WorkerSetup } from './parallelCheck';
import { createService } from './planLoader';

/**
 * A worker of `checkPlans`: checks each plan it is sent with its own language service and posts
 * the outcome, then bumps the shared counter the main thread waits on.
 */
export function serveChecks(setup: WorkerSetup, schemaValidator?: ValidateFunction): void {
  let service: LanguageService | undefined;
  parentPort?.on('message', (job: CheckJob) => {
    service ??= createService(setup.options, schemaValidator);
    const answer: CheckAnswer = { index: job.index, outcome: checkOne(service, job.absolutePath, setup.options.maxProblems, setup.options.portfolio) };
    setup.port.postMessage(answer);
    Atomics.add(setup.signal, 0, 1);
    Atomics.notify(setup.signal, 0);
  });
}
