import { Lexer, Parser } from 'yaml';
import type { CST, Composer, Document } from 'yaml';

/**
 * Most items one flow collection (`[...]`, `{...}`) may hold. `yaml` keeps a flow collection's
 * whole token tree until it closes, about 1 KB an item: 3.3 million items took 38 s and 3.4 GB
 * before the first node was composed. Real plans write a few ids in `[...]`.
 */
export const MAX_FLOW_ITEMS = 10_000;

/** The parse stopped at a flow collection with more than `MAX_FLOW_ITEMS` items. */
export class FlowLimitExceeded extends Error {
  constructor(
    /** Where the collection's `[` or `{` is. */
    readonly offset: number,
  ) {
    super(`A flow collection holds more than ${MAX_FLOW_ITEMS} items.`);
  }
}

/**
 * Most collections `yaml` may hold open inside each other. Its parser closes them, and its composer
 * builds them, recursively, several frames a level: in a fresh process about 790 nested `[` overflowed
 * the stack, once warmed up 1,875, so a fresh server failed on a text the one that had been edited
 * read. A subtask level takes two collections, and subtasks stop at 64 levels
 * (`MAX_TASK_DEPTH`). A text gets this deep when a line break typed inside `{...}` makes `yaml`
 * open another map on each line after it, or from brackets no one writes.
 */
export const MAX_NESTING = 256;

/** The parse stopped at a collection nested more than `MAX_NESTING` levels deep. */
export class NestingLimitExceeded extends Error {
  constructor(
    /** Where the nesting starts to run away (see `runawayStart`). */
    readonly offset: number,
  ) {
    super(`Collections nest more than ${MAX_NESTING} levels deep.`);
  }
}

/**
 * Top-level error tokens in a row: once `yaml` gives up on a document (a flow collection cut short
 * by a line at column 0, a stray `]`), every token after it is one more error. The run is one
 * problem, on its first token.
 */
export interface ErrorRun {
  readonly offset: number;
  readonly length: number;
  /** `yaml`'s own message for the first token. */
  readonly message: string;
  /** How many more error tokens the run holds after its first. */
  folded: number;
  /** Where the run's last token starts. */
  lastOffset: number;
}

/** The documents after the first, which are read but not composed: a plan is one document. */
export interface IgnoredDocuments {
  /** From the second document (or its directives) to the end of the text. */
  readonly offset: number;
  count: number;
}

export interface BoundedCompose {
  /** The first document, composed as `Composer.compose` would; the composer's own errors are in it. */
  readonly document: Document.Parsed | undefined;
  readonly errorRuns: readonly ErrorRun[];
  readonly ignored?: IgnoredDocuments;
}

/** Longest source text quoted in an error message; a stray token may be a megabyte of scalar. */
const QUOTE_LIMIT = 80;

/**
 * Lexes, parses and composes `source` (which starts at `offset` of the whole text, and ends at
 * `endOffset`) with `yaml`, so that a mistake costs no more than the text: throws
 * `FlowLimitExceeded` as soon as a flow collection passes its limit, `NestingLimitExceeded` as
 * soon as the parser nests too deep, folds runs of top-level error
 * tokens (see `ErrorRun`) and composes only the first document. Other exceptions of `yaml` propagate.
 */
export function composeBounded(source: string, offset: number, endOffset: number, composer: Composer): BoundedCompose {
  const parser = new Parser();
  parser.offset = offset;
  const documents: Document.Parsed[] = [];
  const errorRuns: ErrorRun[] = [];
  let run: ErrorRun | undefined;
  let ignored: IgnoredDocuments | undefined;
  let composed = 0;
  const take = (token: CST.Token): void => {
    if (token.type === 'error') {
      if (ignored) {
        return;
      }
      if (run) {
        run.folded++;
        run.lastOffset = token.offset;
      } else {
        run = errorRun(token);
        errorRuns.push(run);
      }
      return;
    }
    if (token.type !== 'space' && token.type !== 'newline' && token.type !== 'comment') {
      run = undefined;
    }
    if (!ignored && composed > 0 && (token.type === 'document' || token.type === 'directive')) {
      ignored = { offset: token.offset, count: 0 };
    }
    if (ignored) {
      ignored.count += token.type === 'document' ? 1 : 0;
      return;
    }
    composed += token.type === 'document' ? 1 : 0;
    for (const doc of composer.next(token)) {
      documents.push(doc);
    }
  };
  const guard = flowGuard(parser);
  for (const lexeme of new Lexer().lex(source)) {
    guard(lexeme);
    for (const token of parser.next(lexeme)) {
      take(token);
    }
    if (parser.stack.length > MAX_NESTING) {
      throw new NestingLimitExceeded(runawayStart(parser.stack));
    }
  }
  for (const token of parser.end()) {
    take(token);
  }
  for (const doc of composer.end(true, endOffset)) {
    documents.push(doc);
  }
  // Directives with no document after them still start one.
  return {
    document: documents[0],
    errorRuns,
    ignored: ignored && { offset: ignored.offset, count: Math.max(1, ignored.count) },
  };
}

/**
 * Where the parser's open block collections start to nest without indenting further: each is at
 * the indentation of the one it is inside, so it is not nesting the writer meant but `yaml`
 * recovering from a mistake just before. Otherwise (brackets in brackets) the deepest one's start.
 */
function runawayStart(stack: readonly CST.Token[]): number {
  const isBlock = (t: CST.Token): t is CST.BlockMap | CST.BlockSequence => t.type === 'block-map' || t.type === 'block-seq';
  for (let i = 2; i < stack.length; i++) {
    const outer = stack[i - 1]!;
    const inner = stack[i]!;
    if (isBlock(outer) && isBlock(inner) && inner.indent <= outer.indent) {
      return outer.offset;
    }
  }
  return stack[stack.length - 1]!.offset;
}

function errorRun(token: CST.ErrorToken): ErrorRun {
  const { offset, source } = token;
  const quoted = source.length > QUOTE_LIMIT ? `${source.slice(0, QUOTE_LIMIT)}…` : source;
  // The message and position the composer would give the token (`Composer.next`).
  return {
    offset,
    length: source.length || 1,
    message: source ? `${token.message}: ${JSON.stringify(quoted)}` : token.message,
    folded: 0,
    lastOffset: offset,
  };
}

/**
 * Counts the items of each open flow collection from the lexemes, which the parser has not yet
 * turned into tokens: the collection is refused before its tree is built. A plain or block
 * scalar's text follows a SCALAR mark and is never an indicator; quoted scalars, comments,
 * anchors and tags never equal one.
 */
function flowGuard(parser: Parser): (lexeme: string) => void {
  const open: { offset: number; items: number }[] = [];
  let inScalar = false;
  return (lexeme) => {
    if (inScalar) {
      inScalar = false;
      return;
    }
    switch (lexeme) {
      case '\x1f': // SCALAR
        inScalar = true;
        return;
      case '\x18': // FLOW_END: the lexer closed every open collection at an unindented line
        open.length = 0;
        return;
      case '[':
      case '{':
        open.push({ offset: parser.offset, items: 1 });
        return;
      case ']':
      case '}':
        open.pop();
        return;
      case ',': {
        const top = open[open.length - 1];
        if (top && ++top.items > MAX_FLOW_ITEMS) {
          throw new FlowLimitExceeded(top.offset);
        }
        return;
      }
    }
  };
}
