// `npm run bench`: how much a full check costs next to `yaml`'s own parse (the floor), for
// generated plans of 1k, 5k and 20k tasks. In-process: medians of warm runs through the
// service facade (schema + every rule + schedule). Whole process: one run of each command, as a
// user or CI sees it. Prints numbers only. Target (the performance issue): check ≤ 1.3×
// parseDocument for 5k tasks, whole processes. Then the LSP benchmark (bench/lspBench.mjs: edits
// on an open plan, against yaml-language-server), unless `--no-lsp` is given, after the speed-up
// of checking a folder of large plans in worker threads (bench/cliParallelBench.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { parseDocument } from 'yaml';
import { generatePlan } from './generatePlan.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'generated');
const SIZES = [
  { tasks: 1000, runs: 5 },
  { tasks: 5000, runs: 5 },
  { tasks: 20000, runs: 3 },
];

/** The service as the CLI and server ship it: one esbuild bundle (outside the repository, so lint skips it), loaded once. */
async function loadService() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'xproj-bench-')), 'service.cjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'server/src/service/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const require = createRequire(import.meta.url);
  const service = require(outfile);
  rmSync(dirname(outfile), { recursive: true, force: true });
  return { service, textDocument: require('vscode-languageserver-textdocument').TextDocument };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall and CPU time in ms of `runs` calls, after one untimed warm-up call. */
function time(runs, fn) {
  fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** One run of a node process: wall time, and its own CPU time as reported by cpuUsage.cjs. */
function runProcess(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(ROOT, 'bench/cpuUsage.mjs')).href, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = Number(/BENCH_CPU_MS ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
  return { wall, cpu, status: r.status };
}

function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

const fmt = (ms) => ms.toFixed(1);
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

mkdirSync(OUT, { recursive: true });
const { service: xproj, textDocument: TextDocument } = await loadService();
const languageService = xproj.getLanguageService({ locale: 'en' });

const inProcess = [];
const wholeProcess = [];
for (const { tasks, runs } of SIZES) {
  const file = join(OUT, `plan-${tasks}.xproj.yaml`);
  const text = generatePlan({ tasks, seed: 1 });
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const mb = statSync(file).size / (1024 * 1024);

  const parse = time(runs, () => parseDocument(text));
  let analysis;
  const check = time(runs, () => {
    analysis = languageService.analyze(TextDocument.create(uri, 'xproj', 1, text));
  });
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  const others = analysis.problems.length - errors;
  inProcess.push([
    `${tasks}`,
    mb.toFixed(2),
    fmt(parse.wall),
    fmt(check.wall),
    ratio(check.wall, parse.wall),
    fmt(parse.cpu),
    fmt(check.cpu),
    ratio(check.cpu, parse.cpu),
    `${errors}/${others}`,
  ]);

  const rel = relative(ROOT, file);
  const parseProcess = runProcess(['-e', `require('yaml').parseDocument(require('fs').readFileSync(${JSON.stringify(rel)}, 'utf8'))`]);
  const checkProcess = runProcess([join(ROOT, 'bin/xproj.js'), 'check', rel]);
  wholeProcess.push([
    `${tasks}`,
    fmt(parseProcess.wall),
    fmt(checkProcess.wall),
    ratio(checkProcess.wall, parseProcess.wall),
    fmt(parseProcess.cpu),
    fmt(checkProcess.cpu),
    ratio(checkProcess.cpu, parseProcess.cpu),
    `${checkProcess.status}`,
  ]);
}

const yamlVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/yaml/package.json'), 'utf8')).version;
console.log(`node ${process.version}, yaml ${yamlVersion}`);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} CPUs`,
);
console.log('\nIn process (median ms of warm runs; the service and its schema are created once):');
console.log(table(['tasks', 'MB', 'parse wall', 'check wall', 'ratio', 'parse cpu', 'check cpu', 'ratio', 'errors/other'], inProcess));
console.log('\nWhole process (one run each, ms; target for 5k: check <= 1.3x parseDocument):');
console.log(table(['tasks', 'parse wall', 'check wall', 'ratio', 'parse cpu', 'check cpu', 'ratio', 'exit'], wholeProcess));

console.log('');
spawnSync(process.execPath, [join(ROOT, 'bench/cliParallelBench.mjs')], { cwd: ROOT, stdio: 'inherit' });

console.log('\nThe statutory calendar (target: a 5k-task plan with preset: cn checks and schedules as fast as without):');
spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/cnCalendarBench.ts'), '1000000'], { cwd: ROOT, stdio: 'inherit' });

if (!process.argv.includes('--no-lsp')) {
  console.log('');
  const lsp = spawnSync(process.execPath, [join(ROOT, 'bench/lspBench.mjs')], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = lsp.status ?? 1;
}
