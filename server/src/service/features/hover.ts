import { isScalar } from 'yaml';
import { MarkupKind, Range } from 'vscode-languageserver-types';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import type { CardContext } from './hover/context';
import { HoverIndex } from './hover/hoverIndex';
import { hoverMessages } from './hover/messages';
import { allCard, departmentCard, personCard, roleCard, unknownCard } from './hover/peopleCards';
import { budgetItemCard, changeCard, meetingCard, phaseCard, riskCard } from './hover/registerCards';
import { SchemaDocs } from './hover/schemaHover';
import { taskCard } from './hover/taskCard';
import { dateCard } from './hover/dateCard';
import { parseIsoDate } from '../../../../common/dates';
import type { Locale } from '../l10n/localize';
import type { Entity, EntityKind, Ref, Span } from '../model/planModel';
import { spanOf } from '../parser/yamlNodes';
import { isRoleWord } from '../symbols/roles';
import { refAt } from './symbolAt';
import { yamlPathAt } from '../utils/yamlPath';

const ENTITY_KINDS: readonly EntityKind[] = ['person', 'department', 'phase', 'task', 'risk', 'budgetItem', 'meeting', 'change'];

/**
 * Hover cards: on an id (definition or reference) what the plan knows about it, on a key the
 * schema's documentation, on an enumeration value what the value means; Markdown, in the
 * service's language.
 */
export class XprojHover {
  private readonly docs: SchemaDocs;
  /** Per-analysis reverse lookups, dropped with the analysis. */
  private readonly indexes = new WeakMap<PlanAnalysis, HoverIndex>();

  constructor(
    private readonly locale: Locale,
    schema: object,
  ) {
    this.docs = new SchemaDocs(schema);
  }

  doHover(document: TextDocument, position: Position, analysis: PlanAnalysis): Hover | null {
    const offset = document.offsetAt(position);
    const doc = analysis.parsed.around([offset]);
    if (!doc) {
      return null;
    }
    const hit = yamlPathAt(doc, offset);
    const m = hoverMessages[this.locale];
    if (hit.position === 'key' && hit.node) {
      const text = this.docs.keyHover(hit.path, this.locale, m);
      return text ? markdown(document, spanOf(hit.node), text) : null;
    }
    if (hit.position !== 'value' || !isScalar(hit.node)) {
      return null;
    }
    const span = spanOf(hit.node);
    const ctx: CardContext = { analysis, locale: this.locale, m, index: this.indexOf(analysis) };
    const ref = refAt(analysis.plan.references, span.offset);
    if (ref && ref.span.offset === span.offset) {
      return markdown(document, ref.span, referenceCard(ctx, ref));
    }
    const value = hit.node.value;
    if (typeof value !== 'string') {
      return null;
    }
    if (hit.path.at(-1) === 'id') {
      const entity = definitionAt(analysis, value, span.offset);
      if (entity) {
        return markdown(document, entity.idSpan, entityCard(ctx, entity));
      }
    }
    const text = this.docs.enumValueHover(hit.path, value, this.locale);
    if (text) {
      return markdown(document, span, text);
    }
    const day = parseIsoDate(value);
    return day !== undefined ? markdown(document, span, dateCard(ctx, day)) : null;
  }

  private indexOf(analysis: PlanAnalysis): HoverIndex {
    let index = this.indexes.get(analysis);
    if (!index) {
      index = new HoverIndex(analysis);
      this.indexes.set(analysis, index);
    }
    return index;
  }
}

/** The entity whose `id` scalar starts at `offset`: a lookup per kind, never a scan. */
function definitionAt(analysis: PlanAnalysis, id: string, offset: number): Entity | undefined {
  for (const kind of ENTITY_KINDS) {
    const entity = analysis.symbols.definitions(kind, id).find((e) => e.uri === analysis.uri && e.idSpan.offset === offset);
    if (entity) {
      return entity;
    }
  }
  return undefined;
}

function referenceCard(ctx: CardContext, ref: Ref): string {
  const resolved = ctx.analysis.symbols.resolve(ref);
  switch (resolved?.kind) {
    case 'entity':
      return entityCard(ctx, resolved.entity);
    case 'role':
      return isRoleWord(resolved.role) ? roleCard(ctx, resolved.role) : unknownCard(ctx.m, ref);
    case 'all':
      return allCard(ctx.m);
    default:
      return unknownCard(ctx.m, ref);
  }
}

function entityCard(ctx: CardContext, entity: Entity): string {
  switch (entity.kind) {
    case 'person':
      return personCard(ctx, entity);
    case 'department':
      return departmentCard(ctx, entity);
    case 'phase':
      return phaseCard(ctx, entity);
    case 'task':
      return taskCard(ctx, entity);
    case 'risk':
      return riskCard(ctx, entity);
    case 'budgetItem':
      return budgetItemCard(ctx, entity);
    case 'meeting':
      return meetingCard(ctx, entity);
    case 'change':
      return changeCard(ctx, entity);
  }
}

function markdown(document: TextDocument, span: Span, value: string): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: Range.create(document.positionAt(span.offset), document.positionAt(span.offset + span.length)),
  };
}
