// `node bench/reportBench.mjs` (after `node esbuild.mjs`; also the end of `npm run bench`): what
// `xproj report weekly` costs next to `xproj check` of the same generated plan (5,000 tasks by
// default, `--tasks N`), as whole processes through the built CLI, as a user or CI runs them.
// Medians of `--runs` runs (5) after one warm-up, of each process's own CPU time (reported by
// bench/cpuUsage.mjs: other load on the machine disturbs it far less than wall time) and of wall
// time. Target (issue #15): report weekly ≤ 1.3× check. Prints numbers only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePlan } from './generatePlan.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'xproj.js');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TASKS = option('tasks', 5000);
const RUNS = option('runs', 5);

if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run `node esbuild.mjs` first.');
  process.exit(2);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const CPU_PRELOAD = pathToFileURL(join(ROOT, 'bench', 'cpuUsage.mjs')).href;

/** Median CPU and wall time in ms of the command, after one untimed run; its exit code must be one of `codes`. */
function timeCommand(args, codes) {
  const run = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', CPU_PRELOAD, BIN, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, LANG: 'C' },
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (!codes.includes(r.status)) {
      throw new Error(`xproj ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
    }
    const cpu = Number(/BENCH_CPU_MS ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
    return { cpu, wall };
  };
  run();
  const runs = Array.from({ length: RUNS }, run);
  return { cpu: median(runs.map((x) => x.cpu)), wall: median(runs.map((x) => x.wall)) };
}

const dir = mkdtempSync(join(tmpdir(), 'xproj-report-bench-'));
try {
  const file = join(dir, 'plan.xproj.yaml');
  writeFileSync(file, generatePlan({ tasks: TASKS, seed: 1 }));
  const check = timeCommand(['check', file, '--format', 'json'], [0, 1]);
  const rows = [['check --format json', check]];
  for (const [kind, format] of [
    ['weekly', 'json'],
    ['weekly', 'markdown'],
    ['weekly', 'html'],
    ['funds', 'markdown'],
    ['risks', 'markdown'],
    ['closing', 'markdown'],
  ]) {
    rows.push([`report ${kind} --format ${format}`, timeCommand(['report', kind, file, '--format', format], [0])]);
  }
  console.log(`xproj report vs check, ${TASKS} tasks, whole processes, medians of ${RUNS} runs (CPU time of the process; wall time)`);
  for (const [name, t] of rows) {
    const cpu = `${t.cpu.toFixed(0).padStart(6)} ms CPU  ${(t.cpu / check.cpu).toFixed(2)}× check`;
    console.log(`  ${name.padEnd(34)} ${cpu}   ${t.wall.toFixed(0).padStart(6)} ms wall  ${(t.wall / check.wall).toFixed(2)}× check`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
