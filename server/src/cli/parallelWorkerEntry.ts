// The bundle entry of `checkPlans`' workers (dist/cliWorker.js, beside dist/cli.js).
import { installPrecompiledSchema } from '../precompiledSchema';
import './parallelWorker';

installPrecompiledSchema();
