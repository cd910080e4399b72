import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { PlanAnalysis } from '../../server/src/service';
import { formatScheduleJson } from '../../server/src/cli/format/scheduleJson';
import { exportMspdi } from '../../server/src/interop/export/mspdi';
import { exportFacts } from '../../server/src/interop/export/planFacts';
import { importPlan } from '../../server/src/interop/import';
import { loadGenerator } from '../helpers/generator';
import { check } from '../helpers/plan';
import { exampleAnalysis } from './interopPlans';

interface Scheduled {
  readonly project: { start: string; end: string };
  readonly tasks: { id: string; start: string; end: string; slack: number; critical: boolean }[];
}

const schedule = (analysis: PlanAnalysis): Scheduled => JSON.parse(formatScheduleJson(analysis)) as Scheduled;

/** Export as MSPDI, import that file again, schedule the result: every task must land where it did. */
async function roundTrip(
  analysis: PlanAnalysis,
): Promise<{ before: Scheduled; after: Scheduled; yaml: string; notes: readonly string[]; imported: PlanAnalysis }> {
  const xml = exportMspdi(exportFacts(analysis), 'en');
  const { yaml, notes } = await importPlan(new TextEncoder().encode(xml), 'plan.xml', 'en');
  const imported = check(yaml);
  return { before: schedule(analysis), after: schedule(imported), yaml, notes, imported };
}

describe('mspdi: export, import, the same schedule', () => {
  it('the example plan: every task on the same days, the same slack and critical path, the same ids', async () => {
    const { before, after, imported, notes } = await roundTrip(exampleAnalysis());
    assert.deepEqual(after.tasks, before.tasks);
    assert.deepEqual(after.project, before.project);
    assert.deepEqual(notes, []);
    assert.deepEqual(
      imported.problems.filter((p) => p.severity === 'error').map((p) => p.message),
      [],
    );
  });

  it('every dependency type with leads and lags, end-only tasks, written starts that break a dependency, weeks', async () => {
    const { before, after, yaml, imported } = await roundTrip(
      check(`xproj: 1
project: {id: deps, name: Deps, owner: a, manager: a, start: 2026-03-02, status_date: 2026-03-20, calendar: {workdays: [mon, tue, wed, thu, fri, sat], holidays: [2026-03-10, {from: 2026-03-18, to: 2026-03-20}]}}
people: [{id: a, name: A, capacity: 2}, {id: b, name: B}]
tasks:
  - {id: design, owner: a, duration: 3d, actual_start: 2026-03-03, assignees: [a, {person: b, load: 0.5}]}
  - {id: shipped, owner: a, duration: 2d, actual_start: 2026-03-02, actual_end: 2026-03-04, status: done}
  - {id: ff, owner: a, duration: 2d, depends_on: [{task: design, type: FF, lag: 2d}]}
  - {id: sf, owner: a, duration: 2d, depends_on: [{task: design, type: SF, lag: 1d}]}
  - {id: lead, owner: a, duration: 2d, depends_on: [{task: design, lag: -1d}]}
  - {id: ss, owner: a, duration: 1w, depends_on: [{task: lead, type: SS, lag: 2d}]}
  - {id: end-only, owner: a, end: 2026-03-27, depends_on: [ss]}
  - {id: early, owner: a, start: 2026-03-03, duration: 2d, depends_on: [ss]}
  - id: phase
    owner: a
    start: 2026-03-23
    subtasks:
      - {id: inner, owner: a, duration: 4d}
      - {id: gate, owner: a, milestone: true, depends_on: [inner]}
  - {id: fixed-milestone, owner: a, milestone: true, start: 2026-03-25}
`),
    );
    assert.deepEqual(after.tasks, before.tasks);
    assert.match(yaml, /- \{ id: a, name: A, capacity: 2 \}/);
    assert.match(yaml, /assignees: \[ a, \{ person: b, load: 0\.5 \} \]/);
    assert.match(yaml, /depends_on: \[ \{ task: design, type: SF, lag: 1d \} \]/);
    assert.deepEqual(
      imported.problems.filter((p) => p.severity === 'error').map((p) => p.code),
      ['dependency-violation'],
      'the written start that breaks its dependency is carried over as it was',
    );
  });

  for (const seed of [1, 2, 3]) {
    it(`a generated plan of 600 tasks, seed ${seed}`, async () => {
      const { generatePlan } = await loadGenerator();
      const { before, after, notes } = await roundTrip(check(generatePlan({ tasks: 600, seed })));
      assert.equal(after.tasks.length, before.tasks.length);
      assert.deepEqual(after.tasks, before.tasks);
      assert.deepEqual(notes, []);
    });
  }
});
