import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { referenceField } from './idItems';
import { choice, escapeSnippet, markdown, retrigger, snippetItem, sortKey, textItem } from './itemTools';
import type { ItemRequest, Wrap } from './itemTools';
import type { SchemaNode, SchemaTarget } from './schemaPath';

/** Values written more naturally in one line than the generic snippet would put them. */
const SPECIAL_SNIPPETS: Readonly<Record<string, string>> = {
  raci: '{R: [$1], A: $2, C: [$3], I: [$4]}',
};

/** The text after `key:` for a value of this shape: a snippet, or undefined for a plain `key: `. */
function valueSnippet(req: ItemRequest, key: string, node: SchemaNode, indent: string): string | undefined {
  const special = SPECIAL_SNIPPETS[key];
  if (special) {
    return ` ${special}`;
  }
  const flow = req.ctx.flow;
  switch (req.schema.valueShape(node)) {
    case 'enum':
      return ` ${choice(1, req.schema.enumValues(node).map(String))}`;
    case 'boolean':
      return ` ${choice(1, ['true', 'false'])}`;
    case 'range':
      return ` ${choice(1, (req.schema.smallRange(node) ?? []).map(String))}`;
    case 'list':
      return ' [$1]';
    case 'objectList':
      return flow ? ' [{$1}]' : `\n${indent}- $1`;
    case 'object':
      return flow ? ' {$1}' : `\n${indent}$1`;
    default:
      return undefined;
  }
}

/** Whether completion has values to offer once the key is in: then the editor is asked to suggest again. */
function valueIsCompletable(req: ItemRequest, owner: string, key: string, node: SchemaNode): boolean {
  return referenceField({ node, owner, key }) !== undefined || req.schema.isDate(node);
}

/**
 * The keys the mapping at the cursor may still take, in schema order with the required ones
 * first, each documented from the schema in the user's language. List- and map-valued keys
 * insert a snippet; a key typed over an existing `key:` keeps its value.
 */
export function keyItems(req: ItemRequest, target: SchemaTarget, wrap: Wrap): CompletionItem[] {
  const { schema, ctx, locale, messages } = req;
  const { entries, required } = schema.properties(target.node);
  const object = schema.objectBranch(target.node);
  const keyColumn = ctx.column + (wrap.dash ? 2 : 0);
  const indent = ' '.repeat(keyColumn + 2);
  const dash = wrap.dash ? '- ' : '';
  const items: CompletionItem[] = [];
  entries.forEach(([key, raw], i) => {
    const node = schema.resolve(raw, key);
    if (ctx.presentKeys.has(key) || !node || !object) {
      return;
    }
    const fields: Partial<CompletionItem> = {
      kind: CompletionItemKind.Property,
      detail: required.has(key) ? messages.required() : undefined,
      documentation: markdown(schema.description(raw, node, locale)),
      sortText: sortKey(required.has(key) ? 1 : 2, i),
      filterText: key,
    };
    if (ctx.keyHasColon) {
      items.push(textItem(req, key, `${dash}${key}`, fields));
      return;
    }
    const command = valueIsCompletable(req, object.name, key, node) ? retrigger(messages) : undefined;
    const snippet = valueSnippet(req, key, node, indent);
    items.push(
      snippet === undefined
        ? textItem(req, key, `${dash}${key}: `, { ...fields, command })
        : snippetItem(req, key, `${dash}${escapeSnippet(key)}:${snippet}`, { ...fields, kind: CompletionItemKind.Property, command }),
    );
  });
  return items;
}
