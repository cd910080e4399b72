import type { Span } from '../../model/planModel';
import { quoteScalar } from '../../utils/yamlScalars';

/** What an id may be made of: the schema's `id` pattern. */
export const ID_PATTERN = /^[\p{L}\p{M}\p{N}_.-]+$/u;

/** A replacement of `span` in a file's text. */
export interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

function quoteOf(raw: string): '"' | "'" | undefined {
  const q = raw[0];
  return (q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q) ? q : undefined;
}

/** The part of a scalar node that holds its text: inside the quotes of a quoted scalar. */
export function idTextSpan(text: string, span: Span): Span {
  const raw = text.slice(span.offset, span.offset + span.length);
  return quoteOf(raw) ? { offset: span.offset + 1, length: span.length - 2 } : span;
}

/**
 * Writes `newName` over the scalar node at `span` that reads `oldId`. Quoted ids keep their quotes
 * and only their inside changes; a plain id becomes double-quoted when the new name needs it.
 */
export function idEdit(text: string, span: Span, oldId: string, newName: string): SpanEdit {
  const raw = text.slice(span.offset, span.offset + span.length);
  const quote = quoteOf(raw);
  if (quote === '"') {
    return { span: idTextSpan(text, span), newText: newName.replace(/[\\"]/g, '\\$&') };
  }
  if (quote === "'") {
    return { span: idTextSpan(text, span), newText: newName.replace(/'/g, "''") };
  }
  if (raw === oldId) {
    return { span, newText: quoteScalar(newName) };
  }
  // A block scalar (`|`) holds its text verbatim after the header; anything else is rewritten whole.
  const at = /^[|>]/.test(raw) ? raw.lastIndexOf(oldId) : -1;
  if (at >= 0) {
    return { span: { offset: span.offset + at, length: oldId.length }, newText: newName };
  }
  return { span, newText: JSON.stringify(newName) };
}
