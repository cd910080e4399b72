/** The languages every message exists in. Ids and rule codes stay English in both. */
export type Locale = 'en' | 'zh-cn';

/** Maps an editor or OS locale (`zh-CN`, `zh_cn`, `zh-Hans`, `en-US`) to a supported one. */
export function normalizeLocale(locale: string | undefined): Locale {
  return locale !== undefined && /^zh/i.test(locale) ? 'zh-cn' : 'en';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MessageFunctions = Record<string, (...args: any[]) => string>;

/**
 * Declares one module's messages in both languages. The Chinese table must have exactly the
 * English table's keys and signatures, so a missing translation is a compile error, not a
 * runtime fallback.
 */
export function defineMessages<T extends MessageFunctions>(en: T, zhCn: T): Readonly<Record<Locale, T>> {
  return { en, 'zh-cn': zhCn };
}
