import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ValidateFunction } from 'ajv';
import { parseYaml } from '../../server/src/service/parser/yamlParser';
import { SchemaValidation } from '../../server/src/service/schema/schemaValidation';
import schema from '../../schemas/xproj.schema.json';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore -- a plain .mjs build script without type declarations
import { generateValidatorSource } from '../../scripts/schemaStandalone.mjs';

/** Loads the build-time validator the way esbuild bundles it, from a temporary CommonJS file. */
function loadStandalone(): ValidateFunction {
  // Inside the repository, so the generated code's `require('ajv/...')` resolves as in the bundle.
  const output = join(__dirname, '..', '..', 'test-output');
  mkdirSync(output, { recursive: true });
  const dir = mkdtempSync(join(output, 'standalone-'));
  try {
    const file = join(dir, 'validate.cjs');
    writeFileSync(file, (generateValidatorSource as () => string)());
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as ValidateFunction;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DOCUMENTS = [
  'xproj: 1\nproject: {id: p, name: P, start: 2026-03-02}\n',
  'xproj: "one"\nproject: [1]\npeople: {a: 1}\n',
  'xproj: 1\ntasks:\n  - {id: a b, ownr: x, start: 2026-02-30, duration: soon, depends_on: [3, {task: b, type: XX}]}\n',
  'xproj: 1\nrisks: [{id: r, likelihood: 9, impact: 0, category: weather, status: maybe}]\nrules: {overdue: sometimes, nonsense: off}\n',
  'xproj: 1\nbudget: {total: lots, items: [{id: i, amount: "many"}], approvals: [{up_to: x}]}\nmeetings: [{id: m, day: someday, time: "25:00"}]\n',
];

describe('build-time schema validator', () => {
  it('reports exactly what the runtime-compiled validator reports', () => {
    const runtime = new SchemaValidation(schema);
    const precompiled = new SchemaValidation(schema, loadStandalone());
    for (const text of DOCUMENTS) {
      const doc = parseYaml(text).document!;
      for (const locale of ['en', 'zh-cn'] as const) {
        assert.deepEqual(precompiled.validate(doc, locale), runtime.validate(doc, locale), text);
      }
    }
    assert.ok(runtime.validate(parseYaml(DOCUMENTS[2]!).document!, 'en').length >= 4);
  });
});
