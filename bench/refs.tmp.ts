import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SchemaValidation } from '../server/src/service/schemaValidation';
import { analyzePlan } from '../server/src/service/analysis';
import { normalizeLocale } from '../server/src/service/l10n/localize';
import { SymbolTable } from '../server/src/service/symbols/symbolTable';
const text = readFileSync('bench/generated/plan-20000.xproj.yaml', 'utf8');
const schema = JSON.parse(readFileSync('schemas/xproj.schema.json', 'utf8')) as object;
const env = { params: { readFile: () => undefined }, settings: {}, locale: normalizeLocale('en'), schemaValidation: new SchemaValidation(schema) };
const a = analyzePlan('file:///p.xproj.yaml', text, env as never);
console.log('refs', a.plan.references.length, 'tasks', a.plan.tasks.length);
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  const s = new SymbolTable(a.plan);
  const t1 = performance.now();
  let n = 0;
  for (const r of a.plan.references) {if (s.resolve(r)) {n++;}}
  const t2 = performance.now();
  for (const r of a.plan.references) {if (s.resolve(r)) {n++;}}
  const t3 = performance.now();
  console.log(`table ${(t1 - t0).toFixed(1)} first resolve ${(t2 - t1).toFixed(1)} second ${(t3 - t2).toFixed(1)} ms`, n);
}
