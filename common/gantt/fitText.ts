/** Measures a string in the font that will draw it. */
export type Measure = (text: string) => number;

/** The user-perceived characters of a string: a CJK character, an emoji with its modifiers, a letter with its accents. */
export function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  // Code points at least: never half of a surrogate pair.
  return Array.from(text);
}

/**
 * The text whole when it fits `maxWidth`, else as many whole characters as fit followed by `…`:
 * never cut inside a character, a surrogate pair or a combining sequence.
 */
export function fitText(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) {
    return text;
  }
  const parts = graphemes(text);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${parts.slice(0, mid).join('')}…`) <= maxWidth) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return `${parts.slice(0, lo).join('').trimEnd()}…`;
}
