import { TextDocument } from 'vscode-languageserver-textdocument';
import { Parser } from 'yaml';
import type { Change, FuzzDocument } from './fuzzDocument';

/** Lines after an edit that the window covers: a flood turns nearly every token after it into an error. */
const WINDOW_LINES = 150;
/** New syntax errors in the window above which an edit counts as a flood (a flood makes thousands). */
const FLOOD_ERRORS = 200;
/** Lines of the next top-level key after the window that it takes too: where a broken document structure shows. */
const TAIL_LINES = 60;
/** A line YAML can start a document with: a key or a sequence item indented by at most two spaces. */
const BOUNDARY = /^ {0,2}(- |[^\s#-])/;

/** Error tokens of YAML's concrete syntax tree: a tenth of the cost of composing documents, and a flood shows as much there. */
function syntaxErrors(text: string): number {
  let errors = 0;
  for (const token of new Parser().parse(text)) {
    errors += token.type === 'error' ? 1 : 0;
  }
  return errors;
}

/** The line before `line` that starts at column 0 with a key (not a comment, not an item), or undefined. */
function rootKeyBefore(doc: FuzzDocument, line: number): string | undefined {
  const text = doc.text;
  let start = doc.offsetAt({ line, character: 0 });
  while (start > 0) {
    start = text.lastIndexOf('\n', start - 2) + 1;
    if (/[^\s#-]/.test(text[start] ?? '')) {
      return text.slice(start, text.indexOf('\n', start));
    }
  }
  return undefined;
}

/** The text of the first top-level key at or after `line` and the lines after it, or ''. */
function rootKeyFrom(doc: FuzzDocument, line: number): string {
  const text = doc.text;
  let start = doc.offsetAt({ line, character: 0 });
  while (start > 0 && start < text.length && !/[^\s#-]/.test(text[start]!)) {
    const next = text.indexOf('\n', start);
    start = next < 0 ? text.length : next + 1;
  }
  if (start <= 0 || start >= text.length) {
    return '';
  }
  const from = doc.positionAt(start).line;
  return text.slice(start, doc.offsetAt({ line: from + TAIL_LINES, character: 0 }));
}

/**
 * Whether applying `changes` would throw YAML's parser off for the rest of the plan, which floods the
 * diagnostics (a known open issue, being fixed elsewhere). It parses only a window, before and after
 * the edit, and compares their syntax errors: the last top-level key before the edit, then from the
 * last line of the key's block at most two spaces in (a key or list item) to a hundred and fifty
 * lines after the edit, then the next top-level key (where a `---` far above shows). The whole plan
 * would cost as much as the server's own analysis.
 */
export function floods(doc: FuzzDocument, changes: readonly Change[]): boolean {
  if (changes.some((change) => !('range' in change))) {
    return false;
  }
  const ranged = changes as readonly Extract<Change, { range: unknown }>[];
  const lines = ranged.flatMap((c) => [c.range.start.line, c.range.end.line]);
  if (Math.max(...lines) - Math.min(...lines) > WINDOW_LINES) {
    // Changes far apart (multi-cursor): each judged on its own window.
    return ranged.some((change) => floods(doc, [change]));
  }
  return newErrors(doc, ranged) > FLOOD_ERRORS;
}

/** Syntax errors the changes add to their window. */
function newErrors(doc: FuzzDocument, ranged: readonly Extract<Change, { range: unknown }>[]): number {
  const lines = ranged.flatMap((c) => [c.range.start.line, c.range.end.line]).map((l) => Math.max(0, Math.min(l, doc.lineCount - 1)));
  let first = Math.min(...lines);
  while (first > 0 && !BOUNDARY.test(doc.line(first))) {
    first--;
  }
  const root = /^\s/.test(doc.line(first)) ? rootKeyBefore(doc, first) : undefined;
  const header = root === undefined ? '' : `${root}\n`;
  const offset = root === undefined ? first : first - 1;
  const last = Math.min(doc.lineCount, Math.max(...lines) + WINDOW_LINES);
  const tail = last < doc.lineCount ? rootKeyFrom(doc, last) : '';
  const window = header + doc.text.slice(doc.offsetAt({ line: first, character: 0 }), doc.offsetAt({ line: last, character: 0 })) + tail;
  const before = TextDocument.create('file:///window', 'yaml', 0, window);
  const shift = (p: { line: number; character: number }): { line: number; character: number } => ({ line: p.line - offset, character: p.character });
  const after = TextDocument.update(
    before,
    ranged.map((c) => ({ range: { start: shift(c.range.start), end: shift(c.range.end) }, text: c.text })),
    1,
  );
  return syntaxErrors(after.getText()) - syntaxErrors(window);
}
