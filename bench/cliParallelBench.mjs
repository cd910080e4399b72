// `xproj check` on a folder of large plans, with one thread and with worker threads: the speed-up
// of checking many files in parallel. Whole processes through bin/xproj.js (build first), median
// wall time of 3 runs each; the reports must be identical.
//
//   node bench/cliParallelBench.mjs [--plans 4] [--tasks 5000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generatePlan.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i >= 0 ? process.argv[i + 1] : fallback);
};
const PLANS = option('plans', 4);
const TASKS = option('tasks', 5000);
const RUNS = 3;

const folder = mkdtempSync(join(tmpdir(), 'xproj-cli-bench-'));
try {
  for (let i = 0; i < PLANS; i++) {
    writeFileSync(join(folder, `plan-${i}.xproj.yaml`), generatePlan({ tasks: TASKS, seed: i + 1 }));
  }
  const run = (jobs) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'xproj.js'), 'check', folder, '--format', 'json', '--jobs', String(jobs)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, out: r.stdout, status: r.status };
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const cpus = availableParallelism();
  const rows = [];
  let reference;
  for (const jobs of [1, Math.min(cpus, PLANS)]) {
    const runs = Array.from({ length: RUNS }, () => run(jobs));
    reference ??= runs[0].out;
    if (runs.some((r) => r.out !== reference)) {
      throw new Error(`--jobs ${jobs} printed another report`);
    }
    rows.push({ jobs, ms: median(runs.map((r) => r.ms)) });
  }
  console.log(
    `xproj check on ${PLANS} plans of ${TASKS} tasks; node ${process.version}; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${cpus} CPUs`,
  );
  for (const { jobs, ms } of rows) {
    console.log(`--jobs ${jobs}: ${(ms / 1000).toFixed(2)} s (median of ${RUNS})${jobs > 1 ? `, ${(rows[0].ms / ms).toFixed(2)}x faster` : ''}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
