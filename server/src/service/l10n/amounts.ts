import type { Locale } from './localize';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });

/** `520,000 CNY`: grouped digits, the currency code after the number when there is one. */
export function formatAmount(amount: number, currency?: string): string {
  const text = GROUPED.format(amount);
  return currency !== undefined && currency.length > 0 ? `${text} ${currency}` : text;
}

/** A load or capacity in FTE, at most two decimals (`0.5`, `1.33`). */
export function formatLoad(fte: number): string {
  return PLAIN.format(fte);
}

/** Ids quoted as messages quote them: `'a', 'b'` in English, `“a”、“b”` in Chinese. */
export function formatIdList(ids: readonly string[], locale: Locale): string {
  return locale === 'zh-cn' ? ids.map((id) => `“${id}”`).join('、') : ids.map((id) => `'${id}'`).join(', ');
}

/** A count with grouped digits (`69,388`), as both languages write counts in messages. */
export function formatCount(count: number): string {
  return GROUPED.format(count);
}
