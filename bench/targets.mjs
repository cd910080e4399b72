// Every speed target of the "speed as the user feels it" issue in one run, as one table: each
// target, XProj's figure, yaml-language-server's where it has one, and whether it is met. The
// machine's load is printed before and after, as each benchmark shares the two cores with nothing
// but itself. Each part is its own benchmark (run alone for details):
//   round        bench/roundBench.mjs      didChange → diagnostics and every view's answer
//   open, memory bench/lspBench.mjs        didOpen → complete diagnostics; peak and closed RSS
//   parse floor  bench/parseFloor.mjs      one cold `yaml` parseDocument, in the same run
//   Gantt frames bench/ganttBench.mjs      headless Chromium (skipped without Debian's chromium)
//   source       bench/sourceActionBench.mjs
//
//   node bench/targets.mjs [--edits 8]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generatePlan.mjs';
import { median, option } from './benchArgs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EDITS = option('edits', '8');
const SIZES = [5000, 20000];
const PARSE_RUNS = 3;
const work = mkdtempSync(join(tmpdir(), 'xproj-targets-'));

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Runs one benchmark with `--json`, its own output shown as it goes, and returns what it wrote. */
function run(script, args) {
  const out = join(work, `${script}.json`);
  console.error(`\n$ node bench/${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', script), ...args, '--json', out], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !existsSync(out)) {
    console.error(`bench/${script} failed (exit ${r.status}); its rows are left empty`);
    return [];
  }
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** The median of cold `parseDocument`s of each size's plan, each in a fresh process. */
function parseFloors() {
  mkdirSync(join(ROOT, 'bench', 'generated'), { recursive: true });
  const floors = {};
  for (const tasks of SIZES) {
    const file = join(ROOT, 'bench', 'generated', `plan-${tasks}.xproj.yaml`);
    writeFileSync(file, generatePlan({ tasks, seed: 1 }));
    const times = [];
    for (let i = 0; i < PARSE_RUNS; i++) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'parseFloor.mjs'), file], { cwd: ROOT, encoding: 'utf8' });
      times.push(Number(r.stdout.trim()));
    }
    floors[tasks] = median(times);
  }
  return floors;
}

const before = load();
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  process.exit(build.status ?? 1);
}
const floors = parseFloors();
const lsp = run('lspBench.mjs', ['--sizes', SIZES.join(','), '--edits', EDITS]);
const floorsAfter = parseFloors();
const rounds = run('roundBench.mjs', ['--sizes', SIZES.join(','), '--edits', EDITS]);
const gantt = existsSync('/usr/bin/chromium') ? run('ganttBench.mjs', ['--sizes', SIZES.join(',')]) : [];
const source = run('sourceActionBench.mjs', ['--sizes', '20000']);
const after = load();
rmSync(work, { recursive: true, force: true });

const of = (list, tasks, server) => list.find((r) => r.tasks === tasks && (server === undefined || r.server === server));
const ms = (v) => (v === undefined || Number.isNaN(v) ? 'n/a' : `${v.toFixed(0)} ms`);
const mb = (v) => (v === undefined || Number.isNaN(v) ? 'n/a' : `${v.toFixed(0)} MB`);
const rows = [];
/** One row: the target, XProj's figure, yaml-language-server's, and whether the figure meets the bound. */
const row = (target, figure, yaml, met) => rows.push([target, figure, yaml, met === undefined ? 'n/a' : met ? 'met' : 'NOT met']);

for (const tasks of SIZES) {
  const bound = tasks === 5000 ? 150 : 400;
  const r = of(rounds, tasks);
  const y = of(lsp, tasks, 'yaml-language-server');
  row(
    `1. whole round, ${tasks / 1000}k tasks: median ≤ ${bound} ms`,
    r ? `${ms(r.round)} (diagnostics ${ms(r.diagnostics)})` : 'n/a',
    y ? `diagnostics ${ms(y.editMedian)}` : 'n/a',
    r && r.round <= bound,
  );
}
for (const tasks of SIZES) {
  const ratio = tasks === 5000 ? 0.8 : 0.6;
  const x = of(lsp, tasks, 'xproj');
  const y = of(lsp, tasks, 'yaml-language-server');
  // The floor measured around the servers' opens, the lower of the two medians (the stricter bound).
  const floor = Math.min(floors[tasks], floorsAfter[tasks]);
  const measured = x ? x.fullAnalysis / floor : NaN;
  row(
    `2. open, ${tasks / 1000}k: complete diagnostics ≤ ${ratio}× parseDocument (${ms(floor)})`,
    x ? `${ms(x.fullAnalysis)} = ${measured.toFixed(2)}×` : 'n/a',
    y ? `${ms(y.firstDiagnostics)} = ${(y.firstDiagnostics / floor).toFixed(2)}×` : 'n/a',
    x && measured <= ratio,
  );
}
const g5 = of(gantt, 5000);
const g20 = of(gantt, 20000);
row('3. Gantt scroll frame p95, 5k: ≤ 16 ms', g5 ? `${g5.scrollP95.toFixed(1)} ms` : 'n/a (no chromium)', '—', g5 && g5.scrollP95 <= 16);
row('3. Gantt zoom frame p95, 5k: ≤ 16 ms', g5 ? `${g5.zoomP95.toFixed(1)} ms` : 'n/a (no chromium)', '—', g5 && g5.zoomP95 <= 16);
row('3. Gantt first paint, 20k: ≤ 250 ms', g20 ? ms(g20.paint) : 'n/a (no chromium)', '—', g20 && g20.paint <= 250);
const s = of(source, 20000);
row('4. source actions, 20k: first request ≤ 1 s', s ? ms(s.first) : 'n/a', '—', s && s.first <= 1000);
row('4. source actions, 20k: later requests ≤ 1 s', s ? ms(s.warm) : 'n/a', '—', s && s.warm <= 1000);
const x20 = of(lsp, 20000, 'xproj');
const y20 = of(lsp, 20000, 'yaml-language-server');
const r20 = of(rounds, 20000);
row('5. peak RSS, 20k (open, edits, requests): < 300 MB', mb(x20?.peak), y20 ? mb(y20.peak) : 'n/a', x20 && x20.peak < 300);
row('5. RSS after the plan closed, 20k', mb(x20?.closed), y20 ? mb(y20.closed) : 'n/a', undefined);
// With the outline, lenses, tree and chart answered after every edit as well (373 MB before patches).
row('5. peak RSS, 20k, every view open', mb(r20?.peak), '—', undefined);
row('5. RSS after the plan closed, every view open', mb(r20?.closed), '—', undefined);

const widths = [0, 1, 2, 3].map((i) => Math.max(...[['target', 'xproj', 'yaml-language-server', ''], ...rows].map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`\nnode ${process.version}, ${availableParallelism()} CPUs; load average before ${before}, after ${after}`);
console.log(line(['target', 'xproj', 'yaml-language-server', '']));
rows.forEach((r) => console.log(line(r)));
