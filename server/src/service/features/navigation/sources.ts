import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { ImportedFile } from '../../parser/imports';
import type { Entity, EntityKind, Plan, Ref, Span } from '../../model/planModel';
import { SymbolTable } from '../../symbols/symbolTable';
import { resolveRelativeUri } from '../../utils/uri';
import { IMPORTABLE_KINDS } from './target';
import type { EntityKey } from './target';

/** One file that may define or mention an entity, with the table its references resolve through. */
export interface PlanSource {
  readonly uri: string;
  readonly text: string;
  readonly plan: Plan;
  readonly table: SymbolTable;
  /** The files whose departments, people and phases this file sees: itself and its imports. */
  readonly visible: ReadonlySet<string>;
  readonly document: TextDocument;
}

/** Where one entity occurs in one file. */
export interface Occurrences {
  readonly source: PlanSource;
  /** The definition's id node, when this file defines the entity. */
  readonly definition?: Span;
  /** Reference id nodes in document order. */
  readonly references: readonly Span[];
}

/**
 * Builds and caches the per-file views navigation needs. Imported files get their own symbol
 * table (their references resolve through their own imports, not the importing plan's).
 */
export class PlanSources {
  private readonly documents = new WeakMap<object, TextDocument>();
  private readonly visibleSets = new WeakMap<object, ReadonlySet<string>>();
  private readonly importedTables = new WeakMap<ImportedFile, SymbolTable>();

  /**
   * The current plan first; for importable kinds also the other plans and every file any of them
   * imports, one source per uri. Open plans win over the copies read as imports.
   */
  collect(analysis: PlanAnalysis, document: TextDocument, others: readonly PlanAnalysis[], kind: EntityKind): PlanSource[] {
    const byUri = new Map<string, PlanSource>([[analysis.uri, this.fromAnalysis(analysis, document)]]);
    if (!IMPORTABLE_KINDS.has(kind)) {
      return [...byUri.values()];
    }
    const owners = [analysis];
    for (const other of others) {
      if (!byUri.has(other.uri)) {
        byUri.set(other.uri, this.fromAnalysis(other));
        owners.push(other);
      }
    }
    for (const owner of owners) {
      for (const file of owner.imports.files) {
        if (!byUri.has(file.uri)) {
          byUri.set(file.uri, this.fromImport(file, owner));
        }
      }
    }
    return [...byUri.values()];
  }

  /** The current plan alone, for features that stay inside one document. */
  current(analysis: PlanAnalysis, document: TextDocument): PlanSource {
    return this.fromAnalysis(analysis, document);
  }

  /** A document for the current plan or one of its imported files. */
  documentFor(analysis: PlanAnalysis, document: TextDocument, uri: string): TextDocument | undefined {
    if (uri === analysis.uri) {
      return document;
    }
    const file = analysis.imports.files.find((f) => f.uri === uri);
    return file ? this.document(file, file.uri, file.text) : undefined;
  }

  private fromAnalysis(analysis: PlanAnalysis, document?: TextDocument): PlanSource {
    let visible = this.visibleSets.get(analysis);
    if (!visible) {
      visible = new Set([analysis.uri, ...analysis.imports.files.map((f) => f.uri)]);
      this.visibleSets.set(analysis, visible);
    }
    return {
      uri: analysis.uri,
      text: analysis.text,
      plan: analysis.plan,
      table: analysis.symbols,
      visible,
      document: document ?? this.document(analysis, analysis.uri, analysis.text),
    };
  }

  private fromImport(file: ImportedFile, owner: PlanAnalysis): PlanSource {
    let visible = this.visibleSets.get(file);
    let table = this.importedTables.get(file);
    if (!visible || !table) {
      const reachable = importClosure(file, owner.imports.files);
      visible = new Set([file.uri, ...reachable.map((f) => f.uri)]);
      table = new SymbolTable(
        file.plan,
        reachable.map((f) => f.plan),
      );
      this.visibleSets.set(file, visible);
      this.importedTables.set(file, table);
    }
    return { uri: file.uri, text: file.text, plan: file.plan, table, visible, document: this.document(file, file.uri, file.text) };
  }

  private document(key: object, uri: string, text: string): TextDocument {
    let doc = this.documents.get(key);
    if (!doc) {
      doc = TextDocument.create(uri, 'xproj', 0, text);
      this.documents.set(key, doc);
    }
    return doc;
  }
}

/** The files `file` imports, directly or not, among those its importer already loaded. */
function importClosure(file: ImportedFile, loaded: readonly ImportedFile[]): ImportedFile[] {
  const byUri = new Map(loaded.map((f) => [f.uri, f]));
  const seen = new Set([file.uri]);
  const out: ImportedFile[] = [];
  const queue = [file];
  for (let f = queue.pop(); f; f = queue.pop()) {
    for (const decl of f.plan.imports) {
      const uri = resolveRelativeUri(f.uri, decl.path);
      const next = uri !== undefined ? byUri.get(uri) : undefined;
      if (next && !seen.has(next.uri)) {
        seen.add(next.uri);
        out.push(next);
        queue.push(next);
      }
    }
  }
  return out;
}

/** The entities of one kind a plan defines itself. */
export function entitiesOfKind(plan: Plan, kind: EntityKind): readonly Entity[] {
  switch (kind) {
    case 'person':
      return plan.people;
    case 'department':
      return plan.departments;
    case 'phase':
      return plan.phases;
    case 'task':
      return plan.tasks;
    case 'risk':
      return plan.risks;
    case 'budgetItem':
      return plan.budget?.items ?? [];
    case 'meeting':
      return plan.meetings;
    case 'change':
      return plan.changes;
  }
}

/** Whether `ref`, read in the file of `table`, names the entity `key`. */
export function refersTo(ref: Ref, table: SymbolTable, key: EntityKey): boolean {
  if (ref.id !== key.id) {
    return false;
  }
  const resolved = table.resolve(ref);
  return resolved?.kind === 'entity' && resolved.entity.kind === key.kind && resolved.entity.uri === key.uri;
}

/**
 * Every file of `sources` that defines or mentions `key`. `at` is the definition under the
 * cursor, which wins over an earlier duplicate of the same id.
 */
export function findOccurrences(key: EntityKey, sources: readonly PlanSource[], at?: Entity): Occurrences[] {
  const out: Occurrences[] = [];
  for (const source of sources) {
    if (!source.visible.has(key.uri)) {
      continue;
    }
    let definition: Span | undefined;
    if (source.uri === key.uri) {
      const own = entitiesOfKind(source.plan, key.kind);
      definition = (at && own.includes(at) ? at : own.find((e) => e.id === key.id))?.idSpan;
    }
    const references: Span[] = [];
    // An alias repeats its anchor's node (even the definition's); one occurrence per node.
    const seen = new Set<number>(definition ? [definition.offset] : []);
    for (const ref of source.plan.references) {
      if (!seen.has(ref.span.offset) && refersTo(ref, source.table, key)) {
        references.push(ref.span);
        seen.add(ref.span.offset);
      }
    }
    if (definition || references.length > 0) {
      out.push({ source, definition, references });
    }
  }
  return out;
}
