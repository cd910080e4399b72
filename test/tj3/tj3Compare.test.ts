import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { PlanAnalysis } from '../../server/src/service';
import type { Schedule } from '../../server/src/service/scheduler/scheduleTypes';
import { exportFacts } from '../../server/src/interop/export/planFacts';
import { exportTjp } from '../../server/src/interop/export/tjp';
import { analyzeText, createService } from '../../server/src/cli/planLoader';
import { formatDay } from '../../common/dates';
import { loadGenerator } from '../helpers/generator';
import { check } from '../helpers/plan';
import { csvReport, readTjCsv } from './tjReport';
import type { TjDates } from './tjReport';

const FIXTURES = join(__dirname, 'fixtures');
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'enrolment', 'spring-enrolment.xproj.yaml');
const hasTj3 = spawnSync('tj3', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Known, intended differences: fixture → task id → the day each tool shows. Everything else must
 * agree day for day.
 */
const DIFFERENCES: Record<string, Record<string, { readonly xproj: string; readonly tj3: string }>> = {
  'differences.xproj.yaml': {
    // A task that follows an SS gap starts, for TaskJuggler, at the instant the gap ends: the end
    // of Monday. Its bar begins on Tuesday, but a milestone tied to its start falls on Monday.
    // XProj places a milestone at a task's start on the day the task starts.
    at_e_start: { xproj: '2026-03-03', tj3: '2026-03-02' },
  },
};

/** `start..end` per task as XProj shows it, explicit starts on days off moved to the next working day. */
function ours(schedule: Schedule): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [task, t] of schedule.tasks) {
    const start = t.duration > 0 ? schedule.calendar.nextWorkday(t.start) : t.start;
    out[task.id] = `${formatDay(start)}..${formatDay(t.end)}`;
  }
  return out;
}

/** The same from TaskJuggler's report; summaries from their children, as XProj shows them. */
function theirs(schedule: Schedule, tj: ReadonlyMap<string, TjDates>, paths: ReadonlyMap<string, string>): Record<string, string> {
  const dates = new Map<string, TjDates>();
  const tasks = [...schedule.tasks.keys()];
  for (const task of [...tasks].reverse()) {
    if (task.children.length === 0) {
      const d = tj.get(paths.get(task.id)!);
      assert.ok(d, `TaskJuggler did not report ${paths.get(task.id)}`);
      dates.set(task.id, d);
    } else {
      const kids = task.children.map((c) => dates.get(c.id)!);
      dates.set(task.id, { start: Math.min(...kids.map((k) => k.start)), end: Math.max(...kids.map((k) => k.end)) });
    }
  }
  const out: Record<string, string> = {};
  for (const task of tasks) {
    const d = dates.get(task.id)!;
    out[task.id] = `${formatDay(d.start)}..${formatDay(d.end)}`;
  }
  return out;
}

function runTj3(dir: string, name: string, tjp: string): string {
  const file = join(dir, `${name}.tjp`);
  writeFileSync(file, tjp);
  const result = spawnSync('tj3', ['--silent', '--no-color', '-o', dir, file], { encoding: 'utf8' });
  assert.equal(result.status, 0, `tj3 failed on ${name}:\n${result.stdout}\n${result.stderr}\n${tjp}`);
  return readFileSync(join(dir, `${name}.csv`), 'utf8');
}

/** Exports the plan with the product's TJP writer, has tj3 schedule it, and compares every task's days. */
function compare(dir: string, name: string, analysis: PlanAnalysis, known: Record<string, { readonly xproj: string; readonly tj3: string }> = {}): void {
  const { plan, schedule } = analysis;
  assert.ok(plan.tasks.length > 0);
  const { text, paths } = exportTjp(exportFacts(analysis));
  // The export's own HTML report costs seconds on large plans and is not what is compared.
  const csv = runTj3(dir, name, text.replace(/^taskreport overview [\s\S]*$/m, '') + csvReport(name));
  const milestones = new Set(plan.tasks.filter((t) => t.milestone || schedule.tasks.get(t)?.duration === 0).map((t) => paths.get(t.id)!));
  const xproj = ours(schedule);
  const tj3 = theirs(schedule, readTjCsv(csv, milestones, schedule.calendar), paths);
  for (const [id, k] of Object.entries(known)) {
    assert.equal(xproj[id], `${k.xproj}..${k.xproj}`, `XProj's side of the known difference on ${id}`);
    assert.equal(tj3[id], `${k.tj3}..${k.tj3}`, `TaskJuggler's side of the known difference on ${id}`);
    delete xproj[id];
    delete tj3[id];
  }
  assert.deepEqual(xproj, tj3);
}

describe('TaskJuggler schedules the tjp export to the same dates', { skip: hasTj3 ? false : 'tj3 not installed' }, () => {
  const dir = hasTj3 ? mkdtempSync(join(tmpdir(), 'xproj-tj3-')) : '';
  after(() => {
    if (dir) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.xproj.yaml'))) {
    it(file, () => {
      const analysis = check(readFileSync(join(FIXTURES, file), 'utf8'));
      compare(dir, file.replace('.xproj.yaml', ''), analysis, DIFFERENCES[file]);
      assert.deepEqual(analysis.schedule.cycles, []);
      assert.deepEqual(analysis.schedule.violations, []);
    });
  }

  it("the example plan (FF dependencies pinned at XProj's dates)", () => {
    const { analysis } = analyzeText(createService({ locale: 'en' }), EXAMPLE, readFileSync(EXAMPLE, 'utf8'));
    assert.equal(analysis.problems.filter((p) => p.severity === 'error').length, 0);
    compare(dir, 'example', analysis);
  });

  for (const seed of [1, 2, 3]) {
    it(`a generated plan of 400 tasks, seed ${seed}`, async () => {
      const { generatePlan } = await loadGenerator();
      compare(dir, `generated${seed}`, check(generatePlan({ tasks: 400, seed })));
    });
  }
});
