// Source actions on a large plan over LSP, as VS Code asks for them (Source Action… menu,
// `editor.codeActionsOnSave`): `textDocument/codeAction` with `only: ['source']`, which computes
// every source action (RACI blocks, standard meetings, fix all). The first request after the open
// and the median of the next ones, in ms.
//
//   node bench/sourceActionBench.mjs [--sizes 20000] [--runs 4] [--json FILE]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { openGeneratedPlan } from './lsp/openedPlan.mjs';
import { median, option } from './benchArgs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'generated');
const SIZES = option('sizes', '20000').split(',').map(Number);
const RUNS = Number(option('runs', '4'));
const JSON_OUT = option('json', undefined);

async function measure(tasks) {
  const { server, uri } = await openGeneratedPlan(ROOT, OUT, tasks);
  try {
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
