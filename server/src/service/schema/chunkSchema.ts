import type { Locale } from '../l10n/localize';
import type { Problem } from '../model/problems';
import type { SchemaValidation } from './schemaValidation';
import { placeNodes } from '../parser/incremental/chunkParser';
import type { ParsedChunk } from '../parser/incremental/chunkParser';
import { ScratchDocument, sectionPair } from '../parser/incremental/scratchDocument';

/** Problems the schema check reports when it could not check normally; only a whole-document check places them right. */
const UNCHECKED_KINDS: ReadonlySet<unknown> = new Set(['unchecked', 'too-many-aliases']);

/**
 * The schema problems of the assembled document, as `SchemaValidation.validate` gives them, from
 * checks of parts: the top-level keys with every block list emptied (the "skeleton"), and each
 * list item under its key on its own. The schema constrains a top-level list only through its
 * items, so this splits nothing the schema ties together. An item's problems are kept with its
 * chunk and reused while the chunk is reused at the same index (the index is in messages and
 * quick-fix data). Undefined where only a whole-document check is exact.
 */
export function validateChunks(chunks: readonly ParsedChunk[], validation: SchemaValidation, locale: Locale): Problem[] | undefined {
  const scratch = new ScratchDocument();
  const skeleton = validation.validate(scratch.holding(chunks.filter((c) => c.kind !== 'item').map((c) => sectionPair(c))), locale);
  if (skeleton.some(isUnchecked)) {
    return undefined;
  }
  const problems = [...skeleton];
  let header: ParsedChunk | undefined;
  for (const chunk of chunks) {
    if (chunk.kind === 'header') {
      header = chunk;
    } else if (chunk.kind === 'item') {
      const own = itemSchemaProblems(chunk, header!, validation, locale, scratch);
      if (!own) {
        return undefined;
      }
      for (const p of own) {
        problems.push(p);
      }
    }
  }
  // Stable, like the whole-document check: equal spans come from one chunk, in its order.
  return problems.sort((a, b) => a.span.offset - b.span.offset || a.span.length - b.span.length);
}

function isUnchecked(p: Problem): boolean {
  return UNCHECKED_KINDS.has(p.data?.['kind']);
}

/** One item's schema problems, kept with its chunk; undefined where only a whole-document check is exact. */
export function itemSchemaProblems(
  chunk: ParsedChunk,
  header: ParsedChunk,
  validation: SchemaValidation,
  locale: Locale,
  scratch: ScratchDocument,
): Problem[] | undefined {
  const memo = chunk.memo.schema;
  if (memo && memo.owner === validation && memo.locale === locale && (memo.index === chunk.index || memo.problems.length === 0)) {
    if (memo.base !== chunk.start) {
      const delta = chunk.start - memo.base;
      memo.problems = memo.problems.map((p) => ({ ...p, span: { offset: p.span.offset + delta, length: p.span.length } }));
      memo.base = chunk.start;
    }
    memo.index = chunk.index;
    return memo.problems;
  }
  placeNodes(chunk);
  const found = validation.validate(scratch.holdingItemToValidate(header, chunk), locale);
  const problems: Problem[] = [];
  for (const p of found) {
    if (isUnchecked(p)) {
      return undefined;
    }
    // What is said about the top level of the one-item document (its key, missing keys) is the skeleton's to say.
    if (p.span.offset < chunk.start || p.span.offset > chunk.end) {
      continue;
    }
    const placed = chunk.index === 0 ? p : atIndex(p, chunk.section, chunk.index);
    if (!placed) {
      return undefined;
    }
    problems.push(placed);
  }
  chunk.memo.schema = { owner: validation, locale, base: chunk.start, index: chunk.index, problems };
  return problems;
}

/**
 * A problem found on an item checked as item 0 of its list, told of item `index`: the JSON
 * pointer in its data, and the field name (`tasks[0]`) that messages about the item itself show.
 */
function atIndex(p: Problem, key: string, index: number): Problem | undefined {
  const path = p.data?.['path'];
  const first = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}/0`;
  if (typeof path !== 'string' || !(path === first || path.startsWith(`${first}/`))) {
    return p;
  }
  const data = { ...p.data, path: `/${first.slice(1, -1)}${index}${path.slice(first.length)}` };
  if (path !== first) {
    return { ...p, data };
  }
  const name = `${key}[0]`;
  const at = p.message.indexOf(name);
  if (at < 0 || p.message.indexOf(name, at + 1) >= 0) {
    return undefined;
  }
  return { ...p, message: `${p.message.slice(0, at)}${key}[${index}]${p.message.slice(at + name.length)}`, data };
}
