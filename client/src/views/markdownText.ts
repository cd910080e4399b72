/*
 * Plan text (names, ids, enum values a plan may misspell) inside the Markdown of the tree tooltips.
 * The tooltips are `MarkdownString`s with theme icons on: left alone, a name could turn bold, become
 * a link, break out of a table cell or of the id's code span, or draw `$(icon)`s. No `vscode` import
 * here, so the rules can be tested under Node.
 */

/** VS Code's theme icon syntax, `$(name)` or `$(name~modifier)`. */
const THEME_ICON = /\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g;
/** CommonMark lets a backslash escape any of these, and only these. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** A tooltip line is one paragraph or one table row: a line break would end it. */
// eslint-disable-next-line no-control-regex -- the control characters are what this matches
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * `text` as Markdown that renders as exactly that text, on one line: every ASCII punctuation
 * character backslash-escaped (so also `|` in a table cell), line breaks and other controls as a
 * space. A theme icon gets a backslash of its own first, which Markdown turns into the one VS Code
 * looks for when it draws icons into the rendered text.
 */
export function markdownText(text: string): string {
  return text.replace(BREAKS, ' ').replace(THEME_ICON, '\\$&').replace(ASCII_PUNCTUATION, '\\$&');
}

/**
 * `text` as an inline code span it cannot leave: fenced by one backtick more than its longest run
 * of backticks, padded with a space where it starts or ends with a backtick or a space (CommonMark
 * takes one such space off each side). VS Code draws theme icons even inside code, and a backslash
 * there would show, so a word joiner (U+2060, invisible) separates the `$` of `$(name)` instead.
 * Not for table cells: GFM splits a row at `|` even inside code.
 */
export function markdownCode(text: string): string {
  const flat = text.replace(BREAKS, ' ').replace(THEME_ICON, (icon) => `$\u2060${icon.slice(1)}`);
  if (flat === '') {
    return '';
  }
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) {
    longest = Math.max(longest, run.length);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && !/^ +$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A tooltip's first line: the name in bold (the id when it has none), then the id as code. */
export function markdownTitle(name: string | null, id: string): string {
  // `** x**` would not be bold: emphasis cannot open after a space or close before one.
  const title = markdownText(name ?? '').trim() || markdownText(id).trim();
  return title === '' ? markdownCode(id) : `**${title}** ${markdownCode(id)}`;
}
