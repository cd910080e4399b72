import { isAlias, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { Span } from '../model/planModel';
import { spanOf } from '../parser/yamlNodes';
import type { Path } from './issues';
import { aliasTargets, keyString } from './yamlData';

/** Where a path leads in the YAML tree. */
interface Found {
  /** The node at the end of the path, or at the last segment that exists. */
  readonly node: unknown;
  /** The pair whose value `node` is, when its parent is a map. */
  readonly pair?: Pair<unknown, unknown>;
  /** Whether every segment of the path was found. */
  readonly complete: boolean;
  /** The first alias the path went through: what the user sees at this place. */
  readonly alias?: Alias;
}

/** A key as the validated data spells it. */
function keyText(key: unknown): string {
  return keyString(isScalar(key) ? key.value : isCollection(key) ? key.toJSON() : key);
}

function hasSpan(node: unknown): boolean {
  return spanOf(node).length > 0;
}

/**
 * Finds the YAML node behind a path into the validated data, and the span a problem about it should
 * cover. This is `doc.getIn(path, true)` done by hand, because `getIn` stops at aliases and does
 * not give the pair (whose key is where key problems belong).
 */
export class NodeLocator {
  private aliasTargets: Map<Alias, Node | undefined> | undefined;

  constructor(private readonly doc: Document.Parsed) {}

  /** The value at `path`: the scalar itself; a block map or list by its key, as its whole block would be too much. */
  valueSpan(path: Path): Span {
    const found = this.find(path);
    if (found.alias) {
      return spanOf(found.alias);
    }
    const { node, pair } = found;
    const block = isCollection(node) && !node.flow;
    if (pair !== undefined && hasSpan(pair.key) && (!found.complete || !hasSpan(node) || block)) {
      return spanOf(pair.key);
    }
    return block ? this.firstLine(node) : spanOf(node);
  }

  /** A block list or map without a key (a list item, the document): its first entry stands for it. */
  private firstLine(node: YAMLMap<unknown, unknown> | YAMLSeq<unknown>): Span {
    const first: unknown = node.items[0];
    const head = isPair(first) ? first.key : first;
    return head !== undefined && hasSpan(head) ? spanOf(head) : spanOf(node);
  }

  /** The key `key` of the map at `path` (an unknown key). */
  keySpan(path: Path, key: string): Span {
    const found = this.find(path);
    if (found.alias) {
      return spanOf(found.alias);
    }
    const map = found.complete && isMap(found.node) ? found.node : undefined;
    const pair = map?.items.find((p) => keyText(p.key) === key);
    return pair && hasSpan(pair.key) ? spanOf(pair.key) : this.ownerSpan(found);
  }

  /**
   * The key that introduces the map at `path` (`project` for a project missing its `id`); for a
   * list item or the top-level map, which have no key, the map's first key.
   */
  ownerKeySpan(path: Path): Span {
    const found = this.find(path);
    return found.alias ? spanOf(found.alias) : this.ownerSpan(found);
  }

  private ownerSpan(found: Found): Span {
    if (found.pair && hasSpan(found.pair.key)) {
      return spanOf(found.pair.key);
    }
    const first = isMap(found.node) ? found.node.items[0]?.key : undefined;
    return first !== undefined && hasSpan(first) ? spanOf(first) : spanOf(found.node);
  }

  private find(path: Path): Found {
    let node: unknown = this.doc.contents;
    let pair: Pair<unknown, unknown> | undefined;
    let alias: Alias | undefined;
    for (const segment of path) {
      if (isAlias(node)) {
        alias ??= node;
        node = this.target(node);
      }
      let next: { node: unknown; pair?: Pair<unknown, unknown> } | undefined;
      if (isMap(node)) {
        const p = node.items.find((item) => keyText(item.key) === segment);
        next = p ? { node: p.value, pair: p } : undefined;
      } else if (isSeq(node) && /^\d+$/.test(segment)) {
        const item = node.items[Number(segment)];
        next = item === undefined ? undefined : { node: item };
      }
      if (!next) {
        return { node, pair, complete: false, alias };
      }
      node = next.node;
      pair = next.pair;
    }
    if (isAlias(node)) {
      alias ??= node;
    }
    return { node, pair, complete: true, alias };
  }

  private target(alias: Alias): Node | undefined {
    this.aliasTargets ??= aliasTargets(this.doc);
    return this.aliasTargets.get(alias);
  }
}
