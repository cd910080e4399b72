/**
 * A rule's level, in a plan's `rules:` block or the user's settings (`off` silences it). The one
 * list shared by the server, the CLI and the client's settings.
 */
export const RULE_LEVELS = ['off', 'hint', 'info', 'warning', 'error'] as const;

export type RuleLevel = (typeof RULE_LEVELS)[number];

const LEVEL_SET: ReadonlySet<string> = new Set(RULE_LEVELS);

export function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && LEVEL_SET.has(value);
}
