import type { ChunkPart } from '../parser/incremental/chunkPlan';
import type { Plan } from '../model/planModel';
import type { PlanRule, RuleContext } from './types';
import type { Problem } from '../model/problems';

/** An environment's token: chunks hold it and compare it by identity, as its key is long. */
interface Environment {
  readonly key: string;
}

/**
 * Runs the rules over a plan, isolating each: a rule that throws loses its own results, never the
 * others'. With the chunks the plan was built from, the rules of `scope: 'entity'` skip the
 * chunks that gave them nothing last time in the same environment (see `RulesMemo`): on a large
 * plan an edit then re-checks the entities of the chunks it touched, plus those with problems.
 * The problems are those of a run over the whole plan, in the same order; the differential test
 * of incremental parsing holds this.
 */
export function runRules(
  rules: readonly PlanRule[],
  facts: Omit<RuleContext, 'report' | 'perAnalysis'>,
  onRuleError: ((rule: PlanRule, error: unknown) => void) | undefined,
  parts?: readonly ChunkPart[],
): Problem[] {
  const kept = new Map<object, unknown>();
  const context: Omit<RuleContext, 'report'> = {
    ...facts,
    perAnalysis: <T>(key: object, make: () => T): T => {
      if (!kept.has(key)) {
        kept.set(key, make());
      }
      return kept.get(key) as T;
    },
  };
  const problems: Problem[] = [];
  const local = parts ? localRun(rules, context, parts) : undefined;
  for (const rule of rules) {
    const before = problems.length;
    try {
      if (local && rule.scope === 'entity') {
        local.check(rule, (p) => problems.push(p));
      } else {
        rule.check({ ...context, report: (p) => problems.push(p) });
      }
    } catch (e) {
      problems.length = before;
      onRuleError?.(rule, e);
    }
  }
  local?.remember();
  return problems;
}

/** Runs the entity-scoped rules over the chunks that need it, then remembers which came out clean. */
interface LocalRun {
  check(rule: PlanRule, report: (p: Problem) => void): void;
  remember(): void;
}

function localRun(rules: readonly PlanRule[], context: Omit<RuleContext, 'report'>, parts: readonly ChunkPart[]): LocalRun {
  const environment = environmentOf(rules, context, parts);
  // The chunks to check: new ones, and those with problems last time.
  const dirty = parts.filter(({ chunk }) => !(chunk.memo.rules?.environment === environment && chunk.memo.rules.clean));
  const clean = dirty.map(() => true);
  const views = dirty.map(({ part }): Plan => ({ ...context.plan, tasks: part.plan.tasks, references: part.plan.references }));
  let failed = false;
  return {
    check(rule: PlanRule, report: (p: Problem) => void): void {
      let done = false;
      try {
        views.forEach((plan, i) => {
          let found = false;
          rule.check({
            ...context,
            plan,
            report: (p) => {
              found = true;
              report(p);
            },
          });
          clean[i] &&= !found;
        });
        done = true;
      } finally {
        failed ||= !done;
      }
    },
    remember(): void {
      // After a rule threw, chunks it did not reach are unchecked: none is remembered clean.
      dirty.forEach(({ chunk }, i) => (chunk.memo.rules = { environment, clean: clean[i]! && !failed }));
    },
  };
}

/**
 * The token of the environment the entity rules run in: the one the chunks hold when nothing it
 * stands for changed since the last run, else a new one (and every chunk is checked again).
 */
function environmentOf(rules: readonly PlanRule[], context: Omit<RuleContext, 'report'>, parts: readonly ChunkPart[]): Environment {
  const key = [context.plan.uri, rules.map((r) => r.codes.join(',')).join(';'), context.symbols.idSignature()].join('\n');
  const last = parts.find((p) => p.chunk.memo.rules)?.chunk.memo.rules?.environment as Environment | undefined;
  return last?.key === key ? last : { key };
}
