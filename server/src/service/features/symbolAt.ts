import type { PlanAnalysis } from '../analysis/planAnalysis';
import type { Entity, EntityKind, Ref, Span } from '../model/planModel';

/** An id under the cursor: where it is defined, or a reference to it. */
export type SymbolAtOffset =
  | { readonly type: 'definition'; readonly entity: Entity; readonly span: Span }
  | { readonly type: 'reference'; readonly ref: Ref; readonly span: Span; readonly target?: Entity };

export function contains(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

/** Every entity the plan itself defines (not its imports), in one list. */
export function ownEntities(analysis: PlanAnalysis): Entity[] {
  const p = analysis.plan;
  return [...p.people, ...p.departments, ...p.phases, ...p.tasks, ...p.risks, ...(p.budget?.items ?? []), ...p.meetings, ...p.changes];
}

/** The reference whose span contains `offset`; references are in document order, so this is a binary search. */
export function refAt(references: readonly Ref[], offset: number): Ref | undefined {
  let lo = 0;
  let hi = references.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = references[mid]!;
    if (offset < r.span.offset) {
      hi = mid - 1;
    } else if (offset > r.span.offset + r.span.length) {
      lo = mid + 1;
    } else {
      return r;
    }
  }
  // Builder order can differ from text order in rare flow-mapping layouts; fall back to a scan.
  return references.find((r) => contains(r.span, offset));
}

/** The id definition or reference at `offset`, resolved through the analysis's symbol table. */
export function symbolAt(analysis: PlanAnalysis, offset: number): SymbolAtOffset | undefined {
  const ref = refAt(analysis.plan.references, offset);
  if (ref) {
    const resolved = analysis.symbols.resolve(ref);
    return { type: 'reference', ref, span: ref.span, target: resolved?.kind === 'entity' ? resolved.entity : undefined };
  }
  const entity = ownEntities(analysis).find((e) => contains(e.idSpan, offset));
  return entity ? { type: 'definition', entity, span: entity.idSpan } : undefined;
}

/** Every reference in the plan that resolves to the entity of `kind` and `id`. */
export function referencesTo(analysis: PlanAnalysis, kind: EntityKind, id: string): Ref[] {
  return analysis.plan.references.filter((r) => {
    if (r.id !== id) {
      return false;
    }
    const resolved = analysis.symbols.resolve(r);
    return resolved?.kind === 'entity' && resolved.entity.kind === kind;
  });
}
