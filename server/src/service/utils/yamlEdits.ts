import { isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { quoteScalar } from './yamlScalars';

export { isPlainSafe } from './yamlScalars';

/**
 * Text edits on a YAML document that keep everything they do not touch as written: comments,
 * quoting, indentation, flow or block style. Each method takes nodes of the parsed document
 * (`yaml`'s `Document.Parsed` of exactly the text being edited) and returns LSP `TextEdit`s;
 * the edits of one call never overlap, so they can go into one `WorkspaceEdit` together with
 * edits of other calls on other nodes.
 *
 * ```ts
 * const editor = new YamlEditor(document, analysis.parsed.document!);
 * const task = editor.mapAt(task.span.offset)!;
 * editor.setKey(task, 'owner', 'li-si', ['name', 'id']);   // `owner: li-si` after `name`
 * editor.appendToList(task, 'depends_on', 'design');         // [a] → [a, design]; creates the key
 * ```
 */

export type ScalarValue = string | number | boolean;
/** What can be written: a scalar, a list of scalars or a mapping of scalars and lists of them (flow style unless a block is asked for). */
export type YamlValue = ScalarValue | readonly ScalarValue[] | Readonly<Record<string, ScalarValue | readonly ScalarValue[]>>;

/** One step of the way from the document's root to the node at an offset. */
export interface PathStep {
  readonly node: unknown;
  /** The pair the node is the key or value of, when its parent is a map. */
  readonly pair?: Pair<unknown, unknown>;
  readonly isKey: boolean;
}

type Range3 = [number, number, number];
type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

function rangeOf(node: unknown): Range3 | undefined {
  return (node as { range?: Range3 } | null | undefined)?.range ?? undefined;
}

function contains(node: unknown, offset: number): boolean {
  const r = rangeOf(node);
  return r !== undefined && r[0] <= offset && (offset < r[1] || offset === r[0]);
}

/** A scalar as YAML source: strings plain when safe, else double-quoted (JSON escapes are valid YAML). */
export function formatScalar(value: ScalarValue): string {
  return typeof value === 'string' ? quoteScalar(value) : String(value);
}

/** A value in flow style: `x`, `[a, b]`, `{id: a, name: b}`. */
export function formatValue(value: YamlValue): string {
  if (Array.isArray(value)) {
    return formatList(value);
  }
  if (typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${formatScalar(k)}: ${formatEntry(v)}`)
      .join(', ')}}`;
  }
  return formatScalar(value as ScalarValue);
}

function formatList(values: readonly ScalarValue[]): string {
  return `[${values.map(formatScalar).join(', ')}]`;
}

/** A mapping's value: a scalar, or a flow list of them. */
function formatEntry(value: ScalarValue | readonly ScalarValue[]): string {
  return Array.isArray(value) ? formatList(value) : formatScalar(value as ScalarValue);
}

export class YamlEditor {
  private readonly text: string;
  private readonly eol: string;

  constructor(
    private readonly document: TextDocument,
    private readonly doc: Document.Parsed,
  ) {
    this.text = document.getText();
    this.eol = this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  /** The document's top-level map, if it is one. */
  root(): YAMLMap<unknown, unknown> | undefined {
    return isMap(this.doc.contents) ? this.doc.contents : undefined;
  }

  /** The nodes from the root down to the innermost node at `offset` (aliases are not followed). */
  pathAt(offset: number): PathStep[] {
    const steps: PathStep[] = [];
    let step: PathStep | undefined = { node: this.doc.contents, isKey: false };
    while (step && contains(step.node, offset)) {
      steps.push(step);
      const node: unknown = step.node;
      step = undefined;
      if (isMap(node)) {
        for (const pair of node.items) {
          if (contains(pair.key, offset) || contains(pair.value, offset)) {
            step = { node: contains(pair.key, offset) ? pair.key : pair.value, pair, isKey: contains(pair.key, offset) };
            break;
          }
        }
      } else if (isSeq(node)) {
        const item = node.items.find((i) => contains(i, offset));
        step = item === undefined ? undefined : { node: item, isKey: false };
      }
    }
    return steps;
  }

  /** The map that starts exactly at `offset`, as an entity's `span` gives it. */
  mapAt(offset: number): YAMLMap<unknown, unknown> | undefined {
    const step = this.pathAt(offset).find((s) => isMap(s.node) && rangeOf(s.node)?.[0] === offset);
    return step?.node as YAMLMap<unknown, unknown> | undefined;
  }

  /** The innermost scalar at `offset`, if the innermost node there is one. */
  scalarAt(offset: number): Scalar | undefined {
    const last = this.pathAt(offset).pop()?.node;
    return isScalar(last) ? last : undefined;
  }

  /** The pair of `map` whose key is the plain string `key`. */
  pair(map: YAMLMap<unknown, unknown>, key: string): Pair<unknown, unknown> | undefined {
    return map.items.find((p) => isScalar(p.key) && p.key.value === key);
  }

  /** Writes a new value over a scalar, quoted only when it has to be. */
  setScalar(node: Scalar, value: ScalarValue): TextEdit {
    return this.replace(this.start(node), this.valueEnd(node), formatScalar(value));
  }

  /** Renames a scalar (an id, a key) keeping its quote style. */
  renameScalar(node: Scalar, text: string): TextEdit {
    const written = node.type === 'QUOTE_SINGLE' ? `'${text.replace(/'/g, "''")}'` : node.type === 'QUOTE_DOUBLE' ? JSON.stringify(text) : formatScalar(text);
    return this.replace(this.start(node), this.valueEnd(node), written);
  }

  /** Sets `key` of `map` to `value`: replaces the value if the key is there, else inserts the pair (see `insertKey`). */
  setKey(map: YAMLMap<unknown, unknown>, key: string, value: YamlValue, after: readonly string[] = []): TextEdit {
    const pair = this.pair(map, key);
    return pair ? this.setPairValue(pair, value) : this.insertKey(map, key, value, after);
  }

  /** Replaces a pair's value; an empty value (`owner:`) gets one, a block list or map is replaced from the colon on. */
  setPairValue(pair: Pair<unknown, unknown>, value: YamlValue): TextEdit {
    return this.setPairText(pair, formatValue(value));
  }

  /**
   * Inserts `key: value` into a map. In a block map it goes on its own line, at the map's
   * indentation, after the first of the `after` keys that exists (else after the last pair), so a
   * trailing comment stays on its line. In a flow map it goes after that pair, comma-separated.
   */
  insertKey(map: YAMLMap<unknown, unknown>, key: string, value: YamlValue, after: readonly string[] = []): TextEdit {
    return this.insertKeyText(map, key, formatValue(value), after);
  }

  /**
   * Adds an item to a list. A block list gets a `- item` line after its last item (a mapping item
   * in block style when the last item is a block mapping); a flow list gets `, item` before `]`.
   */
  appendItem(seq: YAMLSeq<unknown>, value: YamlValue): TextEdit {
    const last = seq.items[seq.items.length - 1];
    if (seq.flow || last === undefined) {
      return last === undefined ? this.insert(this.start(seq) + 1, formatValue(value)) : this.insert(this.valueEnd(last), `, ${formatValue(value)}`);
    }
    const indent = this.indentOf(this.start(seq));
    const inner = indent + ' '.repeat(Math.max(2, this.start(last) - this.dashBefore(last)));
    const blockMap = isMap(last) && !last.flow && typeof value === 'object' && !Array.isArray(value);
    const written = blockMap
      ? Object.entries(value as Record<string, ScalarValue | readonly ScalarValue[]>)
          .map(([k, v]) => `${formatScalar(k)}: ${formatEntry(v)}`)
          .join(this.eol + inner)
      : formatValue(value);
    return this.insertLine(this.valueEnd(last), `${indent}- ${written}`);
  }

  /**
   * Adds `value` to the list under `key`: appends to a list, turns a single scalar into
   * `[old, value]`, fills an empty value, or creates the key (`key: [value]`, or a block list
   * below the key when `block` is set and the map is a block map).
   */
  appendToList(map: YAMLMap<unknown, unknown>, key: string, value: YamlValue, block = false): TextEdit {
    const pair = this.pair(map, key);
    const node = pair?.value;
    if (isSeq(node)) {
      return this.appendItem(node, value);
    }
    if (pair && isScalar(node) && node.value !== null && rangeOf(node)?.[0] !== rangeOf(node)?.[1]) {
      const old = this.text.slice(this.start(node), this.valueEnd(node));
      return this.replace(this.start(node), this.valueEnd(node), `[${old}, ${formatValue(value)}]`);
    }
    if (pair || !block || map.flow || map.items.length === 0) {
      const list = `[${formatValue(value)}]`;
      return pair ? this.setPairText(pair, list) : this.insertKeyText(map, key, list, []);
    }
    const anchor = map.items[map.items.length - 1]!;
    const indent = this.indentOf(this.start(anchor.key));
    return this.insertLine(this.pairEnd(anchor), `${indent}${formatScalar(key)}:${this.eol}${indent}  - ${formatValue(value)}`);
  }

  /**
   * Removes item `index` of a list: a block item with its whole line(s), a flow item with the
   * comma that separates it. The last remaining item leaves an empty `[]`.
   */
  removeItem(seq: YAMLSeq<unknown>, index: number): TextEdit {
    const item = seq.items[index];
    if (item === undefined) {
      throw new RangeError(`no item ${index}`);
    }
    if (seq.items.length === 1) {
      return this.emptyCollection(seq, '[]');
    }
    if (seq.flow) {
      return this.removeFlowEntry(
        seq.items,
        index,
        (i) => this.start(i),
        (i) => this.valueEnd(i),
      );
    }
    const next = seq.items[index + 1];
    return this.removeBlockEntry(this.dashBefore(item), this.valueEnd(item), next === undefined ? undefined : this.dashBefore(next));
  }

  /** Removes the pair `key` from a map, as `removeItem` does; the last remaining pair leaves `{}`. */
  removeKey(map: YAMLMap<unknown, unknown>, key: string): TextEdit | undefined {
    const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
    const pair = map.items[index];
    if (!pair) {
      return undefined;
    }
    if (map.items.length === 1) {
      return this.emptyCollection(map, '{}');
    }
    if (map.flow) {
      return this.removeFlowEntry(
        map.items,
        index,
        (p) => this.start(p.key),
        (p) => this.pairEnd(p),
      );
    }
    const next = map.items[index + 1];
    return this.removeBlockEntry(this.start(pair.key), this.pairEnd(pair), next === undefined ? undefined : this.start(next.key));
  }

  /** Swaps the source text of two nodes (two dates, say), quotes and all. */
  swap(a: unknown, b: unknown): TextEdit[] {
    const textOf = (n: unknown): string => this.text.slice(this.start(n), this.valueEnd(n));
    return [this.replace(this.start(a), this.valueEnd(a), textOf(b)), this.replace(this.start(b), this.valueEnd(b), textOf(a))];
  }

  // --- positions -------------------------------------------------------------------------------

  private start(node: unknown): number {
    return rangeOf(node)?.[0] ?? 0;
  }

  /** Where a node's value ends, before the line break that block nodes include. */
  private valueEnd(node: unknown): number {
    let end = rangeOf(node)?.[1] ?? 0;
    while (end > this.start(node) && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) {
      end--;
    }
    return end;
  }

  private pairEnd(pair: Pair<unknown, unknown>): number {
    const value = rangeOf(pair.value);
    return value !== undefined && value[1] > value[0] ? this.valueEnd(pair.value) : this.valueEnd(pair.key);
  }

  private colonAfter(key: unknown): number {
    return this.text.indexOf(':', this.valueEnd(key));
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The end of the line holding `offset`, before its line break. */
  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }

  /** After the line break of the line holding `offset` (or the end of the text). */
  private nextLine(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  /** The indentation of a block node starting at `offset`, as spaces (`- ` prefixes count as indentation). */
  private indentOf(offset: number): string {
    return ' '.repeat(offset - this.lineStart(offset));
  }

  /** The `-` that introduces a block list item. */
  private dashBefore(item: unknown): number {
    const dash = this.text.lastIndexOf('-', this.start(item) - 1);
    return dash < 0 ? this.start(item) : dash;
  }

  // --- edits -----------------------------------------------------------------------------------

  private setPairText(pair: Pair<unknown, unknown>, written: string): TextEdit {
    const node = pair.value;
    const range = rangeOf(node);
    if (range === undefined) {
      return this.insert(this.valueEnd(pair.key), `: ${written}`);
    }
    if (range[1] === range[0]) {
      return this.insert(range[0], this.text[range[0] - 1] === ':' ? ` ${written}` : written);
    }
    if (isCollection(node) && !node.flow) {
      return this.replace(this.colonAfter(pair.key) + 1, this.valueEnd(node), ` ${written}`);
    }
    return this.replace(range[0], this.valueEnd(node), written);
  }

  private insertKeyText(map: YAMLMap<unknown, unknown>, key: string, written: string, after: readonly string[]): TextEdit {
    const entry = `${formatScalar(key)}: ${written}`;
    const anchor = after.map((k) => this.pair(map, k)).find((p) => p !== undefined) ?? map.items[map.items.length - 1];
    if (map.flow || !anchor) {
      return anchor ? this.insert(this.pairEnd(anchor), `, ${entry}`) : this.insert(this.start(map) + 1, entry);
    }
    return this.insertLine(this.pairEnd(anchor), this.indentOf(this.start(anchor.key)) + entry);
  }

  /** A new line after the line holding `offset` (trailing comment included). */
  private insertLine(offset: number, line: string): TextEdit {
    return this.insert(this.lineEnd(offset), this.eol + line);
  }

  /** Removes a list item or pair of a block collection: its lines, or up to the next entry when it shares a line with a `-`. */
  private removeBlockEntry(start: number, end: number, next: number | undefined): TextEdit {
    const lineStart = this.lineStart(start);
    if (this.text.slice(lineStart, start).trim() === '') {
      return this.replace(lineStart, this.nextLine(end), '');
    }
    return this.replace(start, next ?? this.lineEnd(end), '');
  }

  private removeFlowEntry<T>(items: readonly T[], index: number, start: (t: T) => number, end: (t: T) => number): TextEdit {
    const item = items[index]!;
    const next = items[index + 1];
    return next !== undefined ? this.replace(start(item), start(next), '') : this.replace(end(items[index - 1]!), end(item), '');
  }

  /** Replaces a collection by an empty flow one: `key: []` on the key's line, or in place (a list item). */
  private emptyCollection(node: Collection, empty: '[]' | '{}'): TextEdit {
    const end = node.flow ? this.valueEnd(node) : this.lineEnd(this.valueEnd(node));
    const holder = this.pathAt(this.start(node)).find((s) => s.node === node)?.pair;
    if (holder && !node.flow) {
      return this.replace(this.colonAfter(holder.key) + 1, end, ` ${empty}`);
    }
    // A block collection starts at its first key or dash, so this keeps a list item's own `- `.
    return this.replace(this.start(node), end, empty);
  }

  private insert(offset: number, text: string): TextEdit {
    return this.replace(offset, offset, text);
  }

  private replace(from: number, to: number, newText: string): TextEdit {
    return { range: { start: this.document.positionAt(from), end: this.document.positionAt(to) }, newText };
  }
}
