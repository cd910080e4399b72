import { Composer, Parser } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Span } from '../model/planModel';

/** The options of every parse, so chunks and hand-made documents behave like a whole parse. */
export const DOCUMENT_OPTIONS = { uniqueKeys: true, prettyErrors: false, version: '1.2' } as const;

/** A problem found while reading the YAML text itself. */
export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** `yaml`'s own error code (`DUPLICATE_KEY`, `BAD_INDENT`...), for tests and code actions. */
  readonly yamlCode: string;
}

export interface ParsedYaml {
  /**
   * The first document of the file; a plan holds exactly one. On a large plan parsed in chunks,
   * reading it may parse every list item again (see `around`): the analysis never reads it, and
   * features that look at a few places should use `around`.
   */
  readonly document: Document.Parsed | undefined;
  /**
   * The document with every top-level key, and in each top-level list only the items holding
   * one of `offsets` (and the list's first and last item); other items may be left out, though
   * the lists' ranges still span them. What a hover, a quick fix or an outline needs, cheaply.
   */
  around(offsets: readonly number[]): Document.Parsed | undefined;
  readonly problems: readonly SyntaxProblem[];
  /** Spans of any documents after the first, which are ignored. */
  readonly extraDocuments: readonly Span[];
}

function toProblem(error: YAMLError, severity: 'error' | 'warning', textLength: number): SyntaxProblem {
  const [start, end] = error.pos;
  const offset = Math.min(start, textLength);
  return {
    span: { offset, length: Math.max(0, Math.min(end, textLength) - offset) },
    // yaml's messages end with a source excerpt after a blank line when prettyErrors is on; it is off, but be safe.
    message: error.message.split('\n\n')[0] ?? error.message,
    severity,
    yamlCode: error.code,
  };
}

/**
 * Parses a plan's text. Never throws: a syntax error, a resource-exhaustion guard of the
 * parser or a stack overflow on absurd nesting all become problems.
 */
export function parseYaml(text: string): ParsedYaml {
  try {
    const composer = new Composer(DOCUMENT_OPTIONS);
    const docs = Array.from(composer.compose(new Parser().parse(text), true, text.length));
    const first = docs[0];
    const problems: SyntaxProblem[] = [];
    for (const doc of docs) {
      for (const e of doc.errors) {
        problems.push(toProblem(e, 'error', text.length));
      }
      for (const w of doc.warnings) {
        problems.push(toProblem(w, 'warning', text.length));
      }
    }
    const extraDocuments = docs.slice(1).map((d) => {
      const [start, , end] = d.range;
      return { offset: start, length: Math.max(0, end - start) };
    });
    return { document: first, around: () => first, problems, extraDocuments };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      document: undefined,
      around: () => undefined,
      problems: [{ span: { offset: 0, length: 0 }, message, severity: 'error', yamlCode: 'PARSER_FAILURE' }],
      extraDocuments: [],
    };
  }
}
