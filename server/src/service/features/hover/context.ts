import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Locale } from '../../l10n/localize';
import type { Entity, Ref } from '../../model/planModel';
import { uriBasename } from '../../utils/uri';
import type { HoverIndex } from './hoverIndex';
import { code, escapeMarkdown, named } from './markdown';
import type { HoverMessages } from './messages';

/** What every card builder works from. */
export interface CardContext {
  readonly analysis: PlanAnalysis;
  readonly locale: Locale;
  readonly m: HoverMessages;
  readonly index: HoverIndex;
}

/** `**Task** `kickoff` — 召开项目启动会`. */
export function cardTitle(noun: string, id: string, name: string | undefined): string {
  const tail = name !== undefined && name.length > 0 && name !== id ? ` — ${escapeMarkdown(name)}` : '';
  return `**${noun}** ${code(id)}${tail}`;
}

/** A referenced id with the name of what it resolves to: `李四 (`li-si`)`, or the bare id when it resolves to nothing. */
export function refLabel(ctx: CardContext, ref: Ref | undefined): string | undefined {
  if (!ref) {
    return undefined;
  }
  const resolved = ctx.analysis.symbols.resolve(ref);
  const name = resolved?.kind === 'entity' ? resolved.entity.name?.value : undefined;
  return named(ref.id, name, ctx.locale);
}

/** `name (id)` of an entity. */
export function entityLabel(ctx: CardContext, entity: Entity): string {
  return named(entity.id, entity.name?.value, ctx.locale);
}

/** A `Label: value` line, or undefined when there is no value. */
export function field(ctx: CardContext, label: string, value: string | undefined): string | undefined {
  return value === undefined || value.length === 0 ? undefined : ctx.m.field(label, value);
}

/** "Defined in org.xproj.yaml" for an entity that comes from an import. */
export function definedIn(ctx: CardContext, entity: Entity): string | undefined {
  return entity.uri === ctx.analysis.uri ? undefined : `*${ctx.m.definedIn(code(uriBasename(entity.uri)))}*`;
}
