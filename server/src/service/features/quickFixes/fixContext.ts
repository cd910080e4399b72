import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isSeq } from 'yaml';
import type { Scalar, YAMLMap } from 'yaml';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Locale } from '../../l10n/localize';
import type { Ref, Span } from '../../model/planModel';
import type { YamlEditor } from '../../utils/yamlEdits';
import { quotedLabel } from '../../l10n/entityLabels';

/** Everything a quick fix needs about one diagnostic. */
export interface FixContext {
  readonly document: TextDocument;
  /** The analysis of exactly the document's text. */
  readonly analysis: PlanAnalysis;
  readonly diagnostic: Diagnostic;
  readonly editor: YamlEditor;
  readonly locale: Locale;
  /** Where the diagnostic starts, as an offset. */
  readonly offset: number;
}

/** The fixes of one rule code (or a family of codes). */
export type QuickFixProvider = (ctx: FixContext) => CodeAction[];

/** A quick fix for the context's diagnostic; undefined when there is nothing to edit. */
export function quickFix(ctx: FixContext, title: string, edits: readonly (TextEdit | undefined)[], preferred = false): CodeAction[] {
  const changes = edits.filter((e): e is TextEdit => e !== undefined);
  if (changes.length === 0) {
    return [];
  }
  const action: CodeAction = {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [ctx.diagnostic],
    edit: { changes: { [ctx.document.uri]: changes } },
  };
  if (preferred) {
    action.isPreferred = true;
  }
  return [action];
}

function field(ctx: FixContext, key: string): unknown {
  const data: unknown = ctx.diagnostic.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}

/** A string of the diagnostic's `data`. */
export function dataString(ctx: FixContext, key: string): string | undefined {
  const value = field(ctx, key);
  return typeof value === 'string' ? value : undefined;
}

/** A list of strings of the diagnostic's `data` (empty when absent). */
export function dataStrings(ctx: FixContext, key: string): string[] {
  const value = field(ctx, key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function containsOffset(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

/** The entity with this id defined in this document, the one holding the diagnostic first (ids may be duplicated). */
export function entityAt<T extends { readonly id: string; readonly span: Span; readonly uri: string }>(
  ctx: FixContext,
  entities: readonly T[],
  id: string | undefined,
): T | undefined {
  const own = entities.filter((e) => e.id === id && e.uri === ctx.analysis.uri);
  return own.find((e) => containsOffset(e.span, ctx.offset)) ?? own[0];
}

/** The YAML map of an entity (or of a `raci`, `project`...), from its span. */
export function mapOf(ctx: FixContext, thing: { readonly span: Span } | undefined): YAMLMap<unknown, unknown> | undefined {
  return thing ? ctx.editor.mapAt(thing.span.offset) : undefined;
}

/**
 * Removes one entry from a list field (`C: [a, b]`, or `C: a` which loses its key) by the span of
 * the entry: an id, or a whole `depends_on` mapping.
 */
export function removeRef(ctx: FixContext, map: YAMLMap<unknown, unknown>, key: string, ref: Ref | { readonly span: Span }): TextEdit | undefined {
  const path = ctx.editor.pathAt(ref.span.offset);
  for (let i = 1; i < path.length; i++) {
    const parent = path[i - 1]!.node;
    const node = path[i]!.node;
    if (isSeq(parent) && (node as { range?: number[] } | null)?.range?.[0] === ref.span.offset) {
      return ctx.editor.removeItem(parent, parent.items.indexOf(node));
    }
  }
  return ctx.editor.removeKey(map, key);
}

/** The innermost scalar at the diagnostic, when it holds `value` (a guard against stale positions). */
export function scalarWith(ctx: FixContext, value: string | undefined): Scalar | undefined {
  const node = ctx.editor.scalarAt(ctx.offset);
  return node && String(node.value) === value ? node : undefined;
}

/** The innermost map around the diagnostic (a list item's map, a flow holiday range...). */
export function enclosingMap(ctx: FixContext): YAMLMap<unknown, unknown> | undefined {
  const maps = ctx.editor.pathAt(ctx.offset).filter((s) => isMap(s.node));
  return maps[maps.length - 1]?.node as YAMLMap<unknown, unknown> | undefined;
}

/** Whoever the id names, as a title shows them: `'Li Si' (li-si)` / `“李四”（li-si）`, or the quoted id. */
export function labelOf(ctx: FixContext, id: string): string {
  return quotedLabel(id, ctx.analysis.symbols.nameOf(id), ctx.locale);
}
