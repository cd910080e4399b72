import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedNode } from 'yaml';
import { itemOf } from './chunkParser';
import type { ParsedChunk } from './chunkParser';
import { DOCUMENT_OPTIONS } from '../yamlParser';

/**
 * One document reused to hold a single top-level pair at a time, so the service's whole-document
 * functions (schema check, model builder) can run on one chunk. Its nodes are the real document's:
 * everything found in it has its true position.
 */
export class ScratchDocument {
  private readonly doc = new Document(undefined, DOCUMENT_OPTIONS);

  /** The document with the top-level pairs given and nothing else. */
  holding(pairs: readonly Pair<unknown, unknown>[]): Document.Parsed {
    const root = new YAMLMap<unknown, unknown>(this.doc.schema);
    root.items.push(...pairs);
    root.range = [0, 0, 0];
    this.doc.contents = root as unknown as ParsedNode;
    return this.doc as unknown as Document.Parsed;
  }

  /** A list item alone in its list, under its list's key. */
  holdingItem(header: ParsedChunk, item: ParsedChunk): Document.Parsed {
    return this.holding([new Pair<unknown, unknown>(header.pair!.key, singleItemList(item, this.doc))]);
  }

  /**
   * The same with the required `xproj: 1` added (a made-up node with no place in the text), so
   * that a valid item gives a valid document, which the schema check answers fastest.
   */
  holdingItemToValidate(header: ParsedChunk, item: ParsedChunk): Document.Parsed {
    return this.holding([this.formatVersion, new Pair<unknown, unknown>(header.pair!.key, singleItemList(item, this.doc))]);
  }

  private readonly formatVersion = new Pair<unknown, unknown>(new Scalar('xproj'), new Scalar(1));
}

function singleItemList(item: ParsedChunk, doc: Document): YAMLSeq<unknown> {
  const list = new YAMLSeq<unknown>(doc.schema);
  list.items.push(itemOf(item));
  const r = item.contentsRange;
  list.range = [r[0], r[1], r[2]];
  return list;
}

/** A top-level pair of the real document as its chunk has it, a list header's with an empty list. */
export function sectionPair(chunk: ParsedChunk): Pair<unknown, unknown> {
  return chunk.kind === 'header' ? new Pair<unknown, unknown>(chunk.pair!.key, new YAMLSeq<unknown>()) : chunk.pair!;
}
