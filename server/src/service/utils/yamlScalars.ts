import { parse } from 'yaml';

/** Starts with a letter and holds only id characters: never a number, date, indicator or comment. */
const WORDLIKE = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_.-]*$/u;
/**
 * YAML 1.1's booleans and null. The plan is read as YAML 1.2, where these are strings, but other
 * tools reading the same file (PyYAML, older parsers) would turn `yes` into `true`.
 */
const YAML11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
/** Characters that start an indicator, or that end a plain scalar inside a flow collection. */
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u;
const FLOW_BREAKERS = /[:,[\]{}#\n\r\t]/u;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * Whether `text` can be written unquoted anywhere, flow collections included, and reads back as
 * this same string: not `true`, `null`, `1.5`, nor a YAML 1.1 boolean such as `yes`. Dates stay
 * plain (`2026-03-02`): the format writes them so, and YAML 1.2 reads them as strings.
 * Conservative: `:` and `#` always get quotes. Ids take a fast path, as completion lists thousands.
 */
export function isPlainSafe(text: string): boolean {
  if (WORDLIKE.test(text)) {
    return !YAML11_WORDS.test(text);
  }
  if (!PLAIN_START.test(text) || FLOW_BREAKERS.test(text) || /\s$/u.test(text) || YAML11_WORDS.test(text)) {
    return false;
  }
  // YAML 1.1 readers also take `1_000` and `0b101` for numbers; dates stay plain, as the format writes them.
  return parse(text, { version: '1.2' }) === text && (ISO_DATE.test(text) || parse(text, { version: '1.1' }) === text);
}

/** A string as YAML source: plain when safe, else double-quoted (JSON escapes are valid YAML). */
export function quoteScalar(text: string): string {
  return isPlainSafe(text) ? text : JSON.stringify(text);
}

/** A flow sequence of strings: `[a, "b: c"]`. */
export function flowList(values: readonly string[]): string {
  return `[${values.map(quoteScalar).join(', ')}]`;
}
