import { isRuleLevel } from '../../common/ruleLevel';
import type { RuleLevel } from '../../common/ruleLevel';
import type { LanguageSettings } from './service';

/** Reads the `xproj` settings section defensively: a malformed value is ignored, never trusted. */
export function toLanguageSettings(section: unknown): LanguageSettings {
  if (typeof section !== 'object' || section === null) {
    return {};
  }
  const raw = section as { rules?: unknown; statusDate?: unknown };
  const rules: Record<string, RuleLevel> = {};
  if (typeof raw.rules === 'object' && raw.rules !== null) {
    for (const [key, level] of Object.entries(raw.rules)) {
      // VS Code users write "ignore" for off, as in other extensions' lint settings.
      const normalized = level === 'ignore' ? 'off' : level;
      if (isRuleLevel(normalized)) {
        rules[key] = normalized;
      }
    }
  }
  const statusDate = typeof raw.statusDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.statusDate) ? raw.statusDate : undefined;
  return { rules, statusDate };
}
