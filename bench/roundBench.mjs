// The whole round after a keystroke, as a user with the outline, the Tasks view and the Gantt open
// feels it: each didChange is followed at once (concurrently, as VS Code sends them) by the
// outline, code lenses, inlay hints of the visible lines, folding ranges, the task tree and the
// Gantt model; the round ends when all have answered and that version's diagnostics are published.
// Per request, the median time to its answer is printed too, so a slow one shows.
// dist/server.js over stdio: run `node esbuild.mjs` first (npm run bench does).
//
//   node bench/roundBench.mjs [--sizes 5000,20000] [--edits 12] [--only outline,codeLens,inlayHints,folding,taskTree,gantt] [--json FILE]
//
// With the rounds it reads the server's peak RSS (VmHWM) and its RSS a few seconds after the plan closed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { memoryOf } from './lsp/lspServer.mjs';
import { openGeneratedPlan } from './lsp/openedPlan.mjs';
import { planEdit } from './lsp/planEdits.mjs';
import { median, option } from './benchArgs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'generated');
const SIZES = option('sizes', '5000,20000').split(',').map(Number);
const EDITS = Number(option('edits', '12'));
/** `--json FILE`: the results as JSON too, for `bench/targets.mjs`. */
const JSON_OUT = option('json', undefined);
/** `--only outline,gantt`: just these requests in each round (to see what each adds). */
const ONLY = option('only', '').split(',').filter(Boolean);
/** The round's target median in ms, by plan size (issue: ≤ 150 ms at 5k, ≤ 400 ms at 20k). */
const TARGETS = { 5000: 150, 20000: 400 };
/** Lines an editor shows at once: inlay hints are asked for these around the edit. */
const VISIBLE_LINES = 60;

/**
 * What VS Code asks after a change, with the views of XProj open; `line` is where the edit is.
 * VS Code asks only for what the server offers (without folding ranges, it folds by indentation).
 */
function roundRequests(uri, line, capabilities, revisions) {
  const at = { textDocument: { uri } };
  const top = Math.max(0, line - VISIBLE_LINES / 2);
  const all = {
    outline: ['documentSymbolProvider', 'textDocument/documentSymbol', at],
    codeLens: ['codeLensProvider', 'textDocument/codeLens', at],
    inlayHints: [
      'inlayHintProvider',
      'textDocument/inlayHint',
      { ...at, range: { start: { line: top, character: 0 }, end: { line: top + VISIBLE_LINES, character: 0 } } },
    ],
    folding: ['foldingRangeProvider', 'textDocument/foldingRange', at],
    // As the client asks: naming the revision it holds, so the answer is a patch of it.
    taskTree: [undefined, 'xproj/taskTree', { uri, since: revisions.taskTree }],
    gantt: [undefined, 'xproj/ganttModel', { uri, since: revisions.gantt }],
  };
  return Object.fromEntries(
    Object.entries(all)
      .filter(([name, [capability]]) => (capability === undefined || capabilities[capability]) && (ONLY.length === 0 || ONLY.includes(name)))
      .map(([name, [, method, params]]) => [name, [method, params]]),
  );
}

async function measure(tasks) {
  const { server, uri, text, capabilities } = await openGeneratedPlan(ROOT, OUT, tasks);
  try {
    const rounds = [];
    const diagnostics = [];
    const perRequest = {};
    let current = text;
    /** The revision of each view's model the "client" holds: the views fetched theirs when the plan opened. */
    const revisions = {};
    for (const [name, method] of [
      ['taskTree', 'xproj/taskTree'],
      ['gantt', 'xproj/ganttModel'],
    ]) {
      revisions[name] = (await server.timed(method, { uri }, 60_000)).answer?.revision;
    }
    for (let i = 0; i < EDITS; i++) {
      const { change, text: next } = planEdit(current, i, EDITS);
      current = next;
      const version = i + 2;
      const mark = server.events.length;
      const sent = performance.now();
      await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const requests = Object.entries(roundRequests(uri, change.range.start.line, capabilities, revisions)).map(async ([name, [method, params]]) => {
        const { ms, answer } = await server.timed(method, params, 60_000);
        (perRequest[name] ??= []).push(ms);
        if (typeof answer?.revision === 'number') {
          revisions[name] = answer.revision;
        }
        return ms;
      });
      const published = server
        .next(mark, (e) => e.method === 'textDocument/publishDiagnostics' && e.params.uri === uri && e.params.version === version, 60_000)
        .then((e) => (e ? e.at - sent : NaN));
      const [diag, ...answered] = await Promise.all([published, ...requests]);
      diagnostics.push(diag);
      rounds.push(Math.max(diag, ...answered));
      await server.settle(300, 10_000);
    }
    const { peak } = memoryOf(server.pid);
    await server.notify('textDocument/didClose', { textDocument: { uri } });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const closed = memoryOf(server.pid).rss;
    return { tasks, rounds, diagnostics, perRequest, peak, closed };
  } finally {
    await server.dispose();
  }
}

if (!existsSync(join(ROOT, 'dist', 'server.js'))) {
  spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
mkdirSync(OUT, { recursive: true });
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`whole round after an edit (node ${process.version}; load average ${load()} on ${availableParallelism()} CPUs; median of ${EDITS} edits, ms)`);
const results = [];
for (const tasks of SIZES) {
  const r = await measure(tasks);
  results.push({ tasks, round: median(r.rounds), roundMax: Math.max(...r.rounds), diagnostics: median(r.diagnostics), peak: r.peak, closed: r.closed });
  const target = TARGETS[tasks];
  const verdict = target === undefined ? '' : median(r.rounds) <= target ? `  ≤ ${target}: met` : `  ≤ ${target}: NOT met`;
  const parts = Object.entries(r.perRequest).map(([name, ms]) => `${name} ${median(ms).toFixed(0)}`);
  console.log(`${String(tasks).padStart(6)} tasks: round ${median(r.rounds).toFixed(0)} (max ${Math.max(...r.rounds).toFixed(0)})${verdict}`);
  console.log(`              diagnostics ${median(r.diagnostics).toFixed(0)}; ${parts.join(', ')}`);
  console.log(`              peak RSS ${r.peak.toFixed(0)} MB, ${r.closed.toFixed(0)} MB after the plan closed`);
}
if (JSON_OUT) {
  writeFileSync(JSON_OUT, JSON.stringify(results));
}
console.log(`load average after: ${load()}`);
