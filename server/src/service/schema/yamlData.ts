import { isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Document, Node } from 'yaml';

/** Thrown when aliases would expand a document past the budget (an "alias bomb"). */
export class AliasExpansionError extends Error {
  constructor(readonly alias: Alias) {
    super('Too many alias expansions');
  }
}

/**
 * The plain data of a YAML document, as `doc.toJS()` gives it, in a fraction of the time
 * (`toJS` was four fifths of the schema check of a 5,000-task plan). Like `toJS`, an alias
 * yields the very object of its anchor, so nothing is copied; `maxNodes` bounds how many nodes
 * the aliases add for a reader that walks the data (ajv walks shared objects once per path).
 */
export function yamlData(doc: Document.Parsed, maxNodes: number): unknown {
  return new Converter(doc, maxNodes).convert(doc.contents);
}

class Converter {
  private readonly done = new Map<Node, unknown>();
  private targets: Map<Alias, Node | undefined> | undefined;
  private readonly sizes = new Map<Node, number>();
  private expanded = 0;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly maxNodes: number,
  ) {}

  convert(node: unknown): unknown {
    if (isScalar(node)) {
      return node.value;
    }
    if (isAlias(node)) {
      const target = this.target(node);
      if (target === undefined) {
        return undefined;
      }
      this.expanded += this.size(target);
      if (this.expanded > this.maxNodes) {
        throw new AliasExpansionError(node);
      }
      return this.convertNode(target);
    }
    return isMap(node) || isSeq(node) ? this.convertNode(node) : null;
  }

  private convertNode(node: Node): unknown {
    // Only anchored nodes can be reached twice.
    const anchored = node.anchor !== undefined;
    if (anchored && this.done.has(node)) {
      return this.done.get(node);
    }
    if (isSeq(node)) {
      const list: unknown[] = [];
      if (anchored) {
        this.done.set(node, list);
      }
      for (const item of node.items) {
        list.push(this.convert(item));
      }
      return list;
    }
    if (isMap(node)) {
      const map: Record<string, unknown> = {};
      if (anchored) {
        this.done.set(node, map);
      }
      for (const pair of node.items) {
        const key = keyString(this.convert(pair.key));
        const value = this.convert(pair.value);
        if (key === '__proto__') {
          Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
        } else {
          map[key] = value;
        }
      }
      return map;
    }
    return this.convert(node);
  }

  /** How many nodes a reader meets below `node`, aliases expanded; memoised, so linear even for bombs. */
  private size(node: unknown): number {
    if (isAlias(node)) {
      const target = this.target(node);
      return target === undefined ? 1 : this.size(target);
    }
    if (!isMap(node) && !isSeq(node)) {
      return 1;
    }
    const known = this.sizes.get(node);
    if (known !== undefined) {
      return known;
    }
    this.sizes.set(node, 1); // an alias inside its own anchor counts once
    let total = 1;
    for (const item of node.items) {
      total += isSeq(node) ? this.size(item) : this.size((item as { key: unknown }).key) + this.size((item as { value: unknown }).value);
    }
    this.sizes.set(node, total);
    return total;
  }

  private target(alias: Alias): Node | undefined {
    this.targets ??= aliasTargets(this.doc);
    return this.targets.get(alias);
  }
}

/**
 * The anchored node of every alias, as YAML resolves it: the last node with that anchor before
 * the alias. Built in one walk, because `Alias.resolve` walks the whole document on every call.
 */
export function aliasTargets(doc: Document.Parsed): Map<Alias, Node | undefined> {
  const targets = new Map<Alias, Node | undefined>();
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        targets.set(node, anchors.get(node.source));
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
  return targets;
}

/** Map keys as `toJS` writes them into a plain object (collections as JSON, where `toJS` writes YAML). */
export function keyString(key: unknown): string {
  if (key === null || key === undefined) {
    return '';
  }
  return typeof key === 'object' ? JSON.stringify(key) : String(key);
}
