import { isMap, isScalar, isSeq, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

/** A replacement of `length` characters at `offset`; converted to an LSP `TextEdit` only at the edge. */
export interface OffsetEdit {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

/**
 * The line break the document already uses (its first line's), so inserted lines match it. Only the
 * first line is read: this is asked once per edit, and reading a 20k-task plan whole for each of
 * thousands of edits took seconds.
 */
export function eolOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** Where the line holding `offset` ends (before its line break). */
export function lineEnd(text: string, offset: number): number {
  let i = text.indexOf('\n', offset);
  if (i < 0) {
    return text.length;
  }
  if (i > 0 && text[i - 1] === '\r') {
    i--;
  }
  return i;
}

/** The column of `offset` in its line. */
export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The end of the last non-blank character before `end`: block nodes' ranges include trailing line breaks. */
export function contentEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) {
    i--;
  }
  return i;
}

/** Every mapping of the document by its start offset: one walk, then lookups by a model span. */
export function mapsByOffset(doc: Document.Parsed | undefined): Map<number, YAMLMap> {
  const out = new Map<number, YAMLMap>();
  if (doc) {
    visit(doc, {
      Map(_, node) {
        if (node.range) {
          out.set(node.range[0], node);
        }
      },
    });
  }
  return out;
}

export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

export function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

export function asSeq(node: unknown): YAMLSeq | undefined {
  return isSeq(node) ? node : undefined;
}

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

/**
 * Adds `key: value` to a mapping. Flow maps get it before their closing brace; block maps on a
 * new line at their keys' indentation, after the line of `afterOffset` when given (to keep
 * related keys together), else after the map's last line.
 */
export function addPairEdit(text: string, map: YAMLMap, key: string, value: string, afterOffset?: number): OffsetEdit | undefined {
  const range = rangeOf(map);
  if (!range) {
    return undefined;
  }
  if (map.flow === true) {
    const close = text.lastIndexOf('}', range[1] - 1);
    if (close < range[0]) {
      return undefined;
    }
    const at = contentEnd(text, range[0] + 1, close);
    const empty = at === range[0] + 1;
    const separator = empty || text[at - 1] === ',' ? (empty ? '' : ' ') : ', ';
    return { offset: at, length: 0, newText: `${separator}${key}: ${value}` };
  }
  const firstKey = rangeOf(map.items[0]?.key);
  if (!firstKey) {
    return undefined;
  }
  const indent = ' '.repeat(columnOf(text, firstKey[0]));
  const anchor = afterOffset ?? contentEnd(text, range[0], range[1]);
  return { offset: lineEnd(text, Math.max(anchor - 1, range[0])), length: 0, newText: `${eolOf(text)}${indent}${key}: ${value}` };
}

/**
 * Appends entries (already rendered, e.g. `{id: a}`) to the sequence under a top-level key,
 * creating the key at the end of the document when it is missing.
 */
export function appendToTopLevelSeq(text: string, doc: Document.Parsed, key: string, entries: readonly string[]): OffsetEdit | undefined {
  const eol = eolOf(text);
  const root = asMap(doc.contents);
  if (entries.length === 0 || (doc.contents !== null && (!root || root.flow === true))) {
    return undefined;
  }
  const block = (indent: string): string => entries.map((e) => `${eol}${indent}- ${e}`).join('');
  const pair = root ? pairOf(root, key) : undefined;
  if (!pair) {
    const end = contentEnd(text, 0, text.length);
    const lead = end === 0 ? '' : `${eol}${eol}`;
    return { offset: end, length: text.length - end, newText: `${lead}${key}:${block('  ')}${eol}` };
  }
  const keyRange = rangeOf(pair.key)!;
  const indent = ' '.repeat(columnOf(text, keyRange[0]) + 2);
  const afterColon = text.indexOf(':', keyRange[1]) + 1;
  const value = pair.value;
  if (value === null || value === undefined || (isScalar(value) && value.value === null)) {
    return { offset: afterColon, length: 0, newText: block(indent) };
  }
  const seq = asSeq(value);
  const range = rangeOf(seq);
  if (!seq || !range) {
    return undefined;
  }
  if (seq.flow === true) {
    if (seq.items.length === 0) {
      return { offset: afterColon, length: range[1] - afterColon, newText: block(indent) };
    }
    const close = text.lastIndexOf(']', range[1] - 1);
    return { offset: contentEnd(text, range[0] + 1, close), length: 0, newText: entries.map((e) => `, ${e}`).join('') };
  }
  const itemIndent = ' '.repeat(columnOf(text, range[0]));
  return { offset: lineEnd(text, contentEnd(text, range[0], range[1]) - 1), length: 0, newText: block(itemIndent) };
}
