import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Span } from '../model/planModel';

/**
 * Typed, alias-aware access to `yaml`'s node tree. Aliases are followed with a budget so that an
 * "alias bomb" (aliases of aliases, exponentially many nodes) cannot make the model builder walk
 * forever: past the budget, aliases read as absent and `exhausted` is set.
 */
export class YamlNodes {
  private aliasBudget: number;
  exhausted = false;

  constructor(
    private readonly doc: Document.Parsed,
    aliasBudget = 10_000,
  ) {
    this.aliasBudget = aliasBudget;
  }

  /** Follows an alias to its anchored node. */
  deref(node: unknown): Node | undefined {
    if (isAlias(node)) {
      if (this.aliasBudget <= 0) {
        this.exhausted = true;
        return undefined;
      }
      this.aliasBudget--;
      const target = node.resolve(this.doc);
      return target && !isAlias(target) ? (target as Node) : undefined;
    }
    return (node ?? undefined) as Node | undefined;
  }

  map(node: unknown): YAMLMap<unknown, unknown> | undefined {
    const n = this.deref(node);
    return isMap(n) ? n : undefined;
  }

  seq(node: unknown): YAMLSeq<unknown> | undefined {
    const n = this.deref(node);
    return isSeq(n) ? n : undefined;
  }

  /** The items of a sequence, or the single node when a scalar stands where a list is allowed. */
  listOrSingle(node: unknown): unknown[] {
    const n = this.deref(node);
    if (isSeq(n)) {
      return n.items;
    }
    return n === undefined || (isScalar(n) && n.value === null) ? [] : [n];
  }

  scalar(node: unknown): Scalar | undefined {
    const n = this.deref(node);
    return isScalar(n) ? n : undefined;
  }

  /** A map's pairs by key text, for maps with plain string keys. The last duplicate wins. */
  fields(map: YAMLMap<unknown, unknown>): Map<string, Pair<unknown, unknown>> {
    const result = new Map<string, Pair<unknown, unknown>>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string') {
        result.set(key, pair);
      }
    }
    return result;
  }
}

/** The span of a node's value, without trailing comments or line breaks. */
export function spanOf(node: unknown): Span {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) {
    return { offset: 0, length: 0 };
  }
  return { offset: range[0], length: Math.max(0, range[1] - range[0]) };
}

/** The span from a pair's key to the end of its value. */
export function pairSpan(pair: Pair<unknown, unknown>): Span {
  const key = spanOf(pair.key);
  if (pair.value === null || pair.value === undefined) {
    return key;
  }
  const value = spanOf(pair.value);
  return { offset: key.offset, length: Math.max(key.length, value.offset + value.length - key.offset) };
}
