import type { RuleLevel } from '../model/planModel';
import type { RuleCode } from '../model/ruleCodes';
import { effectiveLevel, isRuleCode } from '../model/ruleCodes';
import type { LeveledProblem, Problem } from '../model/problems';
import type { Plan } from '../model/planModel';

/**
 * Applies rule levels (the plan's `rules:` over settings over defaults), drops `off` rules and
 * exact duplicates (same place, code and message), and sorts by position.
 */
export function applyLevels(
  problems: readonly Problem[],
  plan: Plan,
  settingLevels: Readonly<Record<string, RuleLevel | undefined>> | undefined,
): LeveledProblem[] {
  const planLevels = new Map<RuleCode, RuleLevel>();
  for (const s of plan.ruleLevels) {
    if (isRuleCode(s.code)) {
      planLevels.set(s.code, s.level);
    }
  }
  const levels = new Map<RuleCode, RuleLevel>();
  const seen = new Set<string>();
  const out: LeveledProblem[] = [];
  for (const p of problems) {
    let level = levels.get(p.code);
    if (level === undefined) {
      level = effectiveLevel(p.code, planLevels, settingLevels);
      levels.set(p.code, level);
    }
    if (level === 'off') {
      continue;
    }
    const key = `${p.span.offset}:${p.span.length}:${p.code}:${p.message}`;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    out.push({ ...p, severity: level });
  }
  return out.sort((a, b) => a.span.offset - b.span.offset || a.span.length - b.span.length);
}
