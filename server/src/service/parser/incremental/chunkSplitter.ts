/**
 * What a chunk holds: `section`, a top-level key with its whole value; `header`, the line of a
 * top-level key whose value is a block list (the items follow as their own chunks); `item`, one
 * item of such a list.
 */
export type ChunkKind = 'section' | 'header' | 'item';

/** A stretch of the plan's text `[start, end)` that parses on its own as it does in place. */
export interface ChunkSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: ChunkKind;
  /** The top-level key the chunk is part of: its own, or its list's for an item. */
  readonly section: string;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const DASH = 0x2d;

/** A plain top-level key: letters, digits, `_`, `-`, `.` and inner spaces, then `:` and a blank. */
const KEY_LINE = /([\p{L}\p{N}_][\p{L}\p{N}_.\- ]*?) *:(?=[ \r\n]|$)/uy;
/** Nothing but blanks and maybe a comment after `key:`: the value is on the following lines. */
const EMPTY_REST = /(?: +#[^\n]*| *)\r?(?:\n|$)/y;

/** Whether an item indicator (`-` then a blank or the line end) stands at `i`. */
function isItemAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== DASH) {
    return false;
  }
  const next = text.charCodeAt(i + 1);
  return i + 1 >= text.length || next === SPACE || next === LF || next === CR;
}

/**
 * Cuts a plan into chunks along its top-level structure: each top-level key, and each item of a
 * top-level block list. Comments and blank lines go with the chunk before them; leading ones with
 * the first. Returns undefined wherever a cut could change the meaning, so the caller parses the
 * whole text instead: anything at column 0 that is not a plain key or a list item (document
 * markers, directives, explicit keys, a byte order mark, a top-level list), a tab in the
 * indentation, a line indented less than its list's items that is not an item, a repeated key.
 * Multi-line flow collections and quoted strings that reach such a line are caught later: one of
 * the two chunks then fails to parse.
 */
export function splitChunks(text: string): ChunkSpan[] | undefined {
  const chunks: ChunkSpan[] = [];
  const keys = new Set<string>();
  const n = text.length;
  let chunkStart = 0;
  let chunkKind: ChunkKind | undefined;
  let chunkKey = '';
  /** Item indentation of the current top-level list; -1 outside one. */
  let seqIndent = -1;
  /** After `key:` with nothing else: the next content line tells whether a list follows. */
  let awaitingValue = false;

  const cut = (at: number, kind: ChunkKind, key = chunkKey): void => {
    if (chunkKind !== undefined) {
      chunks.push({ start: chunkStart, end: at, kind: chunkKind, section: chunkKey });
      chunkStart = at;
    }
    chunkKind = kind;
    chunkKey = key;
  };

  /** `\n` not followed by this many spaces: the lines in between change nothing (see `skipTo`). */
  let skip: RegExp | undefined;
  /** The start of the next line that can start a chunk or break the rules, after the line at `lineStart`. */
  const skipTo = (lineStart: number): number => {
    if (awaitingValue || chunkKind === undefined) {
      const newline = text.indexOf('\n', lineStart);
      return newline < 0 ? n : newline + 1;
    }
    // Inside a list, lines indented deeper than its items continue the item; elsewhere, indented lines continue the key.
    const deeper = seqIndent + 1 || 1;
    if (skip?.source !== `\\n(?! {${deeper}})`) {
      skip = new RegExp(`\\n(?! {${deeper}})`, 'g');
    }
    skip.lastIndex = lineStart;
    // `test`, not `exec`: the same `lastIndex`, without a match array for every chunk.
    return skip.test(text) ? skip.lastIndex : n;
  };

  for (let lineStart = 0; lineStart < n;) {
    let i = lineStart;
    while (i < n && text.charCodeAt(i) === SPACE) {
      i++;
    }
    const c = text.charCodeAt(i);
    if (c === TAB) {
      return undefined;
    }
    if (i >= n || c === LF || c === CR || c === HASH) {
      lineStart = skipTo(lineStart);
      continue;
    }
    const indent = i - lineStart;
    if (awaitingValue) {
      awaitingValue = false;
      if (isItemAt(text, i)) {
        seqIndent = indent;
        chunkKind = 'header';
        cut(lineStart, 'item');
        lineStart = skipTo(lineStart);
        continue;
      }
    }
    if (seqIndent >= 0 && indent === seqIndent && isItemAt(text, i)) {
      cut(lineStart, 'item');
    } else if (indent === 0) {
      KEY_LINE.lastIndex = i;
      const match = KEY_LINE.exec(text);
      if (!match || keys.has(match[1]!)) {
        return undefined;
      }
      keys.add(match[1]!);
      cut(chunkKind === undefined ? 0 : lineStart, 'section', match[1]);
      EMPTY_REST.lastIndex = KEY_LINE.lastIndex;
      awaitingValue = EMPTY_REST.test(text);
      seqIndent = -1;
    } else if ((seqIndent >= 0 && indent <= seqIndent) || chunkKind === undefined) {
      return undefined;
    }
    lineStart = skipTo(lineStart);
  }
  if (chunkKind === undefined) {
    return undefined;
  }
  chunks.push({ start: chunkStart, end: n, kind: chunkKind, section: chunkKey });
  return chunks;
}
