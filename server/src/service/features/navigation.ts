import { DocumentHighlight, DocumentHighlightKind, Location, Range } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { spanToRange } from './diagnostics';
import type { Locale } from '../l10n/localize';
import { PlanSources, findOccurrences } from './navigation/sources';
import { keyOf, targetAt } from './navigation/target';
import type { NavigationTarget } from './navigation/target';
import type { Ref } from '../model/planModel';

/** Go to definition, find references and document highlights for ids and import paths. */
export class XprojNavigation {
  private readonly sources = new PlanSources();

  constructor(readonly locale: Locale) {}

  /** The id's definition (here or in an imported file), or the start of an imported file. Role words have none. */
  findDefinition(document: TextDocument, position: Position, analysis: PlanAnalysis): Location[] {
    const target = targetAt(analysis, document.offsetAt(position));
    if (target?.type === 'import') {
      const uri = target.uri;
      const known = uri !== undefined && (uri === analysis.uri || analysis.imports.files.some((f) => f.uri === uri));
      return known ? [Location.create(uri, Range.create(0, 0, 0, 0))] : [];
    }
    if (target?.type !== 'entity') {
      return [];
    }
    const { entity } = target;
    const doc = this.sources.documentFor(analysis, document, entity.uri);
    return doc ? [Location.create(entity.uri, spanToRange(doc, entity.idSpan))] : [];
  }

  /**
   * Every reference to the entity under the cursor: in this plan, and for departments, people and
   * phases also in the files that import its defining file, among `others` and the imports.
   */
  findReferences(
    document: TextDocument,
    position: Position,
    analysis: PlanAnalysis,
    includeDeclaration: boolean,
    others: readonly PlanAnalysis[] = [],
  ): Location[] {
    const target = targetAt(analysis, document.offsetAt(position));
    if (!target || target.type === 'import') {
      return [];
    }
    if (target.type !== 'entity') {
      return sameWord(analysis, target).map((r) => Location.create(analysis.uri, spanToRange(document, r.span)));
    }
    const sources = this.sources.collect(analysis, document, others, target.entity.kind);
    const locations: Location[] = [];
    for (const { source, definition, references } of findOccurrences(keyOf(target.entity), sources, target.ref ? undefined : target.entity)) {
      const spans = includeDeclaration && definition ? [definition, ...references] : references;
      for (const span of spans) {
        locations.push(Location.create(source.uri, spanToRange(source.document, span)));
      }
    }
    return locations;
  }

  /** The definition (Write) and references (Read) in this document; role words and unknown ids highlight alike (Text). */
  findDocumentHighlights(document: TextDocument, position: Position, analysis: PlanAnalysis): DocumentHighlight[] {
    const target = targetAt(analysis, document.offsetAt(position));
    if (!target || target.type === 'import') {
      return [];
    }
    if (target.type !== 'entity') {
      return sameWord(analysis, target).map((r) => DocumentHighlight.create(spanToRange(document, r.span), DocumentHighlightKind.Text));
    }
    const highlights: DocumentHighlight[] = [];
    const here = [this.sources.current(analysis, document)];
    for (const { definition, references } of findOccurrences(keyOf(target.entity), here, target.ref ? undefined : target.entity)) {
      if (definition) {
        highlights.push(DocumentHighlight.create(spanToRange(document, definition), DocumentHighlightKind.Write));
      }
      for (const span of references) {
        highlights.push(DocumentHighlight.create(spanToRange(document, span), DocumentHighlightKind.Read));
      }
    }
    return highlights;
  }
}

/** The references that read the same role word, keyword or unknown id as the one under the cursor. */
function sameWord(analysis: PlanAnalysis, target: Extract<NavigationTarget, { type: 'role' | 'all' | 'unknown' }>): Ref[] {
  return analysis.plan.references.filter((r) => {
    if (r.id !== target.ref.id) {
      return false;
    }
    const resolved = analysis.symbols.resolve(r);
    return target.type === 'unknown' ? resolved === undefined : resolved?.kind === target.type;
  });
}
