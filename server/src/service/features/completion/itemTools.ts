import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind } from 'vscode-languageserver-types';
import type { Command, CompletionItem, Range } from 'vscode-languageserver-types';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Locale } from '../../l10n/localize';
import type { CompletionContext } from './contextTypes';
import type { CompletionMessages } from './messages';
import type { SchemaPaths } from './schemaPath';

/** Everything the item builders share for one completion request. */
export interface ItemRequest {
  readonly ctx: CompletionContext;
  readonly analysis: PlanAnalysis;
  readonly schema: SchemaPaths;
  readonly locale: Locale;
  readonly messages: CompletionMessages;
  /** The word at the cursor, which every item's edit replaces. */
  readonly range: Range;
  /** The cursor offset. */
  readonly offset: number;
}

/** How an item's text must be wrapped to fit where it goes. */
export interface Wrap {
  /** `- ` before a block list item typed at the list's column. */
  readonly dash: boolean;
  /** `[...]` around an item typed as the value of a list key on its own line (`depends_on: |`). */
  readonly brackets: boolean;
}

export const NO_WRAP: Wrap = { dash: false, brackets: false };

export function wrapText(text: string, wrap: Wrap): string {
  const inner = wrap.brackets ? `[${text}]` : text;
  return wrap.dash ? `- ${inner}` : inner;
}

export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** A snippet choice `${n|a,b|}`; falls back to a placeholder when there is nothing to choose. */
export function choice(n: number, values: readonly string[], fallback = ''): string {
  if (values.length === 0) {
    return `\${${n}${fallback ? `:${escapeSnippet(fallback)}` : ''}}`;
  }
  return `\${${n}|${values.map((v) => v.replace(/[\\,|]/g, '\\$&')).join(',')}|}`;
}

export function sortKey(group: number, index: number): string {
  return `${group}${String(index).padStart(5, '0')}`;
}

export function markdown(value: string | undefined): CompletionItem['documentation'] {
  return value ? { kind: MarkupKind.Markdown, value } : undefined;
}

/** Asks the editor to suggest again, for a value to follow the key just inserted. */
export function retrigger(messages: CompletionMessages): Command {
  return { title: messages.suggest(), command: 'editor.action.triggerSuggest' };
}

/** A completion that replaces the word at the cursor with plain text. */
export function textItem(req: ItemRequest, label: string, newText: string, fields: Partial<CompletionItem>): CompletionItem {
  return { label, ...fields, textEdit: { range: req.range, newText } };
}

/** A completion that replaces the word at the cursor with a snippet, indented exactly as written. */
export function snippetItem(req: ItemRequest, label: string, snippet: string, fields: Partial<CompletionItem>): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Snippet,
    ...fields,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range: req.range, newText: snippet },
  };
}
