import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

/** One step from a collection to a child: a mapping key (as text) or a sequence index. */
export type YamlPathSegment = string | number;

/**
 * Where an offset falls:
 * - `key`: on a mapping key; `path` ends with that key.
 * - `value`: on a scalar or alias value, or in the empty value slot after `key:`; `path` leads to it.
 * - `inside`: in a collection but on none of its keys or values (indentation, `- ` dashes,
 *   commas, comments, blank lines), or between `key:` and the collection that is its value;
 *   `path` leads to the collection.
 */
export type YamlPosition = 'key' | 'value' | 'inside';

/** A collection of the YAML tree. */
export type YamlCollection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

/** What `yamlPathAt` found at an offset. */
export interface YamlPathHit {
  /** Keys and indices from the document root to `node`; `[]` for the root itself. */
  readonly path: readonly YamlPathSegment[];
  readonly position: YamlPosition;
  /**
   * `key`: the key scalar. `value`: the value node (for an empty slot, `yaml`'s empty null scalar,
   * or null when there is none). `inside`: the collection. Null for an empty document.
   */
  readonly node: Node | null;
  /** The mapping entry whose key or value holds the offset, for `key` and for `value` in a mapping. */
  readonly pair?: Pair<unknown, unknown>;
  /** The collections that hold `node`, root first; the last one is its parent. */
  readonly ancestors: readonly YamlCollection[];
}

type Range = readonly [number, number, number];

function rangeOf(node: unknown): Range | undefined {
  return (node as { range?: Range } | null | undefined)?.range ?? undefined;
}

/** Offsets are cursor positions between characters, so a node's end counts as on it. */
function onNode(node: unknown, offset: number): boolean {
  const r = rangeOf(node);
  return r !== undefined && offset >= r[0] && offset <= r[1];
}

/** `owner:` with nothing after it: `yaml` puts an empty null scalar after the colon's whitespace. */
function isEmptySlot(node: unknown): boolean {
  const r = rangeOf(node);
  return isScalar(node) && node.value === null && r !== undefined && r[0] === r[1];
}

function keyText(key: unknown): string {
  if (isScalar(key)) {
    return String(key.value);
  }
  // A complex key (`? [a, b]`) has no name a path could use.
  return '?';
}

function itemStart(item: unknown): number | undefined {
  if (isPair(item)) {
    return rangeOf(item.key)?.[0] ?? rangeOf(item.value)?.[0];
  }
  return rangeOf(item)?.[0];
}

/**
 * The last item that starts at or before `offset`: the only one that can contain it, as items
 * are in text order. A binary search, so a 20k-task list costs a handful of comparisons.
 */
function candidate(items: readonly unknown[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = itemStart(items[mid]);
    if (start === undefined) {
      // An item without a source range (built in code, not parsed): fall back to a scan.
      return items.findIndex((item) => containsItem(item, offset));
    }
    if (start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function containsItem(item: unknown, offset: number): boolean {
  if (isPair(item)) {
    return onNode(item.key, offset) || onNode(item.value, offset);
  }
  return onNode(item, offset);
}

function descend(node: YamlCollection, offset: number, path: YamlPathSegment[], ancestors: YamlCollection[]): YamlPathHit {
  if (isMap(node)) {
    const nextAncestors = [...ancestors, node];
    const pair = node.items[candidate(node.items, offset)];
    if (pair) {
      const key = keyText(pair.key);
      if (onNode(pair.key, offset)) {
        return { path: [...path, key], position: 'key', node: pair.key as Node, pair, ancestors: nextAncestors };
      }
      const keyEnd = rangeOf(pair.key)?.[1];
      const value = pair.value;
      if (isEmptySlot(value) && keyEnd !== undefined && offset > keyEnd && offset <= rangeOf(value)![0]) {
        return { path: [...path, key], position: 'value', node: value as Node, pair, ancestors: nextAncestors };
      }
      if (onNode(value, offset)) {
        return leafOrDescend(value, offset, [...path, key], nextAncestors, pair);
      }
      const valueStart = rangeOf(value)?.[0];
      const inGap = keyEnd !== undefined && valueStart !== undefined && offset > keyEnd && offset < valueStart;
      if ((isMap(value) || isSeq(value)) && inGap) {
        // Between `key:` and the first line of its block: where the next nested key would be typed.
        return { path: [...path, key], position: 'inside', node: value, ancestors: nextAncestors };
      }
    }
    return { path, position: 'inside', node, ancestors };
  }
  const nextAncestors = [...ancestors, node];
  const index = candidate(node.items, offset);
  const item = node.items[index];
  if (index >= 0 && onNode(item, offset)) {
    return leafOrDescend(item, offset, [...path, index], nextAncestors, undefined);
  }
  return { path, position: 'inside', node, ancestors };
}

function leafOrDescend(
  node: unknown,
  offset: number,
  path: YamlPathSegment[],
  ancestors: YamlCollection[],
  pair: Pair<unknown, unknown> | undefined,
): YamlPathHit {
  // An alias stays a leaf: its target sits elsewhere in the text.
  if (isMap(node) || isSeq(node)) {
    return descend(node, offset, path, ancestors);
  }
  return { path, position: 'value', node: node as Node, pair, ancestors };
}

/**
 * The path of keys and indices to the node at `offset` in a parsed document, and whether the
 * offset is on a key, a value or between them. Works on documents with errors (`yaml` still
 * builds a tree), follows no aliases and never throws.
 *
 * `key: [a, b]` with the offset on `b` gives `{path: ['key', 1], position: 'value'}`; on `key`,
 * `{path: ['key'], position: 'key'}`. Which collection an offset between nodes belongs to is
 * decided by source ranges, not by indentation: a blank line right after a nested mapping counts
 * as inside that mapping.
 */
export function yamlPathAt(doc: Pick<Document, 'contents'>, offset: number): YamlPathHit {
  const root = doc.contents;
  if (root === null || root === undefined) {
    return { path: [], position: 'inside', node: null, ancestors: [] };
  }
  if (isMap(root) || isSeq(root)) {
    return descend(root, offset, [], []);
  }
  return { path: [], position: 'value', node: root, ancestors: [] };
}

/** A path as users read it: `tasks[3].subtasks[0].owner`. */
export function formatYamlPath(path: readonly YamlPathSegment[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out.length > 0 ? `.${segment}` : segment;
  }
  return out;
}
