import type { SymbolKind } from 'vscode-languageserver-types';
import type { EntityKind, Plan, Span } from '../../model/planModel';
import { uriBasename } from '../../utils/uri';
import { entitiesOfKind } from './sources';
import { entityLabel, projectLabel, symbolKindOf } from './symbolLabels';

/** One entity as symbol search needs it, computed once per file version. */
export interface IndexedSymbol {
  readonly name: string;
  readonly kind: SymbolKind;
  readonly container: string | undefined;
  /** The id node, where the editor puts the cursor. */
  readonly span: Span;
  /** The lower-cased id and name that queries match. */
  readonly keys: readonly string[];
}

/** A file to search; `key` is the object its index is cached on (an analysis or an imported file). */
export interface SearchedFile {
  readonly uri: string;
  readonly plan: Plan;
  readonly key: object;
}

const KIND_ORDER: readonly EntityKind[] = ['department', 'person', 'phase', 'task', 'risk', 'budgetItem', 'meeting', 'change'];

/**
 * Symbol search that does no analysis per query: each file's symbols are indexed once (cached by
 * the analysis object, which changes with every version) and a query is a scan of short strings.
 */
export class WorkspaceSymbolIndex {
  private readonly cache = new WeakMap<object, readonly IndexedSymbol[]>();

  search(query: string, files: readonly SearchedFile[], limit: number): { uri: string; symbol: IndexedSymbol }[] {
    const q = query.toLowerCase().replace(/\s+/g, '');
    const hits: { uri: string; symbol: IndexedSymbol; score: number }[] = [];
    for (const file of files) {
      for (const symbol of this.symbols(file)) {
        let score = 0;
        for (const k of symbol.keys) {
          score = Math.max(score, matchScore(q, k));
        }
        if (score > 0) {
          hits.push({ uri: file.uri, symbol, score });
        }
      }
    }
    // Array.prototype.sort is stable: equal scores keep file and document order.
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }

  private symbols(file: SearchedFile): readonly IndexedSymbol[] {
    let symbols = this.cache.get(file.key);
    if (!symbols) {
      symbols = indexPlan(file.uri, file.plan);
      this.cache.set(file.key, symbols);
    }
    return symbols;
  }
}

function indexPlan(uri: string, plan: Plan): IndexedSymbol[] {
  const fileLabel = (plan.project && projectLabel(plan.project)) ?? uriBasename(uri);
  const out: IndexedSymbol[] = [];
  for (const kind of KIND_ORDER) {
    for (const entity of entitiesOfKind(plan, kind)) {
      const parent = entity.kind === 'task' ? entity.parent : undefined;
      const keys = [entity.id.toLowerCase()];
      if (entity.name) {
        keys.push(entity.name.value.toLowerCase());
      }
      out.push({
        name: entityLabel(entity),
        kind: symbolKindOf(entity),
        container: parent ? entityLabel(parent) : fileLabel,
        span: entity.idSpan,
        keys,
      });
    }
  }
  return out;
}

/** 4 exact, 3 prefix, 2 substring, 1 subsequence, 0 no match; an empty query matches everything. */
export function matchScore(query: string, target: string): number {
  if (query.length === 0) {
    return 1;
  }
  if (target === query) {
    return 4;
  }
  const at = target.indexOf(query);
  if (at >= 0) {
    return at === 0 ? 3 : 2;
  }
  let pos = 0;
  for (const ch of query) {
    const i = target.indexOf(ch, pos);
    if (i < 0) {
      return 0;
    }
    pos = i + ch.length;
  }
  return 1;
}
