import { Composer, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Pair, ParsedNode } from 'yaml';
import type { ChunkMemo } from './chunkMemo';
import type { ChunkKind, ChunkSpan } from './chunkSplitter';
import { ownString } from '../../utils/ownString';
import { composeBounded } from '../boundedCompose';
import { DOCUMENT_OPTIONS } from '../yamlParser';
import { parsePlainItem, parsePlainSection, plainContext } from './plainItem';
import type { PlainContext, Range3 } from './plainItem';

export type { Range3 } from './plainItem';

/**
 * The latest text a chunk is part of. Each parse points all its chunks, new and reused, at one
 * home, so an evicted item is parsed again from the document's own text instead of a copy of its
 * piece (which at 20k tasks would be another 15 MB of text held for nothing).
 */
export interface ChunkHome {
  readonly text: string;
  /** What reading an item without `yaml` needs (see `parsePlainItem`), made once a parse. */
  readonly plain: PlainContext;
}

/** The home of the chunks of one parse of `text`. */
export function chunkHome(text: string): ChunkHome {
  return { text, plain: plainContext(DOCUMENT_OPTIONS) };
}

/**
 * A chunk parsed on its own, its nodes' ranges made absolute. Mutable: when a later text moves the
 * chunk (`moveChunk`), its nodes move with it, so the nodes of one version are reused by the next.
 * Moving a whole document's nodes is the costliest part of an edit, and the analysis itself reads
 * few of them, so the nodes of an item follow lazily (`placeNodes`), when someone reads them.
 */
export interface ParsedChunk {
  start: number;
  end: number;
  readonly kind: ChunkKind;
  /** The top-level key the chunk is part of: its own, or its list's for an item. */
  readonly section: string;
  /** The top-level pair of a `section` or `header` chunk (a header's value is a placeholder). */
  readonly pair?: Pair<ParsedNode, ParsedNode | null>;
  /**
   * The node of an `item` chunk; undefined once evicted (`evictItem`) to save memory on a large
   * plan. Read it through `itemOf`, which parses it again from the chunk's text in `home`.
   */
  item?: ParsedNode;
  /** The text the chunk's `start` and `end` are in: the latest one it was parsed or moved into. */
  home: ChunkHome;
  /** The range of the chunk's own top-level map (section, header) or list (item). */
  readonly contentsRange: Range3;
  /** The range of the chunk's own document. */
  readonly documentRange: Range3;
  /** An item's index in its list, set by each assembly. */
  index: number;
  /** How far the chunk moved since its nodes were last placed. */
  nodeDelta: number;
  /** What the analysis derived from the chunk alone, reused as long as the chunk is. */
  readonly memo: ChunkMemo;
}

/**
 * Parses `text.slice(span.start, span.end)` on its own. Undefined when the piece does not stand on
 * its own cleanly: any error or warning (the whole text then gives the exact ones), anchors or
 * aliases (which may reach across chunks), or not the one pair or item the splitter promised.
 * A composer is reusable once it has composed a text to its end; sharing one saves its set-up.
 */
export function parseChunk(home: ChunkHome, span: ChunkSpan, composer = new Composer(DOCUMENT_OPTIONS)): ParsedChunk | undefined {
  const source = ownString(home.text.slice(span.start, span.end));
  const plain = plainChunk(source, span, home);
  if (plain) {
    return plain;
  }
  let composed;
  try {
    // Counting from the chunk's start gives every node its offset in the whole text.
    composed = composeBounded(source, span.start, span.end, composer);
  } catch {
    return undefined;
  }
  const doc = composed.document;
  if (composed.ignored || composed.errorRuns.length > 0 || !doc || doc.errors.length > 0 || doc.warnings.length > 0) {
    return undefined;
  }
  const contents = doc.contents;
  let pair: Pair<ParsedNode, ParsedNode | null> | undefined;
  let item: ParsedNode | undefined;
  if (span.kind === 'item') {
    if (!isSeq(contents) || contents.flow || contents.items.length !== 1) {
      return undefined;
    }
    item = contents.items[0] as ParsedNode;
  } else {
    if (!isMap(contents) || contents.flow || contents.items.length !== 1) {
      return undefined;
    }
    pair = contents.items[0] as Pair<ParsedNode, ParsedNode | null>;
    if (!namesSection(pair, span) || (span.kind === 'header' && !isEmptyValue(pair.value))) {
      return undefined;
    }
  }
  if ((source.includes('&') || source.includes('*')) && hasAnchorOrAlias(contents)) {
    return undefined;
  }
  return chunkOf(span, home, pair, item, contents.range as Range3, doc.range as Range3);
}

/** The chunk read by the plain block YAML reader (`plainItem.ts`); undefined where it leaves the chunk to `yaml`. */
function plainChunk(source: string, span: ChunkSpan, home: ChunkHome): ParsedChunk | undefined {
  if (span.kind === 'item') {
    const plain = parsePlainItem(source, span.start, home.plain);
    return plain && chunkOf(span, home, undefined, plain.item, plain.contentsRange, plain.documentRange);
  }
  if (span.kind === 'section') {
    const plain = parsePlainSection(source, span.start, home.plain);
    return plain && namesSection(plain.pair, span) ? chunkOf(span, home, plain.pair, undefined, plain.contentsRange, plain.documentRange) : undefined;
  }
  return undefined;
}

/** A chunk of `span` from its nodes and ranges, whichever reader made them. */
function chunkOf(
  span: ChunkSpan,
  home: ChunkHome,
  pair: Pair<ParsedNode, ParsedNode | null> | undefined,
  item: ParsedNode | undefined,
  contentsRange: Range3,
  documentRange: Range3,
): ParsedChunk {
  return {
    start: span.start,
    end: span.end,
    kind: span.kind,
    pair,
    item,
    home,
    contentsRange,
    documentRange,
    section: span.section,
    index: 0,
    nodeDelta: 0,
    memo: {},
  };
}

/** Whether a chunk's one pair is the top-level key the splitter found there. */
function namesSection(pair: Pair<unknown, unknown>, span: ChunkSpan): boolean {
  return isScalar(pair.key) && pair.key.value === span.section;
}

function isEmptyValue(node: unknown): boolean {
  return node === null || (isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1]);
}

/**
 * The node of an item chunk, placed where the chunk now is; parsed again from the chunk's text if
 * it was evicted. That text parsed cleanly before and parsing is deterministic, so this gives the
 * same tree.
 */
export function itemOf(chunk: ParsedChunk): ParsedNode {
  if (chunk.item === undefined) {
    const source = ownString(chunk.home.text.slice(chunk.start, chunk.end));
    chunk.item = parsePlainItem(source, chunk.start, chunk.home.plain)?.item ?? composedItem(source, chunk);
    chunk.nodeDelta = 0;
  }
  placeNodes(chunk);
  return chunk.item;
}

/** The item node `yaml` composes from the chunk's text. */
function composedItem(source: string, chunk: ParsedChunk): ParsedNode {
  const contents = composeBounded(source, chunk.start, chunk.end, new Composer(DOCUMENT_OPTIONS)).document?.contents;
  if (!isSeq(contents) || contents.items.length !== 1) {
    throw new Error(`chunk at ${chunk.start} no longer parses as one item`);
  }
  return contents.items[0] as ParsedNode;
}

/** Drops an item chunk's nodes; `itemOf` makes them again. Its memos stay. */
export function evictItem(chunk: ParsedChunk): void {
  if (chunk.kind === 'item') {
    chunk.item = undefined;
    chunk.nodeDelta = 0;
  }
}

/** Moves a reused chunk to its place in a newer text. */
export function moveChunk(chunk: ParsedChunk, start: number): void {
  const delta = start - chunk.start;
  if (delta === 0) {
    return;
  }
  chunk.nodeDelta += delta;
  // The chunk's own map or list is not reached through its pair or item.
  shiftRange(chunk.contentsRange, delta);
  shiftRange(chunk.documentRange, delta);
  chunk.start = start;
  chunk.end += delta;
}

/** Moves the chunk's nodes to where the chunk now is. */
export function placeNodes(chunk: ParsedChunk): void {
  if (chunk.nodeDelta !== 0 && (chunk.kind !== 'item' || chunk.item !== undefined)) {
    shiftNodes(chunk.pair ?? chunk.item, chunk.nodeDelta);
    chunk.nodeDelta = 0;
  }
}

function shiftRange(range: Range3, delta: number): void {
  range[0] += delta;
  range[1] += delta;
  range[2] += delta;
}

/** What `shiftNodes` reads of a node or pair; structural, as the identity checks cost a third of the walk. */
interface Walked {
  readonly range?: Range3 | null;
  readonly items?: readonly unknown[];
  readonly key?: unknown;
  readonly value?: unknown;
}

/** Adds `delta` to every range below `node` (a pair, a collection, a scalar). */
function shiftNodes(node: unknown, delta: number): void {
  if (typeof node !== 'object' || node === null) {
    return;
  }
  const n = node as Walked;
  const range = n.range;
  if (range) {
    shiftRange(range, delta);
  } else if ('key' in n) {
    shiftNodes(n.key, delta);
    shiftNodes(n.value, delta);
    return;
  }
  const items = n.items;
  if (items) {
    for (let k = 0; k < items.length; k++) {
      shiftNodes(items[k], delta);
    }
  }
}

function hasAnchorOrAlias(node: unknown): boolean {
  if (isPair(node)) {
    return hasAnchorOrAlias(node.key) || hasAnchorOrAlias(node.value);
  }
  if (isAlias(node) || (node as { anchor?: string } | null)?.anchor !== undefined) {
    return true;
  }
  return (isMap(node) || isSeq(node)) && node.items.some((child) => hasAnchorOrAlias(child));
}
