import { Composer } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Span } from '../model/planModel';
import { FlowLimitExceeded, MAX_FLOW_ITEMS, MAX_NESTING, NestingLimitExceeded, composeBounded } from './boundedCompose';
import type { ErrorRun } from './boundedCompose';
import { foldSyntaxProblems, multiLineFlows } from './syntaxFold';
import type { Unfolded } from './syntaxFold';
import { MAX_LINE_LENGTH, MAX_TEXT_LENGTH, exceededTextLimit } from './textLimits';

/** The options of every parse, so chunks and hand-made documents behave like a whole parse. */
export const DOCUMENT_OPTIONS = { uniqueKeys: true, prettyErrors: false, version: '1.2' } as const;

/** A size limit that kept the text from being read (see `textLimits.ts`, `MAX_FLOW_ITEMS`, `MAX_NESTING`). */
export interface ReadLimit {
  readonly kind: 'text' | 'line' | 'flow' | 'nesting';
  readonly max: number;
  /** The text's or the line's length; unknown for a flow collection, whose parse stops at the limit. */
  readonly actual?: number;
}

/** A problem found while reading the YAML text itself. */
export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** `yaml`'s own error code (`DUPLICATE_KEY`, `BAD_INDENT`...), for tests and code actions. */
  readonly yamlCode: string;
  /** The errors after this one that it caused and that are not listed (see `ErrorRun`). */
  readonly folded?: { readonly count: number; /** 1-based. */ readonly lastLine: number };
  /** Set when the text was not read at all because of its size (`yamlCode` `TOO_LARGE`). */
  readonly limit?: ReadLimit;
}

/** Documents after the first in the file, which are ignored. */
export interface ExtraDocuments {
  /** From the second document to the end of the text. */
  readonly span: Span;
  readonly count: number;
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
  readonly extraDocuments?: ExtraDocuments;
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

function runProblem(run: ErrorRun): Unfolded {
  const problem: SyntaxProblem = { span: { offset: run.offset, length: run.length }, message: run.message, severity: 'error', yamlCode: 'UNEXPECTED_TOKEN' };
  return { problem, folded: run.folded, lastOffset: run.lastOffset };
}

function unread(span: Span, limit: ReadLimit): ParsedYaml {
  const problem: SyntaxProblem = { span, message: '', severity: 'error', yamlCode: 'TOO_LARGE', limit };
  return { document: undefined, around: () => undefined, problems: [problem] };
}

/**
 * Parses a plan's text. Never throws: a syntax error, a size limit, a resource-exhaustion guard
 * of the parser or a stack overflow on absurd nesting all become problems.
 */
export function parseYaml(text: string): ParsedYaml {
  const exceeded = exceededTextLimit(text);
  if (exceeded?.kind === 'text') {
    return unread({ offset: 0, length: 0 }, { kind: 'text', max: MAX_TEXT_LENGTH, actual: exceeded.length });
  }
  if (exceeded?.kind === 'line') {
    return unread({ offset: exceeded.offset, length: exceeded.length }, { kind: 'line', max: MAX_LINE_LENGTH, actual: exceeded.length });
  }
  // `yaml` reports each problem as an Error, whose stack trace is most of its memory: a flood of
  // 347,000 problems took 1.4 GB. No one reads those traces; the limit is restored before returning.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const { document, errorRuns, ignored } = composeBounded(text, 0, text.length, new Composer(DOCUMENT_OPTIONS));
    const unfolded: Unfolded[] = errorRuns.map(runProblem);
    if (document) {
      for (const e of document.errors) {
        unfolded.push({ problem: toProblem(e, 'error', text.length), folded: 0, lastOffset: e.pos[0] });
      }
      for (const w of document.warnings) {
        unfolded.push({ problem: toProblem(w, 'warning', text.length), folded: 0, lastOffset: w.pos[0] });
      }
      // One error keeps the document from being stringified, as all of them did; the rest are problems now.
      document.errors.splice(1);
      document.warnings.length = 0;
    }
    const flows = unfolded.length > 0 && document ? multiLineFlows(document.contents, text) : [];
    const problems = foldSyntaxProblems(unfolded, text, flows);
    const extraDocuments = ignored && { span: { offset: ignored.offset, length: text.length - ignored.offset }, count: ignored.count };
    return { document, around: () => document, problems, extraDocuments };
  } catch (e) {
    if (e instanceof FlowLimitExceeded) {
      return unread({ offset: e.offset, length: 1 }, { kind: 'flow', max: MAX_FLOW_ITEMS });
    }
    if (e instanceof NestingLimitExceeded) {
      return unread({ offset: e.offset, length: 1 }, { kind: 'nesting', max: MAX_NESTING });
    }
    const message = e instanceof Error ? e.message : String(e);
    return {
      document: undefined,
      around: () => undefined,
      problems: [{ span: { offset: 0, length: 0 }, message, severity: 'error', yamlCode: 'PARSER_FAILURE' }],
    };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}
