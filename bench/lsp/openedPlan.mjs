// A generated plan opened in a fresh XProj server (dist/server.js over stdio), analysed and settled:
// where the round and source-action benchmarks start.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePlan } from '../generatePlan.mjs';
import { LspServer } from './lspServer.mjs';

/** Writes the plan of `tasks` tasks (seed 1) to `out`, opens it and waits for its complete analysis. */
export async function openGeneratedPlan(root, out, tasks) {
  const file = join(out, `plan-${tasks}.xproj.yaml`);
  const text = generatePlan({ tasks, seed: 1 });
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const server = new LspServer([join(root, 'dist', 'server.js'), '--stdio'], () => ({}));
  const capabilities = await server.initialize(pathToFileURL(out).href);
  const mark = server.events.length;
  await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xproj', version: 1, text } });
  await server.next(mark, (e) => e.method === 'xproj/planChanged' && e.params.uri === uri, 180_000);
  await server.settle(1000, 60_000);
  return { server, uri, text, capabilities };
}
