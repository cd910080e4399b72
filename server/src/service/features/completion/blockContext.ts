import type { LineToken, Lines } from './lines';
import { scalarText } from './lines';
import { ITEM } from './contextTypes';
import type { ContextPosition, PathSegment } from './contextTypes';

/** A token of a line: `lines.shape(line).tokens[index]`. */
export interface TokenRef {
  readonly line: number;
  readonly index: number;
}

/** Where the cursor is in the block structure, before flow collections and words are considered. */
export interface BlockPlace {
  readonly path: PathSegment[];
  /** The token that gives each segment of `path`. */
  readonly chain: TokenRef[];
  readonly position: ContextPosition;
  readonly presentKeys: Set<string>;
  readonly listedValues: () => string[];
  readonly needsDash: boolean;
}

type SiblingKind = 'key' | 'dash' | 'unknown';
type Visit = (ref: TokenRef, token: LineToken) => void;

/** Far deeper than any plan; keeps a pathological document from walking forever. */
const MAX_DEPTH = 256;
/** How many lines a map is searched for one of its fields. */
const FIELD_SEARCH_LINES = 5000;

export function tokenOf(lines: Lines, ref: TokenRef): LineToken {
  return lines.shape(ref.line).tokens[ref.index]!;
}

/**
 * The token whose value holds a node at column `col` of line `line`: the nearest token above it
 * that starts further left, or a key at the same column for a list written flush under its key.
 * Tokens at the same column are its siblings and are passed to `visit`.
 */
export function parentOf(lines: Lines, line: number, col: number, kind: SiblingKind, visit?: Visit): TokenRef | undefined {
  let k = kind;
  for (let i = line - 1; i >= 0; i--) {
    const indent = lines.indent(i);
    if (indent === undefined || indent > col) {
      continue;
    }
    if (k === 'dash' && indent === col && lines.startsWithDash(i, indent)) {
      // An earlier item of the same list, told apart without reading the line.
      visit?.({ line: i, index: 0 }, { kind: 'dash', col, key: '' });
      continue;
    }
    const tokens = lines.shape(i).tokens;
    for (let t = tokens.length - 1; t >= 0; t--) {
      const tok = tokens[t]!;
      if (tok.col > col) {
        continue;
      }
      if (tok.col < col || (tok.kind === 'key' && k === 'dash')) {
        return { line: i, index: t };
      }
      if (tok.kind === 'dash' && k === 'key') {
        // A dash at a key's column belongs to a sibling key's flush list.
        continue;
      }
      k = tok.kind;
      visit?.({ line: i, index: t }, tok);
    }
  }
  return undefined;
}

/** Siblings at `col` on the lines after `line`, up to the end of their collection. */
export function followingSiblings(lines: Lines, line: number, col: number, kind: SiblingKind, visit: Visit): SiblingKind {
  let k = kind;
  for (let i = line + 1; i < lines.count; i++) {
    const indent = lines.indent(i);
    if (indent === undefined || indent > col) {
      continue;
    }
    if (indent < col) {
      break;
    }
    const tok = lines.shape(i).tokens[0];
    if (!tok || (tok.kind === 'dash' && k === 'key')) {
      continue;
    }
    if (tok.kind === 'key' && k === 'dash') {
      break;
    }
    k = tok.kind;
    visit({ line: i, index: 0 }, tok);
  }
  return k;
}

/** The tokens from the root down to `ref`, outermost first. */
export function tokenChain(lines: Lines, ref: TokenRef, knownParent?: TokenRef): TokenRef[] {
  const chain = [ref];
  let cur: TokenRef | undefined = ref;
  while (chain.length < MAX_DEPTH) {
    if (cur === ref && knownParent) {
      cur = knownParent;
    } else if (cur.index > 0) {
      cur = { line: cur.line, index: cur.index - 1 };
    } else {
      const tok = tokenOf(lines, cur);
      cur = parentOf(lines, cur.line, tok.col, tok.kind);
      if (!cur) {
        break;
      }
    }
    chain.unshift(cur);
  }
  return chain;
}

export function pathOf(lines: Lines, chain: readonly TokenRef[]): PathSegment[] {
  return chain.map((ref) => {
    const tok = tokenOf(lines, ref);
    return tok.kind === 'key' ? tok.key : ITEM;
  });
}

/** A scalar field of a flow mapping written on one line: `{id: a, name: A}`. */
export function flowField(flow: string, key: string): string | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`[{,]\\s*${escaped}\\s*:\\s*("(?:[^"\\\\]|\\\\.)*"|'(?:[^']|'')*'|[^,}\\]\\s]+)`).exec(flow);
  return m ? scalarText(m[1]!) : undefined;
}

/** A scalar field of the mapping that is the value of a token (`- id: a` / `- {id: a}` / `key:` and the lines below). */
export function contentField(lines: Lines, ref: TokenRef, key: string): string | undefined {
  const shape = lines.shape(ref.line);
  const tok = shape.tokens[ref.index]!;
  const next = shape.tokens[ref.index + 1];
  let mapCol: number | undefined;
  if (next) {
    if (next.key === key && ref.index + 2 === shape.tokens.length) {
      const v = lines.value(ref.line);
      return v === undefined ? undefined : scalarText(v);
    }
    mapCol = next.col;
  } else if (shape.valueCol !== undefined) {
    const v = lines.value(ref.line) ?? '';
    return v.startsWith('{') ? flowField(v, key) : undefined;
  }
  const last = Math.min(lines.count, ref.line + 1 + FIELD_SEARCH_LINES);
  for (let i = ref.line + 1; i < last; i++) {
    const indent = lines.indent(i);
    if (indent === undefined) {
      continue;
    }
    if (mapCol === undefined) {
      if (indent <= tok.col) {
        return undefined;
      }
      mapCol = indent;
    }
    if (indent < mapCol) {
      return undefined;
    }
    const s = lines.shape(i);
    if (indent === mapCol && s.tokens.length === 1 && s.tokens[0]!.key === key) {
      const v = lines.value(i);
      return v === undefined ? undefined : scalarText(v);
    }
  }
  return undefined;
}

/** The id a list item names: a scalar, or the `task`/`person` of a dependency or assignment. */
function itemId(lines: Lines, ref: TokenRef): string | undefined {
  const shape = lines.shape(ref.line);
  const next = shape.tokens[ref.index + 1];
  if (next) {
    return next.key === 'task' || next.key === 'person' ? contentField(lines, ref, next.key) : undefined;
  }
  const v = lines.value(ref.line);
  if (v === undefined) {
    return undefined;
  }
  return v.startsWith('{') ? (flowField(v, 'task') ?? flowField(v, 'person')) : scalarText(v) || undefined;
}

/** Collects sibling keys, and sibling items whose ids are read only if asked for. */
function collector(lines: Lines, presentKeys: Set<string>): { visit: Visit; listedValues: () => string[] } {
  const items: TokenRef[] = [];
  let ids: string[] | undefined;
  const visit: Visit = (ref, tok) => {
    if (tok.kind === 'key') {
      presentKeys.add(tok.key);
    } else {
      items.push(ref);
    }
  };
  const listedValues = (): string[] => {
    ids ??= items.map((ref) => itemId(lines, ref)).filter((id): id is string => id !== undefined);
    return ids;
  };
  return { visit, listedValues };
}

/** An ancestor with its value on its own line (a scalar, a block scalar, a closed flow): the cursor is in that value. */
export function insideValue(lines: Lines, chain: readonly TokenRef[]): boolean {
  return chain.some((ref) => {
    const shape = lines.shape(ref.line);
    return ref.line !== lines.cursorLine && ref.index === shape.tokens.length - 1 && shape.valueCol !== undefined;
  });
}

/**
 * The cursor line holds nothing but the text being typed (or nothing) from `col` on. Typed text
 * without a dash can only be a key; a blank line may also be a new item of a list at its column.
 */
function atColumn(lines: Lines, col: number, typed: boolean): BlockPlace | undefined {
  const presentKeys = new Set<string>();
  const { visit, listedValues } = collector(lines, presentKeys);
  let kind: SiblingKind = typed ? 'key' : 'unknown';
  let found = false;
  const visitSibling: Visit = (ref, tok) => {
    found = true;
    kind = tok.kind;
    visit(ref, tok);
  };
  const parent = parentOf(lines, lines.cursorLine, col, kind, visitSibling);
  kind = followingSiblings(lines, lines.cursorLine, col, kind, visitSibling);
  const chain = parent ? tokenChain(lines, parent) : [];
  if (insideValue(lines, chain)) {
    return undefined;
  }
  const base = { path: pathOf(lines, chain), chain, presentKeys, listedValues };
  if (found || !parent) {
    return { ...base, position: kind === 'dash' ? 'any' : 'key', needsDash: kind === 'dash' };
  }
  const shape = lines.shape(parent.line);
  if (parent.index < shape.tokens.length - 1 || shape.valueCol !== undefined) {
    // Below a key that has its value on its own line: more of that scalar, not a new node.
    return undefined;
  }
  return { ...base, position: 'any', needsDash: false };
}

/** The place of the cursor in block style, from the cursor line and the lines above it. */
export function blockPlace(lines: Lines, cursorCol: number, wordCol: number): BlockPlace | undefined {
  const line = lines.cursorLine;
  const shape = lines.shape(line);
  const valueStart = shape.valueCol === undefined ? undefined : lines.text[lines.start(line) + shape.valueCol];
  if (valueStart === '|' || valueStart === '>') {
    return undefined;
  }
  if (shape.tokens.length === 0) {
    return atColumn(lines, shape.valueCol ?? cursorCol, shape.valueCol !== undefined);
  }
  const index = shape.tokens.length - 1;
  const last = shape.tokens[index]!;
  const presentKeys = new Set<string>();
  const { visit, listedValues } = collector(lines, presentKeys);
  if (last.kind === 'key') {
    const chain = tokenChain(lines, { line, index });
    // A flow collection here has closed before the cursor (an open one is found before this).
    const closedFlow = valueStart === '[' || valueStart === '{';
    return closedFlow || insideValue(lines, chain)
      ? undefined
      : { path: pathOf(lines, chain), chain, position: 'value', presentKeys, listedValues, needsDash: false };
  }
  // The walk up to the list's key also passes the earlier items: collect them on the way.
  const parent = index === 0 ? parentOf(lines, line, last.col, 'dash', visit) : { line, index: index - 1 };
  const chain = parent ? tokenChain(lines, { line, index }, parent) : [{ line, index }];
  if (insideValue(lines, chain)) {
    return undefined;
  }
  const path = pathOf(lines, chain);
  followingSiblings(lines, line, last.col, 'dash', visit);
  // `- ow|` may be the first key of a mapping whose other keys follow on the next lines.
  followingSiblings(lines, line, wordCol, 'key', visit);
  return { path, chain, position: 'any', presentKeys, listedValues, needsDash: false };
}
