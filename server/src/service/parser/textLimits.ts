/**
 * Longest plan text read, in characters: twice the 20,000-task benchmark plan (7.6 million), about
 * 40,000 tasks. A longer text is refused before it is parsed.
 */
export const MAX_TEXT_LENGTH = 16_000_000;

/**
 * Longest line read, in characters. The benchmark plans' longest line is 134 characters; a
 * description of 30,000 Chinese characters on one line still fits three times. A line this long
 * can hold a flow list of 33,000 items, more than `MAX_FLOW_ITEMS` allows anyway, so a one-line
 * list of millions is refused by a scan of the text, before `yaml` lexes it.
 */
export const MAX_LINE_LENGTH = 100_000;

/** A size limit the text passes, found before parsing; the text is then not parsed. */
export type TextLimit = { readonly kind: 'text'; readonly length: number } | { readonly kind: 'line'; readonly offset: number; readonly length: number };

/** The first size limit the text passes, if any: a scan for line ends, a few milliseconds for 8 MB. */
export function exceededTextLimit(text: string): TextLimit | undefined {
  if (text.length > MAX_TEXT_LENGTH) {
    return { kind: 'text', length: text.length };
  }
  if (text.length <= MAX_LINE_LENGTH) {
    return undefined;
  }
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > MAX_LINE_LENGTH) {
      return { kind: 'line', offset: start, length: end - start };
    }
    start = end + 1;
  }
  return undefined;
}
