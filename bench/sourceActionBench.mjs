// Source actions on a large plan over LSP, as VS Code asks for them (Source Action… menu,
// `editor.codeActionsOnSave`): `textDocument/codeAction` with `only: ['source']`, which computes
// every source action (RACI blocks, standard meetings, fix all). The first request after the open
// and the median of the next ones, in ms.
//
//   node bench/sourceActionBench.mjs [--sizes 20000] [--runs 4] [--json FILE]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { generatePlan } from './generatePlan.mjs';
import { LspServer } from './lsp/lspServer.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'generated');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const SIZES = option('sizes', '20000').split(',').map(Number);
const RUNS = Number(option('runs', '4'));
const JSON_OUT = option('json', undefined);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(tasks) {
  const file = join(OUT, `plan-${tasks}.xproj.yaml`);
  const text = generatePlan({ tasks, seed: 1 });
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const server = new LspServer([join(ROOT, 'dist', 'server.js'), '--stdio'], () => ({}));
  try {
    await server.initialize(pathToFileURL(OUT).href);
    const mark = server.events.length;
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xproj', version: 1, text } });
    await server.next(mark, (e) => e.method === 'xproj/planChanged' && e.params.uri === uri, 180_000);
    await server.settle(1000, 60_000);
    const params = {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source'], triggerKind: 1 },
    };
    const times = [];
    let actions = [];
    for (let run = 0; run < RUNS; run++) {
      const { ms, answer } = await server.timed('textDocument/codeAction', params, 120_000);
      times.push(ms);
      actions = answer ?? [];
    }
    return { tasks, first: times[0], warm: median(times.slice(1)), actions: actions.map((a) => a.kind) };
  } finally {
    await server.dispose();
  }
}

if (!existsSync(join(ROOT, 'dist', 'server.js'))) {
  spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
mkdirSync(OUT, { recursive: true });
const results = [];
for (const tasks of SIZES) {
  const r = await measure(tasks);
  results.push(r);
  console.log(
    `${String(tasks).padStart(6)} tasks: source actions first ${r.first.toFixed(0)} ms, then median ${r.warm.toFixed(0)} ms (${r.actions.join(', ')})`,
  );
}
if (JSON_OUT) {
  writeFileSync(JSON_OUT, JSON.stringify(results));
}
