import type { Span } from '../../model/planModel';

/** A path segment that steps into a list item (which item does not matter to completion). */
export const ITEM: unique symbol = Symbol('item');

/** A mapping key, or `ITEM` for a list item. */
export type PathSegment = string | typeof ITEM;

/**
 * - `key`: a key of the mapping at `path` goes here.
 * - `value`: a scalar value of the node at `path` goes here (`owner: |`, `[a, |]`).
 * - `any`: a node at `path` whose kind is not written yet (`- |`, a blank line under `tasks:`);
 *   the schema decides whether keys, list items or values fit.
 */
export type ContextPosition = 'key' | 'value' | 'any';

/** What is at the cursor, read from the text so that it works while the YAML is incomplete. */
export interface CompletionContext {
  /** Keys and list items from the document root to the mapping (`key`) or node (`value`, `any`) at the cursor. */
  readonly path: readonly PathSegment[];
  readonly position: ContextPosition;
  /** The word at the cursor, which completions replace (empty at a blank spot). */
  readonly word: Span;
  /** Inside a flow collection (`[...]`, `{...}`), where completions must stay on one line. */
  readonly flow: boolean;
  /** Keys the mapping at the cursor already has, the one being typed excepted. */
  readonly presentKeys: ReadonlySet<string>;
  /** Ids the list at the cursor already holds, the one being typed excepted; read on demand, as a long list costs a walk. */
  readonly listedValues: () => readonly string[];
  /** Column of the word: where an inserted key or item starts, for indenting block snippets. */
  readonly column: number;
  /** At a block list's column with no `- ` typed yet: an item must bring its own dash. */
  readonly needsDash: boolean;
  /** The cursor touches a `:` or a list dash: what is inserted must start with a space. */
  readonly needsSpace: boolean;
  /** A colon already follows the word (an existing key is being edited): insert the bare key. */
  readonly keyHasColon: boolean;
  /**
   * A scalar field of the mapping that is the value at `path.slice(0, depth)`, read from the
   * text (for example the `id` of the task whose `depends_on` is being edited).
   */
  readonly fieldAt: (depth: number, key: string) => string | undefined;
}
