// The LSP benchmark of the incremental-analysis issue: on generated plans of 1k, 5k and 20k tasks,
// XProj's server (dist/server.js) and the `yaml-language-server` package (with the XProj schema
// mapped through `yaml.schemas`) get the same document and the same edits. Measured per server:
// didOpen → first diagnostics (and, for XProj, → the finished analysis); each didChange → the
// diagnostics of that version (yaml-language-server: its next publish), as the user waits for
// them, debounce included; completion and hover round trips (median of 10); peak RSS (VmHWM) and
// RSS a few seconds after didClose. The servers run one after the other, never side by side.
//
//   node bench/lspBench.mjs [--sizes 1000,5000,20000] [--servers xproj,yaml] [--edits 10] [--json FILE]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { generatePlan } from './generatePlan.mjs';
import { LspServer, memoryOf } from './lsp/lspServer.mjs';
import { completionPosition, hoverPosition, planEdit } from './lsp/planEdits.mjs';
import { median, option } from './benchArgs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'generated');
const SIZES = option('sizes', '1000,5000,20000').split(',').map(Number);
const SERVERS = option('servers', 'xproj,yaml').split(',');
const EDITS = Number(option('edits', '10'));
/** `--json FILE`: the results as JSON too, for `bench/targets.mjs`. */
const JSON_OUT = option('json', undefined);
const SCHEMA_URI = pathToFileURL(join(ROOT, 'schemas', 'xproj.schema.json')).href;

const SERVER_KINDS = {
  xproj: {
    label: 'xproj',
    languageId: 'xproj',
    args: [join(ROOT, 'dist', 'server.js'), '--stdio'],
    configuration: () => ({}),
  },
  yaml: {
    label: 'yaml-language-server',
    languageId: 'yaml',
    args: [
      '--import',
      pathToFileURL(join(ROOT, 'bench', 'lsp', 'yamlServerShim.mjs')).href,
      join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'),
      '--stdio',
    ],
    configuration: (section) =>
      section === 'yaml' ? { schemas: { [SCHEMA_URI]: '*.xproj.yaml' }, validate: true, hover: true, completion: true, schemaStore: { enable: false } } : {},
  },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const isDiagnostics =
  (uri, accept = () => true) =>
  (e) =>
    e.method === 'textDocument/publishDiagnostics' && e.params.uri === uri && accept(e.params);

/** One server on one plan: open, edits, requests, close. */
async function measure(kind, tasks, text, uri) {
  const server = new LspServer(kind.args, kind.configuration);
  try {
    await server.initialize(pathToFileURL(OUT).href);
    await sleep(500);
    const idle = memoryOf(server.pid).rss;
    const openedAt = performance.now();
    let mark = server.events.length;
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: kind.languageId, version: 1, text } });
    const first = await server.next(mark, isDiagnostics(uri), 180_000);
    const full = kind.label === 'xproj' ? await server.next(mark, (e) => e.method === 'xproj/planChanged' && e.params.uri === uri, 180_000) : first;
    await server.settle(1000, 60_000);

    const edits = [];
    let current = text;
    for (let i = 0; i < EDITS; i++) {
      const { change, text: next } = planEdit(current, i, EDITS);
      current = next;
      const version = i + 2;
      mark = server.events.length;
      const sent = performance.now();
      await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const accept = kind.label === 'xproj' ? (p) => p.version === version : () => true;
      const published = await server.next(mark, isDiagnostics(uri, accept), 60_000);
      edits.push(published ? published.at - sent : NaN);
      await server.settle(300, 10_000);
    }

    const at = { textDocument: { uri } };
    const completion = [];
    const hover = [];
    for (let i = 0; i < 10; i++) {
      completion.push(await server.time('textDocument/completion', { ...at, position: completionPosition(current) }));
      hover.push(await server.time('textDocument/hover', { ...at, position: hoverPosition(current) }));
    }
    const { peak, rss: open } = memoryOf(server.pid);
    await server.notify('textDocument/didClose', at);
    await sleep(5000);
    const closed = memoryOf(server.pid).rss;
    return {
      server: kind.label,
      tasks,
      firstDiagnostics: first ? first.at - openedAt : NaN,
      fullAnalysis: full ? full.at - openedAt : NaN,
      editMedian: median(edits),
      editMax: Math.max(...edits),
      // The first edits after an open also pay for V8 compiling the checks' code.
      editWarm: median(edits.slice(edits.length >> 1)),
      completion: median(completion),
      hover: median(hover),
      idle,
      open,
      peak,
      closed,
    };
  } finally {
    await server.dispose();
  }
}

function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

if (!existsSync(join(ROOT, 'dist', 'server.js'))) {
  spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
mkdirSync(OUT, { recursive: true });
const results = [];
for (const tasks of SIZES) {
  const file = join(OUT, `plan-${tasks}.xproj.yaml`);
  const text = generatePlan({ tasks, seed: 1 });
  writeFileSync(file, text);
  for (const name of SERVERS) {
    const result = await measure(SERVER_KINDS[name], tasks, text, pathToFileURL(file).href);
    results.push(result);
    console.error(`measured ${result.server} on ${tasks} tasks`);
  }
}

const ms = (v) => (Number.isNaN(v) ? 'n/a' : v.toFixed(0));
const mb = (v) => (Number.isNaN(v) ? 'n/a' : v.toFixed(0));
console.log(
  `node ${process.version}; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} CPUs`,
);
console.log(
  `\nLSP over stdio (ms; edits: didChange → that version's diagnostics, debounce included, median and worst of ${EDITS}, and median of the second half; requests: median of 10; MB):`,
);
console.log(
  table(
    ['server', 'tasks', 'open→diag', 'open→full', 'edit med', 'edit max', '2nd half', 'complete', 'hover', 'RSS idle', 'RSS open', 'peak RSS', 'RSS closed'],
    results.map((r) => [
      r.server,
      r.tasks,
      ms(r.firstDiagnostics),
      ms(r.fullAnalysis),
      ms(r.editMedian),
      ms(r.editMax),
      ms(r.editWarm),
      ms(r.completion),
      ms(r.hover),
      mb(r.idle),
      mb(r.open),
      mb(r.peak),
      mb(r.closed),
    ]),
  ),
);
for (const tasks of SIZES) {
  const [x, y] = ['xproj', 'yaml-language-server'].map((s) => results.find((r) => r.server === s && r.tasks === tasks));
  if (x && y) {
    console.log(`${tasks} tasks: an edit's diagnostics ${(y.editMedian / x.editMedian).toFixed(1)}x sooner than yaml-language-server's`);
  }
}
if (JSON_OUT) {
  writeFileSync(JSON_OUT, JSON.stringify(results));
}
