import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanAnalysis } from '../../server/src/service';
import { analyzeText, createService } from '../../server/src/cli/planLoader';
import { exportFacts } from '../../server/src/interop/export/planFacts';
import type { ExportPlan } from '../../server/src/interop/export/planFacts';
import { check } from '../helpers/plan';

export const REPO = join(__dirname, '..', '..');
export const EXAMPLE = join(REPO, 'examples', 'enrolment', 'spring-enrolment.xproj.yaml');

/** The example plan with its organisation import, read from disk as the CLI reads it. */
export function exampleAnalysis(locale = 'en'): PlanAnalysis {
  return analyzeText(createService({ locale }), EXAMPLE, readFileSync(EXAMPLE, 'utf8')).analysis;
}

/** A small plan whose names need quoting everywhere: commas, quotes, a line break, a colon. */
export const TRICKY = `xproj: 1
project: {id: tricky, name: "Launch, \\"v2\\": 上线", owner: li, manager: li, start: 2026-03-02, status_date: 2026-03-10,
  calendar: {holidays: [2026-03-06]}}
people:
  - {id: li, name: 李四, department: pmo}
  - {id: wang, name: "Wang, Jr.", department: pmo}
departments:
  - {id: pmo, name: "PMO \\"core\\"", head: li, liaison: li}
phases:
  - {id: p1, name: "Phase: one"}
tasks:
  - id: design
    name: "Design, \\"draft\\"\\nand review"
    phase: p1
    owner: wang
    department: pmo
    duration: 3d
    status: in-progress
    progress: 50
  - {id: build, name: 构建#1; 测试, phase: p1, owner: li, duration: 2d, depends_on: [{task: design, type: SS, lag: 1d}]}
  - {id: launch, name: 上线, milestone: true, owner: li, depends_on: [build]}
`;

export function trickyPlan(): ExportPlan {
  return exportFacts(check(TRICKY));
}
