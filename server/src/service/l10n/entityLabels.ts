import type { Locale } from './localize';

/**
 * A person, department or task as plain text for a person to read, quoted the way each language
 * quotes: `'Li Si' (li-si)` / `“李四”（li-si）` when it has a name, else `'li-si'` / `“li-si”`.
 * Messages and quick-fix titles show names with ids: the name is what people know, the id is what
 * they find in the file. (Markdown has its own form, `hover/markdown.ts` `named`.)
 */
export function quotedLabel(id: string, name: string | undefined, locale: Locale): string {
  const named = name !== undefined && name.trim().length > 0 && name !== id;
  if (locale === 'zh-cn') {
    return named ? `“${name}”（${id}）` : `“${id}”`;
  }
  return named ? `'${name}' (${id})` : `'${id}'`;
}

/** An entity with an id and perhaps a name (a task, a person), as `quotedLabel` shows it. */
export function labelFor(entity: { readonly id: string; readonly name?: { readonly value: string } | undefined }, locale: Locale): string {
  return quotedLabel(entity.id, entity.name?.value, locale);
}
