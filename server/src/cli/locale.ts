import { normalizeLocale } from '../service/l10n/localize';
import type { Locale } from '../service/l10n/localize';

/** `--locale` wins; else the POSIX locale variables in their order of precedence; else English. */
export function resolveLocale(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  const fromEnv = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  return normalizeLocale(flag ?? fromEnv);
}
