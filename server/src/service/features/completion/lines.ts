import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A block structure indicator at the start of a line: a `- ` list dash or a `key:`. */
export interface LineToken {
  readonly kind: 'dash' | 'key';
  /** Column (UTF-16 units from the line start) where the dash or key begins. */
  readonly col: number;
  /** The key, unquoted; empty for a dash. */
  readonly key: string;
}

/** What one line says about the block structure, read from its text alone. */
export interface LineShape {
  readonly indent: number;
  /** The dashes and the key that open the line, in order: `- - key: v` has three. */
  readonly tokens: readonly LineToken[];
  /** Column of the value after the last token (or of a line's bare text); undefined when nothing follows. */
  readonly valueCol: number | undefined;
  /** Blank, or nothing but a comment. */
  readonly empty: boolean;
}

const NOT_A_KEY_START: ReadonlySet<string> = new Set(['[', '{', ']', '}', ',', '#', '&', '*', '!', '|', '>', '%', '@', '`', '?']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

function skipSpaces(line: string, p: number): number {
  while (isSpace(line[p])) {
    p++;
  }
  return p;
}

/** The end of a quoted scalar that opens at `p` (just past its closing quote), or -1 when it does not close on the line. */
export function quotedEnd(line: string, p: number): number {
  const quote = line[p];
  for (let i = p + 1; i < line.length; i++) {
    const ch = line[i];
    if (quote === '"' && ch === '\\') {
      i++;
    } else if (ch === quote) {
      if (quote === "'" && line[i + 1] === "'") {
        i++;
      } else {
        return i + 1;
      }
    }
  }
  return -1;
}

function colonFollows(line: string, q: number): boolean {
  return line[q] === ':' && (q + 1 === line.length || isSpace(line[q + 1]));
}

/** A `key:` at `p`: the key text and the column just past its colon. */
function keyAt(line: string, p: number): { key: string; after: number } | undefined {
  const ch = line[p];
  if (ch === undefined || NOT_A_KEY_START.has(ch)) {
    return undefined;
  }
  if (ch === '"' || ch === "'") {
    const end = quotedEnd(line, p);
    const q = end < 0 ? -1 : skipSpaces(line, end);
    return q >= 0 && colonFollows(line, q) ? { key: unquote(line.slice(p, end)), after: q + 1 } : undefined;
  }
  for (let q = p; q < line.length; q++) {
    if (line[q] === '#' && isSpace(line[q - 1])) {
      return undefined;
    }
    if (colonFollows(line, q)) {
      return { key: line.slice(p, q).trimEnd(), after: q + 1 };
    }
  }
  return undefined;
}

/** Reads the structure indicators of one line (without its line break). */
export function shapeOf(line: string): LineShape {
  const indent = skipSpaces(line, 0);
  const tokens: LineToken[] = [];
  let p = indent;
  let valueCol: number | undefined;
  while (p < line.length) {
    if (line[p] === '-' && (p + 1 === line.length || isSpace(line[p + 1]))) {
      tokens.push({ kind: 'dash', col: p, key: '' });
      p = skipSpaces(line, p + 1);
      continue;
    }
    if (line[p] === '#') {
      break;
    }
    const key = keyAt(line, p);
    if (key) {
      tokens.push({ kind: 'key', col: p, key: key.key });
      p = skipSpaces(line, key.after);
      if (p < line.length && line[p] !== '#') {
        valueCol = p;
      }
    } else {
      valueCol = p;
    }
    break;
  }
  return { indent, tokens, valueCol, empty: tokens.length === 0 && valueCol === undefined };
}

/** The text of a scalar without its quotes and a trailing comment. */
export function scalarText(raw: string): string {
  const t = raw.trim();
  if (t.startsWith('"') || t.startsWith("'")) {
    const end = quotedEnd(t, 0);
    return unquote(end < 0 ? t : t.slice(0, end));
  }
  const comment = t.search(/\s#/);
  return (comment < 0 ? t : t.slice(0, comment)).trim();
}

function unquote(quoted: string): string {
  const body = quoted.slice(1, quoted.endsWith(quoted[0]!) && quoted.length > 1 ? -1 : undefined);
  return quoted[0] === "'" ? body.replace(/''/g, "'") : body.replace(/\\(.)/g, '$1');
}

/**
 * Lines of a document as completion reads them: each line's shape is computed once, on demand,
 * so finding the context costs only the lines between the cursor and its ancestors. The cursor's
 * own line is cut at the cursor, as what follows has not been typed yet (or is being replaced).
 */
export class Lines {
  readonly text: string;
  readonly cursorLine: number;
  private readonly shapes = new Map<number, LineShape>();

  constructor(
    private readonly document: TextDocument,
    readonly cursor: number,
  ) {
    this.text = document.getText();
    this.cursorLine = document.positionAt(cursor).line;
  }

  get count(): number {
    return this.document.lineCount;
  }

  start(line: number): number {
    return this.document.offsetAt({ line, character: 0 });
  }

  end(line: number): number {
    return line === this.cursorLine ? this.cursor : this.fullEnd(line);
  }

  fullEnd(line: number): number {
    return this.document.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
  }

  /** Indentation of a line, or undefined for a blank or comment-only one; cheaper than its shape. */
  indent(line: number): number | undefined {
    const t = this.text;
    const start = this.start(line);
    const end = line === this.cursorLine ? this.cursor : t.length;
    let p = start;
    while (p < end && (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9)) {
      p++;
    }
    const c = p < end ? t.charCodeAt(p) : -1;
    // -1: end of text or cursor; 10, 13: line break; 35: `#`.
    return c === -1 || c === 10 || c === 13 || c === 35 ? undefined : p - start;
  }

  /** Whether the line's content (at its indentation) starts with a list dash. */
  startsWithDash(line: number, indent: number): boolean {
    const p = this.start(line) + indent;
    const next = this.text.charCodeAt(p + 1);
    return this.text.charCodeAt(p) === 45 && (Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13);
  }

  /** The line's text; the cursor line ends at the cursor. */
  line(line: number): string {
    return this.text.slice(this.start(line), this.end(line));
  }

  shape(line: number): LineShape {
    let s = this.shapes.get(line);
    if (!s) {
      s = shapeOf(this.line(line));
      this.shapes.set(line, s);
    }
    return s;
  }

  /** The scalar value after the last token of a line (the cursor line is read whole). */
  value(line: number): string | undefined {
    const s = this.shape(line);
    if (s.valueCol === undefined) {
      return undefined;
    }
    const start = this.start(line);
    return this.text.slice(start + s.valueCol, this.fullEnd(line));
  }
}
