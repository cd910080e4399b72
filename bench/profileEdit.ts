// Where an edit's time goes at a given size, in process: parse, schema, model, imports, symbols,
// schedule, each rule. Not part of `npm run bench`; for finding what to make incremental.
//   node --import tsx bench/profileEdit.ts 20000
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SchemaValidation } from '../server/src/service/schema/schemaValidation';
import { draftPlan } from '../server/src/service/analysis/analyzePlan';
import { normalizeLocale } from '../server/src/service/l10n/localize';
import { ALL_RULES } from '../server/src/service/rules';
import type { PlanRule } from '../server/src/service/rules/types';
import { SymbolTable } from '../server/src/service/symbols/symbolTable';
import { computeSchedule } from '../server/src/service/scheduler/scheduler';

const size = Number(process.argv[2] ?? 20000);
const text0 = readFileSync(join(__dirname, 'generated', `plan-${size}.xproj.yaml`), 'utf8');
const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'xproj.schema.json'), 'utf8')) as object;
/** Milliseconds per rule in the current edit (an entity rule runs once per checked chunk). */
const ruleTimes = new Map<string, number>();
const timed: PlanRule[] = ALL_RULES.map((rule) => ({
  ...rule,
  check: (ctx) => {
    const t = performance.now();
    rule.check(ctx);
    const name = (rule as { codes?: readonly string[] }).codes?.join(',') ?? 'rule';
    ruleTimes.set(name, (ruleTimes.get(name) ?? 0) + performance.now() - t);
  },
}));
const env = {
  readFile: () => undefined,
  settings: {},
  locale: normalizeLocale('en'),
  schemaValidation: new SchemaValidation(schema),
  rules: timed,
};
let previous: ReturnType<typeof draftPlan> | undefined;
let text = text0;
const first = text.indexOf('duration: ', text.indexOf('\ntasks:'));
for (let i = 0; i < Number(process.argv[3] ?? 8); i++) {
  const at = text.indexOf('duration: ', first + i * Math.floor(text.length / (Number(process.argv[3] ?? 8) + 2))) + 'duration: '.length;
  if (i > 0) {
    text = text.slice(0, at) + String((i % 7) + 1) + text.slice(at + 1);
  }
  (globalThis as { gc?: () => void }).gc?.();
  ruleTimes.clear();
  const t0 = performance.now();
  const draft = draftPlan('file:///p.xproj.yaml', text, env as never, previous);
  const t1 = performance.now();
  draft.earlyProblems();
  const t2 = performance.now();
  const a = draft.finish();
  const t3 = performance.now();
  new SymbolTable(a.plan);
  const t4 = performance.now();
  computeSchedule(a.plan, { defaultStart: a.plan.project?.start?.day ?? 0 });
  const t5 = performance.now();
  const rulesTotal = [...ruleTimes.values()].reduce((sum, t) => sum + t, 0);
  console.log(
    `edit ${i}: draft ${(t1 - t0).toFixed(0)} ms, levels ${(t2 - t1).toFixed(0)} ms, finish ${(t3 - t2).toFixed(0)} ms (symbols ${(t4 - t3).toFixed(0)}, schedule ${(t5 - t4).toFixed(0)}, rules ${rulesTotal.toFixed(0)}); heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  previous = draft;
}
for (const [name, time] of [...ruleTimes].sort((a, b) => b[1] - a[1])) {
  console.log(`${name.padEnd(60)} last edit ${time.toFixed(1)} ms`);
}
