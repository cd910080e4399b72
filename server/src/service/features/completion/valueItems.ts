import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { markdown, sortKey, textItem, wrapText } from './itemTools';
import type { ItemRequest, Wrap } from './itemTools';
import { valueGloss } from './schemaPath';
import type { SchemaTarget } from './schemaPath';
import { quoteScalar } from '../../utils/yamlScalars';

const WEEKDAY_INDEX: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** The default value any branch of the schema declares. */
function defaultOf(req: ItemRequest, target: SchemaTarget): unknown {
  return req.schema.branches(target.node).find((b) => 'default' in b.schema)?.schema['default'] ?? target.raw?.['default'];
}

/** The values an enum (or const) allows, with the gloss its description gives each; a list does not get the same value twice. */
export function enumItems(req: ItemRequest, target: SchemaTarget, wrap: Wrap): CompletionItem[] {
  const { schema, locale, messages } = req;
  const listed = new Set(req.ctx.listedValues());
  const values = schema.enumValues(target.node).filter((v) => !listed.has(String(v)));
  const description = schema.description(undefined, target.node, locale) ?? schema.description(target.raw, undefined, locale);
  const dflt = defaultOf(req, target);
  const weekdays = messages.weekdays().split(',');
  return values.map((value, i) => {
    const text = String(value);
    const day = target.node.name === 'weekday' ? WEEKDAY_INDEX[text] : undefined;
    const gloss = day !== undefined ? weekdays[day] : valueGloss(description, text);
    const detail = [gloss, value === dflt && !gloss?.includes(messages.defaultValue()) ? messages.defaultValue() : undefined].filter(Boolean).join(' · ');
    return textItem(req, text, wrapText(typeof value === 'string' ? quoteScalar(text) : text, wrap), {
      kind: CompletionItemKind.EnumMember,
      detail: detail || undefined,
      documentation: markdown(description),
      sortText: sortKey(0, i),
    });
  });
}

export function booleanItems(req: ItemRequest, target: SchemaTarget, wrap: Wrap): CompletionItem[] {
  const documentation = markdown(req.schema.description(target.raw, target.node, req.locale));
  const dflt = defaultOf(req, target);
  return [false, true].map((value, i) =>
    textItem(req, String(value), wrapText(String(value), wrap), {
      kind: CompletionItemKind.Value,
      detail: value === dflt ? req.messages.defaultValue() : undefined,
      documentation,
      sortText: sortKey(0, i),
    }),
  );
}

/** Every whole number of a short `minimum`..`maximum` range. */
export function integerItems(req: ItemRequest, target: SchemaTarget, wrap: Wrap): CompletionItem[] {
  const documentation = markdown(req.schema.description(target.raw, target.node, req.locale));
  return (req.schema.smallRange(target.node) ?? []).map((n, i) =>
    textItem(req, String(n), wrapText(String(n), wrap), { kind: CompletionItemKind.Value, documentation, sortText: sortKey(0, i) }),
  );
}
