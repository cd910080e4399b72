import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { DocumentOptions, ParsedNode, ParseOptions, Schema, SchemaOptions, ScalarTag } from 'yaml';
import { MAX_FLOW_ITEMS, MAX_NESTING } from '../boundedCompose';

/** `yaml`'s `[start, valueEnd, nodeEnd]`. */
export type Range3 = [number, number, number];

/** What resolving a plain scalar needs: the schema and options `yaml`'s composer would use. */
export interface PlainContext {
  readonly schema: Schema;
  readonly options: Required<ParseOptions & DocumentOptions & SchemaOptions>;
}

/** A context like the one `yaml` composes a document with under `options` (see `DOCUMENT_OPTIONS`). */
export function plainContext(options: DocumentOptions & ParseOptions & SchemaOptions): PlainContext {
  const doc = new Document(undefined, options);
  const schema = doc.schema;
  // The reader knows YAML 1.2's core schema in strict mode, without merge keys (`<<`), and nothing else:
  // YAML 1.1 reads `yes` as true, merge keys change the map, other schemas refuse plain scalars.
  if (schema.name !== 'core' || schema.compat || !doc.options.strict || schema.tags.some((t) => t.default === 'key')) {
    throw new Error(`the plain reader does not read YAML under these options: ${JSON.stringify(options)}`);
  }
  return { schema, options: doc.options as PlainContext['options'] };
}

/** One list item read without `yaml`'s lexer, parser and composer, as `composeBounded` would give it. */
export interface PlainItem {
  readonly item: ParsedNode;
  /** The range of the item's one-item list. */
  readonly contentsRange: Range3;
  /** The range of the document the chunk is on its own. */
  readonly documentRange: Range3;
}

/**
 * Reads one item of a top-level block list (a chunk, see `splitChunks`) when it is written in the
 * plain block YAML plans are made of, giving the very nodes `yaml` composes for it: block maps and
 * lists, one-line flow maps and lists, one-line plain and quoted scalars, resolved by the schema's
 * own tags. `yaml` spends most of a large plan's first check lexing into tokens and building a
 * syntax tree that is thrown away; this reads the text once. Anything else (comments, anchors,
 * tags, block scalars, multi-line scalars or flow collections, escapes, empty values, explicit keys,
 * tabs, CR, duplicate keys, and what passes `yaml`'s limits) gives undefined, and the caller parses
 * the chunk with `yaml`. A differential test holds the two equal over generated and mutated plans.
 *
 * `source` is the chunk's text, which starts at `offset` in the whole text and ends with a line break.
 */
export function parsePlainItem(source: string, offset: number, context: PlainContext): PlainItem | undefined {
  return readPlain(source, (reader) => reader.item(), offset, context);
}

/** One top-level key with its value, read as `parsePlainItem` reads an item (a `section` chunk). */
export interface PlainSection {
  readonly pair: Pair<ParsedNode, ParsedNode>;
  /** The range of the chunk's one-pair map. */
  readonly contentsRange: Range3;
  readonly documentRange: Range3;
}

/** Reads a `section` chunk (`budget:` and its lines) as `parsePlainItem` reads an item. */
export function parsePlainSection(source: string, offset: number, context: PlainContext): PlainSection | undefined {
  return readPlain(source, (reader) => reader.section(), offset, context);
}

function readPlain<T>(source: string, read: (reader: PlainReader) => T, offset: number, context: PlainContext): T | undefined {
  // A byte order mark at the start is not content to `yaml`, which drops it.
  if (source.charCodeAt(source.length - 1) !== LF || source.charCodeAt(0) === BOM || source.includes('\r') || source.includes('\t')) {
    return undefined;
  }
  try {
    return read(new PlainReader(source, offset, context));
  } catch (error) {
    if (error === LEAVE) {
      return undefined;
    }
    throw error;
  }
}

/** Thrown where the text leaves the subset; a symbol, as an `Error` would capture a stack each time. */
const LEAVE = Symbol('not plain block YAML');

const LF = 0x0a;
const BOM = 0xfeff;
const SPACE = 0x20;
const DASH = 0x2d;
const COLON = 0x3a;
const HASH = 0x23;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Characters that may not start a plain scalar here (YAML's indicators: `-?:` only when followed
 * by a blank, but leaving on them always is simpler and rare).
 */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/**
 * First characters of every plain scalar the core schema resolves to something but a string
 * (`~`, null, booleans, numbers, `.inf`, `.nan`): any other is a string without testing the tags.
 */
const TYPED_STARTS = '0123456789+-.~nNtTfF';

/** Whether the character at `at` is one `INDICATORS` lists. */
function isIndicator(s: string, at: number): boolean {
  return at < s.length && INDICATORS.includes(s.charAt(at));
}

/** Whether the character code ends a plain scalar inside a flow collection. */
function isFlowEnd(c: number): boolean {
  return c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/** The longest implicit key `yaml` reads in strict mode (`KEY_OVER_1024_CHARS`). */
const MAX_IMPLICIT_KEY = 1024;

function leave(): never {
  throw LEAVE;
}

/** The nodes the reader makes; their ranges are always set. */
type Built = Scalar | YAMLMap | YAMLSeq;

/** A recursive-descent reader of one chunk; positions are in `source`, node ranges in the whole text. */
class PlainReader {
  /** The start of the line the reader is at, after the value it read last. */
  private pos = 0;
  /**
   * Collections open around the reader. Past half of `MAX_NESTING` it leaves: `yaml`'s bounded parse
   * then decides, by its own count of what its parser holds open (at least one entry a collection),
   * whether the text nests too deep, so a deep item is judged the same in a small plan parsed whole.
   * And `[[[[...` on one long line cannot overflow the reader's stack.
   */
  private depth = 0;
  /** Blank lines were passed since the last node was read. */
  private blank = false;
  /** Where the chunk's last line ends: blank lines after it (between items, often) are left out. */
  private readonly contentEnd: number;

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly context: PlainContext,
  ) {
    let end = source.length;
    for (let i = end - 2; i >= 0; i--) {
      const c = source.charCodeAt(i);
      if (c === LF) {
        end = i + 1;
      } else if (c !== SPACE) {
        break;
      }
    }
    this.contentEnd = end;
  }

  section(): PlainSection {
    if (this.spaces(0) !== 0) {
      leave();
    }
    const map = this.blockMap(0, 0);
    return { pair: map.items[0] as Pair<ParsedNode, ParsedNode>, ...this.wholeChunk(map) };
  }

  item(): PlainItem {
    const indent = this.spaces(0);
    if (this.source.charCodeAt(indent) !== DASH) {
      leave();
    }
    const list = this.blockList(indent);
    return { item: list.items[0] as ParsedNode, ...this.wholeChunk(list) };
  }

  /** The ranges of the chunk's one collection, which must hold one entry and end the chunk's content. */
  private wholeChunk(collection: YAMLMap | YAMLSeq): { contentsRange: Range3; documentRange: Range3 } {
    if (this.pos !== this.contentEnd || collection.items.length !== 1) {
      leave();
    }
    const range = collection.range as Range3;
    return { contentsRange: range, documentRange: [this.base, range[1], this.base + this.source.length] };
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING / 2) {
      leave();
    }
  }

  /** How many spaces start at `at`. */
  private spaces(at: number): number {
    const s = this.source;
    let i = at;
    while (s.charCodeAt(i) === SPACE) {
      i++;
    }
    return i - at;
  }

  /**
   * The indentation of the next line with content, from `this.pos` on, or -1 at the end of the
   * chunk. Blank lines on the way are noted for the node after them (`takeBlank`); a comment line
   * leaves, as the reader does not attach comments.
   */
  private nextIndent(): number {
    for (;;) {
      if (this.pos >= this.contentEnd) {
        return -1;
      }
      const indent = this.spaces(this.pos);
      const c = this.source.charCodeAt(this.pos + indent);
      if (c === HASH) {
        leave();
      }
      if (c !== LF) {
        return indent;
      }
      this.blank = true;
      this.pos += indent + 1;
    }
  }

  /** Whether blank lines came before the node about to be read; `yaml` marks it `spaceBefore`. */
  private takeBlank(): boolean {
    const blank = this.blank;
    this.blank = false;
    return blank;
  }

  /** A block list whose `-` indicators stand at column `indent`; the reader is at the first one's line. */
  private blockList(indent: number): YAMLSeq {
    this.enter();
    const s = this.source;
    const list = new YAMLSeq(this.context.schema);
    const start = this.pos + indent;
    /** In the whole text, as the nodes' ranges are. */
    let end = this.base + start;
    for (;;) {
      const dash = this.pos + indent;
      if (s.charCodeAt(dash + 1) !== SPACE) {
        leave();
      }
      const at = dash + 1 + this.spaces(dash + 1);
      const blank = this.takeBlank();
      const node = this.inlineValue(at, at - this.pos, true);
      if (blank) {
        node.spaceBefore = true;
      }
      list.items.push(node);
      end = node.range![2];
      if (!this.nextEntry(indent, true)) {
        return this.closed(list, this.base + start, end);
      }
    }
  }

  /** A block map whose keys stand at column `indent`; the first key starts at `at`, on the reader's line. */
  private blockMap(indent: number, at: number): YAMLMap {
    this.enter();
    const s = this.source;
    const map = new YAMLMap(this.context.schema);
    const keys = new Set<unknown>();
    let keyAt = at;
    /** In the whole text, as the nodes' ranges are. */
    let end = this.base + at;
    for (;;) {
      const lineEnd = s.indexOf('\n', keyAt);
      const colon = this.keyEnd(keyAt, lineEnd);
      // `yaml` (strict) refuses an implicit key whose `:` is more than 1024 characters after its start.
      if (colon < 0 || colon - keyAt > MAX_IMPLICIT_KEY) {
        leave();
      }
      const key = this.plainScalar(keyAt, colon, colon);
      if (typeof key.value !== 'string' || keys.has(key.value)) {
        leave();
      }
      if (this.takeBlank()) {
        key.spaceBefore = true;
      }
      keys.add(key.value);
      let value: Built;
      const valueAt = colon + 1 + this.spaces(colon + 1);
      if (valueAt < lineEnd) {
        if (valueAt === colon + 1) {
          leave();
        }
        value = this.inlineValue(valueAt, valueAt - this.pos, false);
      } else if (valueAt === colon + 1) {
        value = this.nestedValue(indent, lineEnd + 1);
      } else {
        leave();
      }
      map.items.push(new Pair(key, value));
      end = value.range![2];
      if (!this.nextEntry(indent, false)) {
        return this.closed(map, this.base + at, end);
      }
      keyAt = this.pos + indent;
    }
  }

  /**
   * After an entry of a block collection at column `indent`: whether the next line holds another
   * (an item when `item`, else a key); leaves on a deeper line, which this subset does not continue.
   */
  private nextEntry(indent: number, item: boolean): boolean {
    const next = this.nextIndent();
    if (next === indent && (this.source.charCodeAt(this.pos + next) === DASH) === item) {
      return true;
    }
    if (next > indent) {
      leave();
    }
    return false;
  }

  /** Sets a block collection's range, `[start, end, end]` as `yaml` does, once its last entry is read. */
  private closed<T extends YAMLMap | YAMLSeq>(collection: T, start: number, end: number): T {
    collection.range = [start, end, end];
    this.depth--;
    return collection;
  }

  /** The block value on the lines after `key:` (at column `indent`), which start at `lineStart`. */
  private nestedValue(indent: number, lineStart: number): Built {
    this.pos = lineStart;
    const next = this.nextIndent();
    if (this.blank) {
      // Where `yaml` marks the space (the value, or its first item or key) is not worth learning.
      leave();
    }
    const first = this.pos + next;
    if (this.source.charCodeAt(first) === DASH && next >= indent) {
      return this.blockList(next);
    }
    if (next > indent) {
      return this.blockMap(next, first);
    }
    // `key:` with no value is an empty scalar, which the reader does not make.
    return leave();
  }

  /**
   * The node that starts at `at` and ends the line (a list item's, or a key's value); a list item may
   * also start a block map there (`- id: x`). Moves the reader to the next line.
   */
  private inlineValue(at: number, column: number, mayStartMap: boolean): Built {
    const s = this.source;
    const c = s.charCodeAt(at);
    const lineEnd = s.indexOf('\n', at);
    let node: Built;
    let valueEnd: number;
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const [collection, close] = this.flowCollection(at);
      node = collection;
      valueEnd = close;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const [scalar, close] = this.quotedScalar(at);
      node = scalar;
      valueEnd = close;
    } else if (this.keyEnd(at, lineEnd) >= 0) {
      if (!mayStartMap) {
        leave();
      }
      return this.blockMap(column, at);
    } else {
      // Trailing blanks are not the scalar's, but `yaml` counts them (and the line break) in its end.
      let end = lineEnd;
      while (s.charCodeAt(end - 1) === SPACE) {
        end--;
      }
      if (s.charCodeAt(end - 1) === COLON) {
        leave();
      }
      node = this.plainScalar(at, end, lineEnd + 1);
      this.pos = lineEnd + 1;
      return node;
    }
    // Only blanks and the line break may follow a flow collection or a quoted scalar.
    if (valueEnd + this.spaces(valueEnd) !== lineEnd) {
      leave();
    }
    node.range![2] = this.base + lineEnd + 1;
    this.pos = lineEnd + 1;
    return node;
  }

  /**
   * Where the `:` of a plain implicit key starting at `at` is (followed by a space or the line end),
   * or -1 if the line holds none; leaves on anything a plain key in this subset may not hold.
   */
  private keyEnd(at: number, lineEnd: number): number {
    const s = this.source;
    if (isIndicator(s, at)) {
      return -1;
    }
    for (let i = at; i < lineEnd; i++) {
      const c = s.charCodeAt(i);
      if (c === COLON) {
        const after = s.charCodeAt(i + 1);
        if (after === SPACE || after === LF) {
          return s.charCodeAt(i - 1) === SPACE ? leave() : i;
        }
      } else if (c === HASH && s.charCodeAt(i - 1) === SPACE) {
        leave();
      }
    }
    return -1;
  }

  /** A scalar of the text `[start, end)`, resolved by the schema's tags as `yaml`'s composer does. */
  private plainScalar(start: number, end: number, nodeEnd: number): Scalar {
    const s = this.source;
    if (isIndicator(s, start) || end <= start) {
      leave();
    }
    const text = s.slice(start, end);
    // Strings, most of a plan, skip the tags' tests: none of them matches a text starting otherwise.
    const tag = TYPED_STARTS.includes(text.charAt(0)) ? this.tagOf(text) : undefined;
    const result: unknown = tag?.resolve ? tag.resolve(text, leave, this.context.options) : text;
    const scalar = result instanceof Scalar ? result : new Scalar(result);
    // In `composeScalar`'s order, so the nodes have the shape of `yaml`'s.
    scalar.range = [this.base + start, this.base + end, this.base + nodeEnd];
    scalar.source = text;
    scalar.type = Scalar.PLAIN;
    if (tag?.format) {
      scalar.format = tag.format;
    }
    return scalar;
  }

  /** The tag `yaml`'s `findScalarTagByTest` picks for a plain scalar; undefined for a string. */
  private tagOf(text: string): ScalarTag | undefined {
    // `plainContext` made sure no tag is a key's only (`default: 'key'`) and there is no compat schema.
    return this.context.schema.tags.find((t): t is ScalarTag => t.default === true && !!(t as ScalarTag).test?.test(text));
  }

  /** A one-line quoted scalar without escapes; `[node, end of the closing quote]`. */
  private quotedScalar(at: number): [Scalar, number] {
    const s = this.source;
    const quote = s.charCodeAt(at);
    let value = '';
    let from = at + 1;
    let i = from;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === LF || c === BACKSLASH || Number.isNaN(c)) {
        leave();
      }
      if (c === quote) {
        if (quote === SINGLE_QUOTE && s.charCodeAt(i + 1) === SINGLE_QUOTE) {
          value += s.slice(from, i + 1);
          i += 2;
          from = i;
          continue;
        }
        break;
      }
      i++;
    }
    value += s.slice(from, i);
    const close = i + 1;
    const scalar = new Scalar(value);
    scalar.range = [this.base + at, this.base + close, this.base + close];
    scalar.source = value;
    scalar.type = quote === DOUBLE_QUOTE ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
    return [scalar, close];
  }

  /** A one-line flow map or list at `at`; `[node, the end of its closing bracket]`. */
  private flowCollection(at: number): [YAMLMap | YAMLSeq, number] {
    this.enter();
    const s = this.source;
    const isMap = s.charCodeAt(at) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    const collection = isMap ? new YAMLMap(this.context.schema) : new YAMLSeq(this.context.schema);
    collection.flow = true;
    const keys = new Set<unknown>();
    let i = at + 1 + this.spaces(at + 1);
    if (s.charCodeAt(i) !== close) {
      for (;;) {
        if (isMap) {
          const [key, keyEnd] = this.flowNode(i, true);
          if (s.charCodeAt(keyEnd) !== COLON || s.charCodeAt(keyEnd + 1) !== SPACE || !(key instanceof Scalar)) {
            leave();
          }
          if (typeof key.value !== 'string' || keys.has(key.value)) {
            leave();
          }
          keys.add(key.value);
          const [value, valueEnd] = this.flowNode(keyEnd + 1 + this.spaces(keyEnd + 1), false);
          (collection as YAMLMap).items.push(new Pair(key, value));
          i = this.spacesAfter(value, valueEnd);
        } else {
          const [item, itemEnd] = this.flowNode(i, false);
          (collection as YAMLSeq).items.push(item);
          i = this.spacesAfter(item, itemEnd);
          if (s.charCodeAt(i) === COLON) {
            leave();
          }
        }
        if (collection.items.length > MAX_FLOW_ITEMS) {
          // `yaml`'s bounded parse refuses it, with the problem that says so.
          leave();
        }
        const c = s.charCodeAt(i);
        if (c === COMMA) {
          i += 1 + this.spaces(i + 1);
          if (s.charCodeAt(i) === close) {
            leave();
          }
          continue;
        }
        if (c !== close) {
          leave();
        }
        break;
      }
    }
    const end = i + 1;
    collection.range = [this.base + at, this.base + end, this.base + end];
    this.depth--;
    return [collection, end];
  }

  /** A node inside a flow collection; `[node, where its text ends]`. */
  private flowNode(at: number, atKey: boolean): [Built, number] {
    const s = this.source;
    const c = s.charCodeAt(at);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      return atKey ? leave() : this.flowCollection(at);
    }
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      return atKey ? leave() : this.quotedScalar(at);
    }
    let i = at;
    for (;;) {
      const d = s.charCodeAt(i);
      if (d === LF || isFlowEnd(d) || Number.isNaN(d)) {
        break;
      }
      if (d === COLON) {
        const after = s.charCodeAt(i + 1);
        if (after === SPACE || after === LF || isFlowEnd(after)) {
          break;
        }
      } else if (d === HASH && s.charCodeAt(i - 1) === SPACE) {
        leave();
      }
      i++;
    }
    if (s.charCodeAt(i) === LF) {
      leave();
    }
    let end = i;
    while (s.charCodeAt(end - 1) === SPACE) {
      end--;
    }
    if (end < i && (atKey || s.charCodeAt(i) === COLON)) {
      leave();
    }
    return [this.plainScalar(at, end, i), i];
  }

  /** Past the spaces after a node in a flow collection, which `yaml` counts in the node's end. */
  private spacesAfter(node: Built, end: number): number {
    const after = end + this.spaces(end);
    node.range![2] = this.base + after;
    return after;
  }
}
