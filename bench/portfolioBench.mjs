// Plans checked together: a workspace of N plans (default 20 × 500 tasks) that import their
// people (default 200) from one organisation file, each plan booking a window of them.
//  1. `xproj check --portfolio FOLDER` against `xproj check FOLDER` and against checking the
//     plans one by one (a process per plan, as a CI loop over files would); median of 3 runs.
//  2. The language server on that folder: one plan open, then another; an edit of the first
//     that changes its bookings, until its diagnostics (with the portfolio) are published, and
//     until the second plan's are republished.
// Whole processes through bin/xproj.js and dist/server.js: run `node esbuild.mjs` first.
//
//   node bench/portfolioBench.mjs [--plans 20] [--tasks 500] [--people 200] [--edits 10]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePlan } from './generatePlan.mjs';
import { LspServer } from './lsp/lspServer.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i >= 0 ? process.argv[i + 1] : fallback);
};
const PLANS = option('plans', 20);
const TASKS = option('tasks', 500);
const PEOPLE = option('people', 200);
const EDITS = option('edits', 10);
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const pid = (n) => `p${String(n).padStart(5, '0')}`;

/**
 * The generator's plans define their own people p00000…; here each plan's people are moved to a
 * window of the organisation's (shifted by the plan's index), and its people, departments and
 * phases come from the organisation file instead.
 */
export function workspaceFiles() {
  const files = {};
  const org = ['xproj: 1', 'departments:'];
  for (let d = 0; d < 10; d++) {
    org.push(`  - {id: d${String(d).padStart(3, '0')}, name: 部门${d}, head: ${pid(d * 3)}, liaison: ${pid(d * 3 + 1)}}`);
  }
  org.push('people:');
  for (let p = 0; p < PEOPLE; p++) {
    org.push(`  - {id: ${pid(p)}, name: 员工${p}, department: d${String(p % 10).padStart(3, '0')}}`);
  }
  org.push('phases:', ...['initiation', 'planning', 'execution', 'monitoring', 'closing'].map((id) => `  - {id: ${id}, name: ${id}}`), '');
  files['org.xproj.yaml'] = org.join('\n');
  for (let i = 0; i < PLANS; i++) {
    const generated = generatePlan({ tasks: TASKS, seed: i + 1 });
    const lines = generated.split('\n');
    const from = lines.indexOf('departments:');
    const to = lines.indexOf('tasks:');
    const kept = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    const shift = Math.floor((i * PEOPLE) / PLANS);
    const text = kept
      .replace(/\bp(\d{5})\b/g, (_, n) => pid((Number(n) + shift) % PEOPLE))
      .replace(/\bd(\d{3})\b/g, (_, n) => `d${String(Number(n) % 10).padStart(3, '0')}`)
      .replace(/^xproj: 1$/m, 'xproj: 1\nimports: [org.xproj.yaml]');
    files[`plan-${String(i).padStart(2, '0')}.xproj.yaml`] = text;
  }
  return files;
}

function cli(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'xproj.js'), ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status === 2 || r.status === null) {
    throw new Error(`xproj ${args.join(' ')} failed: ${r.stderr}`);
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout: r.stdout };
}

async function lspEdits(folder, names) {
  const server = new LspServer([join(ROOT, 'dist', 'server.js'), '--stdio'], () => ({}));
  try {
    await server.initialize(pathToFileURL(folder).href);
    const [first, second] = names.map((n) => pathToFileURL(join(folder, n)).href);
    const text = readFileSync(join(folder, names[0]), 'utf8');
    const published = (uri, version) => (e) =>
      e.method === 'textDocument/publishDiagnostics' && e.params.uri === uri && (version === undefined || e.params.version === version);
    let start = performance.now();
    let mark = server.events.length;
    await server.notify('textDocument/didOpen', { textDocument: { uri: first, languageId: 'xproj', version: 1, text } });
    const opened = await server.next(mark, published(first, 1), 120_000);
    const openMs = opened.at - start;
    const portfolioCount = opened.params.diagnostics.filter((d) => d.code === 'overallocation' && /across plans/.test(d.message)).length;
    mark = server.events.length;
    await server.notify('textDocument/didOpen', {
      textDocument: { uri: second, languageId: 'xproj', version: 1, text: readFileSync(join(folder, names[1]), 'utf8') },
    });
    await server.next(mark, published(second, 1), 120_000);
    await server.settle(500, 10_000);
    const own = [];
    const other = [];
    for (let e = 0; e < EDITS; e++) {
      // One assignment's load goes up, or back: a keystroke's edit that changes the plan's bookings.
      const edited = e % 2 === 0 ? text.replace(/load: 0\.25\b/, 'load: 0.3') : text;
      const version = e + 2;
      mark = server.events.length;
      start = performance.now();
      await server.notify('textDocument/didChange', { textDocument: { uri: first, version }, contentChanges: [{ text: edited }] });
      const mine = await server.next(mark, published(first, version), 60_000);
      const theirs = await server.next(mark, published(second), 5_000);
      own.push(mine.at - start);
      if (theirs) {
        other.push(theirs.at - start);
      }
      await server.settle(300, 10_000);
    }
    return { openMs, portfolioCount, own, other };
  } finally {
    await server.dispose();
  }
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'xproj-portfolio-bench-'));
  try {
    const files = workspaceFiles();
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(folder, name), text);
    }
    const plans = Object.keys(files).filter((n) => n.startsWith('plan-'));
    console.log(
      `${PLANS} plans × ${TASKS} tasks sharing ${PEOPLE} people (${(Object.values(files).reduce((s, t) => s + t.length, 0) / 1e6).toFixed(1)} MB); ${availableParallelism()} CPUs, load ${loadavg()[0].toFixed(2)}`,
    );
    const folderRuns = [];
    const portfolioRuns = [];
    const oneByOneRuns = [];
    let problems = 0;
    for (let r = 0; r < RUNS; r++) {
      folderRuns.push(cli(['check', folder, '--format', 'json']).ms);
      const together = cli(['check', '--portfolio', folder, '--format', 'json']);
      portfolioRuns.push(together.ms);
      problems = JSON.parse(together.stdout).filter((p) => p.code === 'overallocation' && p.message.includes('across plans')).length;
      oneByOneRuns.push(plans.reduce((sum, name) => sum + cli(['check', join(folder, name), '--format', 'json']).ms, 0));
    }
    const [alone, portfolio, oneByOne] = [median(folderRuns), median(portfolioRuns), median(oneByOneRuns)];
    console.log(`check FOLDER                 ${alone.toFixed(0).padStart(7)} ms`);
    console.log(`check --portfolio FOLDER     ${portfolio.toFixed(0).padStart(7)} ms  (${problems} cross-plan overallocations)`);
    console.log(`check each plan, one by one  ${oneByOne.toFixed(0).padStart(7)} ms  (${plans.length} processes)`);
    console.log(`--portfolio / one by one     ${(portfolio / oneByOne).toFixed(2)}×   --portfolio / FOLDER ${(portfolio / alone).toFixed(2)}×`);
    const lsp = await lspEdits(folder, plans.slice(0, 2));
    console.log(`lsp: open ${plans[0]} with the workspace unread: ${lsp.openMs.toFixed(0)} ms to diagnostics (${lsp.portfolioCount} across plans)`);
    console.log(
      `lsp: edit → its diagnostics with the portfolio: median ${median(lsp.own).toFixed(0)} ms, max ${Math.max(...lsp.own).toFixed(0)} ms (${lsp.own.length} edits)`,
    );
    if (lsp.other.length > 0) {
      console.log(
        `lsp: edit → the other open plan republished:    median ${median(lsp.other).toFixed(0)} ms, max ${Math.max(...lsp.other).toFixed(0)} ms (${lsp.other.length} of ${lsp.own.length} edits)`,
      );
    } else {
      console.log('lsp: the other open plan was not republished (its conflicts did not change)');
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
