import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../../model/planModel';
import { blockPlace, contentField, insideValue, pathOf, tokenChain } from './blockContext';
import type { TokenRef } from './blockContext';
import { ITEM } from './contextTypes';
import type { CompletionContext } from './contextTypes';
import { FlowScanner } from './flowScan';
import type { FlowFrame } from './flowScan';
import { Lines, quotedEnd } from './lines';
import type { LineShape } from './lines';

export { ITEM } from './contextTypes';
export type { CompletionContext, ContextPosition, PathSegment } from './contextTypes';

/** How far above the cursor a multi-line flow collection may have opened. */
const FLOW_LOOKBACK = 500;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}_.-]$/u;

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

/** The id-like word around the cursor (letters of any script, digits, `_`, `.`, `-`). */
export function wordAt(text: string, offset: number): Span {
  let start = offset;
  while (start > 0) {
    const cp = text.codePointAt(start - 1);
    const back = start >= 2 && cp !== undefined && cp >= 0xdc00 && cp <= 0xdfff ? 2 : 1;
    if (!isWordChar(String.fromCodePoint(text.codePointAt(start - back)!))) {
      break;
    }
    start -= back;
  }
  let end = offset;
  while (end < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(end)!);
    if (!isWordChar(ch)) {
      break;
    }
    end += ch.length;
  }
  // A lone `-` just typed is a list dash, not the start of a word to replace.
  if (/^-+$/.test(text.slice(start, end))) {
    return { offset, length: 0 };
  }
  return { offset: start, length: end - start };
}

/** Whether the cursor line, up to the cursor, ends inside a comment. */
function inComment(prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(prefix, i);
      if (end < 0) {
        return false;
      }
      i = end - 1;
    } else if (ch === '#' && (i === 0 || /\s/.test(prefix[i - 1]!))) {
      return true;
    }
  }
  return false;
}

function opensFlow(lines: Lines, line: number, shape: LineShape): boolean {
  if (shape.valueCol === undefined || shape.tokens.length === 0) {
    return false;
  }
  const ch = lines.text[lines.start(line) + shape.valueCol];
  return ch === '{' || ch === '[';
}

interface Place {
  readonly path: CompletionContext['path'];
  readonly position: CompletionContext['position'];
  readonly presentKeys: ReadonlySet<string>;
  readonly listedValues: () => readonly string[];
  readonly needsDash: boolean;
  readonly flow: boolean;
  readonly fieldAt: CompletionContext['fieldAt'];
}

function blockField(lines: Lines, chain: readonly TokenRef[]): CompletionContext['fieldAt'] {
  return (depth, key) => {
    const holder = depth > 0 ? chain[depth - 1] : undefined;
    return holder ? contentField(lines, holder, key) : undefined;
  };
}

/** The flow collection around the cursor, if any: the outermost one still open at the cursor. */
function flowPlace(lines: Lines, cursorCol: number): Place | undefined {
  const cursorLine = lines.cursorLine;
  const shape = lines.shape(cursorLine);
  const candidates: number[] = opensFlow(lines, cursorLine, shape) ? [cursorLine] : [];
  let minIndent = shape.empty ? cursorCol : shape.indent;
  for (let i = cursorLine - 1; i >= 0 && cursorLine - i <= FLOW_LOOKBACK && minIndent > 0; i--) {
    const indent = lines.indent(i);
    if (indent === undefined || indent >= minIndent) {
      continue;
    }
    if (!opensFlow(lines, i, lines.shape(i))) {
      break;
    }
    candidates.push(i);
    minIndent = indent;
  }
  for (let c = candidates.length - 1; c >= 0; c--) {
    const line = candidates[c]!;
    const s = lines.shape(line);
    const scanner = new FlowScanner(lines.text, lines.start(line) + s.valueCol!, s.indent);
    if (!scanner.scanTo(lines.cursor)) {
      continue;
    }
    const chain = tokenChain(lines, { line, index: s.tokens.length - 1 });
    if (insideValue(lines, chain.slice(0, -1))) {
      return undefined;
    }
    const base = pathOf(lines, chain);
    const frames: FlowFrame[] = [...scanner.frames];
    const top = frames[frames.length - 1]!;
    const path = [...base, ...frames.slice(1).map((f) => f.segment!)];
    const position = top.kind === 'map' && top.key === undefined ? 'key' : 'value';
    if (position === 'value') {
      path.push(top.kind === 'map' ? top.key! : ITEM);
    }
    scanner.collectRest();
    const outer = blockField(lines, chain);
    return {
      path,
      position,
      presentKeys: top.keys,
      listedValues: () => top.items,
      needsDash: false,
      flow: true,
      fieldAt: (depth, key) => (depth >= base.length ? frames[depth - base.length]?.values.get(key) : outer(depth, key)),
    };
  }
  return undefined;
}

/**
 * Works out what is at the cursor from the text: the cursor line, the lines above it by
 * indentation and any flow collection it is in. It never needs the YAML to parse, so it works
 * the same while a line is half typed or the document has errors elsewhere.
 */
export function findCompletionContext(document: TextDocument, offset: number): CompletionContext | undefined {
  const lines = new Lines(document, offset);
  const text = lines.text;
  const lineStart = lines.start(lines.cursorLine);
  if (inComment(text.slice(lineStart, offset))) {
    return undefined;
  }
  const word = wordAt(text, offset);
  const cursorCol = offset - lineStart;
  let place: Place | undefined = flowPlace(lines, cursorCol);
  if (!place) {
    const block = blockPlace(lines, cursorCol, word.offset - lineStart);
    place = block && { ...block, flow: false, fieldAt: blockField(lines, block.chain) };
  }
  if (!place) {
    return undefined;
  }
  const after = /^[ \t]*:(?:[ \t\r\n]|$)/.test(text.slice(word.offset + word.length, word.offset + word.length + 32));
  const before = text[word.offset - 1];
  const needsSpace = (before === ':' && place.position !== 'key') || (before === '-' && place.position === 'any' && !place.flow);
  const column = word.offset - lineStart + (needsSpace ? 1 : 0);
  return { ...place, word, column, needsSpace, keyHasColon: after };
}
