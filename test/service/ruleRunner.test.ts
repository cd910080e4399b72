import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzePlan } from '../../server/src/service/analysis/analyzePlan';
import type { AnalysisEnvironment, PlanAnalysis } from '../../server/src/service/analysis/planAnalysis';
import { normalizeLocale } from '../../server/src/service/l10n/localize';
import type { PlanRule } from '../../server/src/service/rules/types';
import { SchemaValidation } from '../../server/src/service/schema/schemaValidation';
import schema from '../../schemas/xproj.schema.json';
import { check } from '../helpers/plan';

/** A plan of `n` top-level tasks (one chunk each), every one owned by `li`. */
function plan(n: number, extra = ''): string {
  const tasks = Array.from({ length: n }, (_, i) => `  - id: t${i}\n    name: Task ${i}\n    owner: li\n    duration: 2d\n`).join('');
  return `xproj: 1\nproject: {id: p, name: P, start: 2026-03-02, owner: li, manager: li}\npeople:\n  - {id: li, name: Li}\n${extra}tasks:\n${tasks}`;
}

/** An entity rule that reports owners it cannot resolve, and counts the tasks it was shown. */
function countingRule(): PlanRule & { seen: string[] } {
  const seen: string[] = [];
  return {
    codes: ['missing-owner'],
    scope: 'entity',
    seen,
    check(ctx) {
      for (const task of ctx.plan.tasks) {
        seen.push(task.id);
        if (task.owner && !ctx.symbols.person(task.owner.id)) {
          ctx.report({ code: 'missing-owner', span: task.owner.span, message: `unknown ${task.owner.id}` });
        }
        if (task.id === 'boom') {
          throw new Error('boom');
        }
      }
    },
  };
}

function environment(rules: PlanRule[], errors: string[] = []): AnalysisEnvironment {
  return {
    settings: {},
    locale: normalizeLocale('en'),
    schemaValidation: new SchemaValidation(schema),
    rules,
    onRuleError: (_, e) => errors.push(String(e)),
    parseOptions: { minLength: 0 },
  };
}

const messages = (a: PlanAnalysis): string[] => a.problems.map((p) => `${p.span.offset}:${p.message}`);
const fresh = (text: string): string[] => messages(analyzePlan('file:///p.xproj.yaml', text, environment([countingRule()])));

describe('rules of entity scope over chunks', () => {
  it('tells apart sets of ids that only a flat list would confuse (an id named like a kind)', () => {
    const people = (ids: string[]): string => ids.map((id) => `  - {id: ${id}, name: ${id}}`).join('\n');
    const a = check(`xproj: 1\npeople:\n${people(['alice', 'department', 'bob'])}\n`);
    const b = check(`xproj: 1\npeople:\n${people(['alice'])}\ndepartments:\n  - {id: bob, name: Bob}\n`);
    assert.notEqual(a.symbols.idSignature(), b.symbols.idSignature());
  });

  it('checks only the chunks an edit touched, and those with problems', () => {
    const rule = countingRule();
    const env = environment([rule]);
    const before = plan(50).replace('  - id: t7\n    name: Task 7\n    owner: li', '  - id: t7\n    name: Task 7\n    owner: wang');
    const first = analyzePlan('file:///p.xproj.yaml', before, env);
    assert.equal(rule.seen.length, 50);
    assert.deepEqual(messages(first), fresh(before));

    rule.seen.length = 0;
    const after = before.replace(
      '  - id: t30\n    name: Task 30\n    owner: li\n    duration: 2d',
      '  - id: t30\n    name: Task 30\n    owner: li\n    duration: 5d',
    );
    const second = analyzePlan('file:///p.xproj.yaml', after, env, first);
    assert.deepEqual(rule.seen.sort(), ['t30', 't7']);
    assert.deepEqual(messages(second), fresh(after));
  });

  it('checks every chunk again when the defined ids change', () => {
    const rule = countingRule();
    const env = environment([rule]);
    const before = plan(20).replace('owner: li\n    duration: 2d\n  - id: t4', 'owner: wang\n    duration: 2d\n  - id: t4');
    const first = analyzePlan('file:///p.xproj.yaml', before, env);
    assert.equal(first.problems.length, 1);
    rule.seen.length = 0;
    const after = before.replace('  - {id: li, name: Li}\n', '  - {id: li, name: Li}\n  - {id: wang, name: Wang}\n');
    const second = analyzePlan('file:///p.xproj.yaml', after, env, first);
    assert.equal(rule.seen.length, 20);
    assert.deepEqual(messages(second), []);
  });

  it('drops the results of a rule that throws in any chunk, and checks every chunk again next time', () => {
    const errors: string[] = [];
    const rule = countingRule();
    const env = environment([rule], errors);
    const before = plan(10)
      .replace('owner: li\n    duration: 2d\n  - id: t2', 'owner: nobody\n    duration: 2d\n  - id: t2')
      .replace('- id: t5\n', '- id: boom\n');
    const first = analyzePlan('file:///p.xproj.yaml', before, env);
    assert.deepEqual(errors, ['Error: boom']);
    assert.deepEqual(messages(first), []);
    rule.seen.length = 0;
    const after = before.replace('- id: boom\n', '- id: t5\n');
    const second = analyzePlan('file:///p.xproj.yaml', after, env, first);
    assert.equal(rule.seen.length, 10);
    assert.deepEqual(messages(second), fresh(after));
    assert.equal(second.problems.length, 1);
  });
});
