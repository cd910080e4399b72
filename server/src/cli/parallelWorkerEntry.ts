// The bundle entry of `checkPlans`' workers (dist/cliWorker.js, beside dist/cli.js).
import { workerData } from 'node:worker_threads';
import { precompiledValidator } from '../precompiledSchema';
import type { WorkerSetup } from './parallelCheck';
import { serveChecks } from './parallelWorker';

serveChecks(workerData as WorkerSetup, precompiledValidator);
