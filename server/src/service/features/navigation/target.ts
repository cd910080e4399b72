import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Entity, EntityKind, ImportDecl, Ref, Span } from '../../model/planModel';
import { contains, symbolAt } from '../symbolAt';
import { resolveRelativeUri } from '../../utils/uri';

/** What the cursor is on, as navigation and rename see it. */
export type NavigationTarget =
  | {
      readonly type: 'entity';
      readonly entity: Entity;
      /** The id node under the cursor (the definition's or the reference's). */
      readonly span: Span;
      /** Set when the cursor is on a reference rather than on the definition. */
      readonly ref?: Ref;
    }
  /** A role word (`finance`), the `all` keyword, or an id that resolves to nothing. */
  | { readonly type: 'role' | 'all' | 'unknown'; readonly ref: Ref; readonly span: Span }
  | { readonly type: 'import'; readonly decl: ImportDecl; readonly uri: string | undefined; readonly span: Span };

/** Names an entity across files: the same person seen from two plans is two objects with one key. */
export interface EntityKey {
  readonly kind: EntityKind;
  readonly id: string;
  /** The file that defines it. */
  readonly uri: string;
}

/** Only these kinds can be defined in one file and used in another (through `imports`). */
export const IMPORTABLE_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['person', 'department', 'phase']);

export function keyOf(entity: Entity): EntityKey {
  return { kind: entity.kind, id: entity.id, uri: entity.uri };
}

export function targetAt(analysis: PlanAnalysis, offset: number): NavigationTarget | undefined {
  const decl = analysis.plan.imports.find((d) => contains(d.span, offset));
  if (decl) {
    return { type: 'import', decl, uri: resolveRelativeUri(analysis.uri, decl.path), span: decl.span };
  }
  const found = symbolAt(analysis, offset);
  if (!found) {
    return undefined;
  }
  if (found.type === 'definition') {
    return { type: 'entity', entity: found.entity, span: found.span };
  }
  if (found.target) {
    return { type: 'entity', entity: found.target, span: found.span, ref: found.ref };
  }
  const resolved = analysis.symbols.resolve(found.ref);
  const type = resolved?.kind === 'role' ? 'role' : resolved?.kind === 'all' ? 'all' : 'unknown';
  return { type, ref: found.ref, span: found.span };
}
