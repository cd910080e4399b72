import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import type { Locale } from '../l10n/localize';
import { findCompletionContext, ITEM } from './completion/context';
import type { CompletionContext, PathSegment } from './completion/context';
import { dateItems } from './completion/dateItems';
import { idItems, referenceField } from './completion/idItems';
import { NO_WRAP } from './completion/itemTools';
import type { ItemRequest, Wrap } from './completion/itemTools';
import { keyItems } from './completion/keyItems';
import { messagesFor } from './completion/messages';
import { SchemaPaths } from './completion/schemaPath';
import type { SchemaTarget } from './completion/schemaPath';
import { entitySnippets } from './completion/snippets';
import { booleanItems, enumItems, integerItems } from './completion/valueItems';

/** Lists of these definitions get a whole-item snippet when a new item is started. */
const SNIPPET_DEFINITIONS: ReadonlySet<string> = new Set(['task', 'risk', 'meeting', 'department', 'person']);

/**
 * Completion for plans: keys the schema allows where the cursor is, ids of the right kind for
 * reference fields, enum values, useful dates and whole-item snippets. The context comes from
 * the text (see `completion/context.ts`), so completion works while the YAML is incomplete;
 * everything else comes from the analysis the host already has, which is never recomputed here.
 */
export class XprojCompletion {
  private readonly schema: SchemaPaths;

  constructor(
    private readonly locale: Locale,
    schema: object,
  ) {
    this.schema = new SchemaPaths(schema);
  }

  doComplete(document: TextDocument, position: Position, analysis: PlanAnalysis): CompletionList {
    const offset = document.offsetAt(position);
    const ctx = findCompletionContext(document, offset);
    if (!ctx) {
      return { isIncomplete: false, items: [] };
    }
    const req: ItemRequest = {
      ctx,
      analysis,
      schema: this.schema,
      locale: this.locale,
      messages: messagesFor(this.locale),
      range: { start: document.positionAt(ctx.word.offset), end: document.positionAt(ctx.word.offset + ctx.word.length) },
      offset,
    };
    // Sorted as the editor will show them, for clients that ignore sortText.
    const items = this.itemsFor(req, ctx).sort((a, b) => ((a.sortText ?? '') < (b.sortText ?? '') ? -1 : (a.sortText ?? '') > (b.sortText ?? '') ? 1 : 0));
    if (ctx.needsSpace) {
      for (const item of items) {
        if (item.textEdit) {
          item.textEdit.newText = ` ${item.textEdit.newText}`;
        }
      }
    }
    return { isIncomplete: false, items };
  }

  private itemsFor(req: ItemRequest, ctx: CompletionContext): CompletionItem[] {
    const target = this.schema.at(ctx.path);
    if (!target) {
      return [];
    }
    switch (ctx.position) {
      case 'key':
        return keyItems(req, target, NO_WRAP);
      case 'value':
        return this.valueItems(req, ctx.path, target, NO_WRAP);
      default:
        return this.anyItems(req, ctx.path, target, NO_WRAP);
    }
  }

  /** A node not begun yet: a value where a scalar fits, else the keys of a new mapping, else a new list item. */
  private anyItems(req: ItemRequest, path: readonly PathSegment[], target: SchemaTarget, wrap: Wrap): CompletionItem[] {
    const schema = this.schema;
    if (schema.acceptsScalar(target.node)) {
      return this.scalarItems(req, target, wrap);
    }
    if (schema.objectBranch(target.node)) {
      const snippets = path[path.length - 1] === ITEM && SNIPPET_DEFINITIONS.has(target.node.name) ? entitySnippets(req, target.node.name, wrap) : [];
      return [...snippets, ...keyItems(req, target, wrap)];
    }
    if (schema.arrayBranch(target.node) && !wrap.dash && !req.ctx.flow) {
      const itemPath: PathSegment[] = [...path, ITEM];
      const item = schema.at(itemPath);
      return item ? this.anyItems(req, itemPath, item, { dash: true, brackets: false }) : [];
    }
    return [];
  }

  /** After `key: ` (or in a flow list): a list-valued key takes its items in brackets. */
  private valueItems(req: ItemRequest, path: readonly PathSegment[], target: SchemaTarget, wrap: Wrap): CompletionItem[] {
    const schema = this.schema;
    if (schema.arrayBranch(target.node) && !schema.acceptsScalar(target.node)) {
      const itemPath: PathSegment[] = [...path, ITEM];
      const item = schema.at(itemPath);
      return item && schema.acceptsScalar(item.node) ? this.scalarItems(req, item, { ...wrap, brackets: true }) : [];
    }
    return this.scalarItems(req, target, wrap);
  }

  private scalarItems(req: ItemRequest, target: SchemaTarget, wrap: Wrap): CompletionItem[] {
    const schema = this.schema;
    const field = referenceField(target);
    if (field !== undefined) {
      return idItems(req, field, wrap);
    }
    if (schema.isDate(target.node)) {
      return dateItems(req, target, wrap);
    }
    if (schema.enumValues(target.node).length > 0) {
      return enumItems(req, target, wrap);
    }
    if (schema.isBoolean(target.node)) {
      return booleanItems(req, target, wrap);
    }
    return integerItems(req, target, wrap);
  }
}
