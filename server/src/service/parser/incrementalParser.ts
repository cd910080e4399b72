import { Composer, Document, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedNode } from 'yaml';
import { chunkHome, evictItem, itemOf, moveChunk, parseChunk, placeNodes } from './incremental/chunkParser';
import type { ChunkHome, ParsedChunk, Range3 } from './incremental/chunkParser';
import { splitChunks } from './incremental/chunkSplitter';
import { exceededTextLimit } from './textLimits';
import { countBelow } from '../../../../common/sortedNumbers';
import type { ChunkSpan } from './incremental/chunkSplitter';
import { DOCUMENT_OPTIONS } from './yamlParser';
import { commonPrefix, commonSuffix } from './incremental/textDiff';
import { parseYaml } from './yamlParser';
import type { ParsedYaml } from './yamlParser';
import type { Span } from '../model/planModel';

/**
 * What the next parse of the same document reuses: the text and its chunks, whose nodes are the
 * document's. One state has one owner: the parse that reuses it moves its nodes to the new text
 * and retires it, after which the document parsed from it must no longer be read.
 */
export interface IncrementalParseState {
  /** Emptied on retirement, with `chunks`: a large plan's previous text is megabytes. */
  text: string;
  chunks: readonly ParsedChunk[];
  /** Set once a newer parse took the chunks over. */
  retired: boolean;
}

export interface IncrementalParseResult {
  readonly parsed: ParsedYaml;
  /** For the next parse; undefined when there is nothing worth keeping. */
  readonly state?: IncrementalParseState;
  /** The chunks the document was put together from; undefined when the text was parsed whole. */
  readonly chunks?: readonly ParsedChunk[];
  /** The span of the document's top-level map, known without reading `parsed.document`. */
  readonly rootSpan?: Span;
  /** How many chunks were parsed and how many reused; zero and zero for a whole-text parse. */
  readonly stats: { readonly parsed: number; readonly reused: number };
}

/**
 * Told of each list item of a document parsed for the first time, right after it is parsed (its
 * header placed, its index set): the analysis derives what it needs from the item then, and may
 * evict its nodes, so a large plan never holds all of them at once.
 */
export type FirstParseHook = (item: ParsedChunk, header: ParsedChunk) => void;

export interface IncrementalParseOptions {
  /** Shorter texts are parsed whole: they are fast anyway, and the exact path stays the common one. */
  readonly minLength?: number;
  /** From this length on, list items' nodes are dropped once a version is analysed (`evictItems`). */
  readonly evictFrom?: number;
}

/**
 * About 2,500 generated tasks: a plan this large keeps its model, not the YAML tree of every item,
 * which is most of its memory (173 of 288 MB at 20k tasks). Features then parse again the few
 * items they look at; only whole-document actions (source actions) parse them all. Dropping the
 * nodes also spares the collector: a 5k-task plan's first check took 1.8-2.2 s instead of
 * 2.3-2.6 s, peaking at 173-236 MB instead of 277-291 MB.
 */
const EVICT_FROM = 1024 * 1024;

/** Whether a text this long keeps only its model, not its list items' nodes, between analyses. */
export function evictsItems(textLength: number, options?: IncrementalParseOptions): boolean {
  return textLength >= (options?.evictFrom ?? EVICT_FROM);
}

/** After an analysis: drops the nodes of the list items of a large plan; `itemOf` makes them again. */
export function evictItems(state: IncrementalParseState | undefined, options?: IncrementalParseOptions): void {
  if (state && !state.retired && evictsItems(state.text.length, options)) {
    state.chunks.forEach(evictItem);
  }
}

/** Below this a whole parse takes a few milliseconds. */
const MIN_LENGTH = 32 * 1024;

/**
 * Parses a plan like `parseYaml`, giving the same tree (node types, values and ranges; comments
 * may attach elsewhere), but chunk by chunk: each top-level key and each item of a top-level list
 * on its own. With the previous state of the same document, only the chunks whose text changed
 * are parsed; the others are moved into place. Where chunking is not safe (see `splitChunks`,
 * `parseChunk`), or any chunk has a syntax error, the whole text is parsed, and the previous
 * state is handed on untouched, so the edit after a transient typo is incremental again.
 */
export function parseIncremental(
  text: string,
  previous?: IncrementalParseState,
  options?: IncrementalParseOptions,
  onFirstParse?: FirstParseHook,
): IncrementalParseResult {
  const usable = previous !== undefined && !previous.retired ? previous : undefined;
  const whole = (): IncrementalParseResult => ({ parsed: parseYaml(text), state: usable, stats: { parsed: 0, reused: 0 } });
  if (text.length < (options?.minLength ?? MIN_LENGTH)) {
    return { parsed: parseYaml(text), stats: { parsed: 0, reused: 0 } };
  }
  // A text past a size limit is refused whole (see `parseYaml`); the state waits for the next edit.
  const spans = exceededTextLimit(text) ? undefined : splitChunks(text);
  if (!spans) {
    return whole();
  }
  const reusable = usable ? reuseFinder(usable, text) : () => undefined;
  const home: ChunkHome = chunkHome(text);
  const chunks: ParsedChunk[] = [];
  const moves: [ParsedChunk, number][] = [];
  let parsedCount = 0;
  const composer = new Composer(DOCUMENT_OPTIONS);
  let header: ParsedChunk | undefined;
  let index = 0;
  for (const span of spans) {
    const old = reusable(span);
    const chunk = old ?? parseChunk(home, span, composer);
    if (!chunk) {
      return whole();
    }
    chunks.push(chunk);
    if (old) {
      moves.push([old, span.start]);
    } else {
      parsedCount++;
    }
    // Each item's index in its list: schema messages and quick-fix data name it.
    if (chunk.kind === 'item') {
      chunk.index = index++;
      if (!usable && header) {
        onFirstParse?.(chunk, header);
      }
    } else {
      chunk.index = 0;
      header = chunk.kind === 'header' ? chunk : undefined;
      index = 0;
    }
  }
  // Only now, as a chunk that does not parse hands the previous state on untouched.
  for (const [chunk, start] of moves) {
    moveChunk(chunk, start);
    chunk.home = home;
  }
  if (usable) {
    // Whoever still holds the old state (the cache, until this analysis ends) no longer holds its text.
    usable.retired = true;
    usable.text = '';
    usable.chunks = [];
  }
  // The analysis reads the top-level pairs of these; items it reads only when they are new.
  chunks.forEach((c) => c.kind !== 'item' && placeNodes(c));
  const first = chunks[0]!.contentsRange;
  const last = chunks[chunks.length - 1]!.contentsRange;
  return {
    parsed: assembledLazily(chunks),
    state: { text, chunks, retired: false },
    chunks,
    rootSpan: { offset: first[0], length: last[1] - first[0] },
    stats: { parsed: parsedCount, reused: moves.length },
  };
}

/**
 * The parse result read from the chunks when asked. A function of its own so that its closures
 * hold the chunks alone: made inside `parseIncremental`, they kept the previous version's state
 * alive with them, its whole text and the chunks the edit replaced.
 */
function assembledLazily(chunks: readonly ParsedChunk[]): ParsedYaml {
  let document: ParsedYaml['document'] | undefined;
  return {
    // Reading it places (or parses again) every item: the analysis itself never does.
    get document() {
      return (document ??= assemble(chunks, () => true));
    },
    around(offsets) {
      if (document) {
        return document;
      }
      const wanted = wantedItems(chunks, offsets);
      return assemble(chunks, (chunk) => wanted.has(chunk));
    },
    problems: [],
  };
}

/**
 * The items holding any of the offsets, and the first and last item of each list (where items are
 * added). The offsets are sorted once and searched per item: a source action on a 20,000-task plan
 * asks for thousands of them.
 */
function wantedItems(chunks: readonly ParsedChunk[], offsets: readonly number[]): Set<ParsedChunk> {
  const sorted = [...offsets].sort((a, b) => a - b);
  /** Whether some offset lies in [start, end). */
  const holds = (start: number, end: number): boolean => {
    const at = countBelow(sorted, start);
    return at < sorted.length && sorted[at]! < end;
  };
  const wanted = new Set<ParsedChunk>();
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (chunk.kind !== 'item') {
      continue;
    }
    const firstOfList = chunks[i - 1]?.kind !== 'item';
    const lastOfList = chunks[i + 1]?.kind !== 'item';
    if (firstOfList || lastOfList || holds(chunk.start, chunk.end)) {
      wanted.add(chunk);
    }
  }
  return wanted;
}

/**
 * Finds the previous chunk with the very text of a new span: one wholly inside the text both
 * versions share at the start, or at the end (then shifted by the change in length).
 */
function reuseFinder(previous: IncrementalParseState, text: string): (span: ChunkSpan) => ParsedChunk | undefined {
  const prefix = commonPrefix(previous.text, text);
  const suffix = commonSuffix(previous.text, text, prefix);
  const delta = text.length - previous.text.length;
  const byStart = new Map<number, ParsedChunk>();
  for (const chunk of previous.chunks) {
    byStart.set(chunk.start, chunk);
  }
  return (span) => {
    let shift: number;
    if (span.end <= prefix) {
      shift = 0;
    } else if (span.start >= text.length - suffix) {
      shift = delta;
    } else {
      return undefined;
    }
    const old = byStart.get(span.start - shift);
    return old && old.end === span.end - shift && old.kind === span.kind && old.section === span.section ? old : undefined;
  };
}

/**
 * The document `parseYaml` would give, put together from the chunks' nodes; only the items
 * `include` accepts are in their lists (whose ranges still span them all).
 */
function assemble(chunks: readonly ParsedChunk[], include: (chunk: ParsedChunk) => boolean): ParsedYaml['document'] {
  const doc = new Document(undefined, DOCUMENT_OPTIONS);
  const root = new YAMLMap<unknown, unknown>(doc.schema);
  let list: YAMLSeq<unknown> | undefined;
  let listLength = 0;
  for (const chunk of chunks) {
    if (chunk.kind === 'item') {
      listLength++;
      const r = chunk.contentsRange;
      if (listLength === 1) {
        list!.range = [r[0], r[1], r[2]];
      } else {
        list!.range![1] = r[1];
        list!.range![2] = r[2];
      }
      if (include(chunk)) {
        list!.items.push(itemOf(chunk));
      }
    } else if (chunk.kind === 'header') {
      listLength = 0;
      list = new YAMLSeq<unknown>(doc.schema);
      root.items.push(new Pair<unknown, unknown>(chunk.pair!.key, list));
    } else {
      list = undefined;
      root.items.push(chunk.pair!);
    }
  }
  const first = chunks[0]!;
  const last = chunks[chunks.length - 1]!;
  const rootRange: Range3 = [first.contentsRange[0], last.contentsRange[1], last.contentsRange[2]];
  root.range = rootRange;
  doc.contents = root as unknown as ParsedNode;
  doc.range = [first.documentRange[0], rootRange[2], last.documentRange[2]];
  return doc as unknown as ParsedYaml['document'];
}
