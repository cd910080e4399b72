import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { readBaseline } from './files/baselineReader';
import { readPlanFile } from './files/planReader';
import { collectorOfClosedPlans, heapGrowthByOpenPlans, limitHeapGrowth } from './heapPolicy';
import { precompiledValidator } from './precompiledSchema';
import { guardedStdio } from './transport/guardedStdio';
import { startServer } from './xprojServer';

// The process entry of the language server: process-wide settings here, the server in xprojServer.ts.
limitHeapGrowth();
const stdio = guardedStdio();
const connection = stdio ? createConnection(ProposedFeatures.all, stdio.input, stdio.output) : createConnection(ProposedFeatures.all);

// stdout is the protocol channel under --stdio: all logging goes to the client's console.
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('uncaughtException', (e: unknown) => {
  connection.console.error(`Uncaught exception: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});

startServer(connection, {
  // Imports and closed workspace plans: plan files only, regular files only, bounded in size.
  readPlan: (path) => readPlanFile(path, { plansOnly: true }),
  readBaseline,
  schemaValidator: precompiledValidator,
  // The bundle lives in dist/; the docs ship beside it in the package.
  rulesDocumentationUri: pathToFileURL(join(__dirname, '..', 'docs', 'rules.md')).toString(),
  collectSoon: collectorOfClosedPlans(),
  openTextChanged: heapGrowthByOpenPlans(),
  logger: { error: (message) => connection.console.error(message) },
});
