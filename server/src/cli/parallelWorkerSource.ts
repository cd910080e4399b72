// The workers' entry when the CLI runs from source, as the tests run it (no build-time validator).
import { workerData } from 'node:worker_threads';
import type { WorkerSetup } from './parallelCheck';
import { serveChecks } from './parallelWorker';

serveChecks(workerData as WorkerSetup);
