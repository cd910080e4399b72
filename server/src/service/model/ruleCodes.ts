import type { RuleLevel } from './planModel';

/** Every stable rule code of the contract (`Diagnostic.code`). */
export const RULE_CODES = [
  'yaml-syntax',
  'schema',
  'duplicate-id',
  'import-error',
  'unknown-reference',
  'missing-owner',
  'missing-liaison',
  'dependency-cycle',
  'dependency-violation',
  'date-order',
  'raci-no-accountable',
  'raci-multiple-accountable',
  'raci-no-responsible',
  'raci-role-conflict',
  'raci-owner-mismatch',
  'raci-accountable-not-person',
  'overallocation',
  'overdue',
  'risk-no-contingency',
  'risk-review-overdue',
  'budget-exceeded',
  'approval-missing',
  'calendar-unknown-year',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/**
 * Default level of each rule. Errors are plans that are wrong or cannot be read; warnings are
 * plans that work but break the rule books (an unowned task, a missing approval).
 */
export const DEFAULT_LEVELS: Readonly<Record<RuleCode, Exclude<RuleLevel, 'off'>>> = {
  'yaml-syntax': 'error',
  schema: 'error',
  'duplicate-id': 'error',
  'import-error': 'error',
  'unknown-reference': 'error',
  'missing-owner': 'warning',
  'missing-liaison': 'warning',
  'dependency-cycle': 'error',
  'dependency-violation': 'error',
  'date-order': 'error',
  'raci-no-accountable': 'warning',
  'raci-multiple-accountable': 'error',
  'raci-no-responsible': 'warning',
  'raci-role-conflict': 'warning',
  'raci-owner-mismatch': 'warning',
  'raci-accountable-not-person': 'warning',
  overallocation: 'warning',
  overdue: 'warning',
  'risk-no-contingency': 'warning',
  'risk-review-overdue': 'warning',
  'budget-exceeded': 'error',
  'approval-missing': 'warning',
  'calendar-unknown-year': 'warning',
};

const CODES: ReadonlySet<string> = new Set(RULE_CODES);

export function isRuleCode(code: string): code is RuleCode {
  return CODES.has(code);
}

/** Settings keys may be camelCase (`missingOwner`) as VS Code settings prefer; codes are kebab-case. */
export function toRuleCode(key: string): RuleCode | undefined {
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return isRuleCode(key) ? key : isRuleCode(kebab) ? kebab : undefined;
}

/**
 * Resolves a rule's effective level: the plan's own `rules:` wins over the user's settings,
 * which win over the default (like an ESLint config file over editor defaults).
 */
export function effectiveLevel(
  code: RuleCode,
  planLevels: ReadonlyMap<RuleCode, RuleLevel>,
  settingLevels: Readonly<Record<string, RuleLevel | undefined>> | undefined,
): RuleLevel {
  const fromPlan = planLevels.get(code);
  if (fromPlan !== undefined) {
    return fromPlan;
  }
  if (settingLevels) {
    for (const [key, level] of Object.entries(settingLevels)) {
      if (level !== undefined && toRuleCode(key) === code) {
        return level;
      }
    }
  }
  return DEFAULT_LEVELS[code];
}
