import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service';
import type { LanguageSettings, PlanAnalysis } from '../../server/src/service';
import type { FileReader } from '../../server/src/service/parser/imports';
import type { BaselineReader } from '../../server/src/service/analysis/baselinePlan';
import { parseIsoDate } from '../../common/dates';

export const TEST_URI = 'file:///test/plan.xproj.yaml';

/**
 * `XPROJ_TEST_CHUNKED=1` runs the tests on the path large plans take: parsed in chunks, their
 * items' YAML nodes dropped after each analysis and parsed again where a feature looks.
 */
export const TEST_PARSE_OPTIONS = process.env['XPROJ_TEST_CHUNKED'] ? { minLength: 0, evictFrom: 0 } : undefined;

export interface CheckOptions {
  /** Other files by path relative to the plan's folder (`org.xproj.yaml`), for imports. */
  readonly files?: Readonly<Record<string, string>>;
  /** Reads imports instead of `files`, for hosts that refuse some. */
  readonly readFile?: FileReader;
  /** Reads the plan's `baseline` (by what it says), as the server's and the CLI's git reader would. */
  readonly readBaseline?: BaselineReader;
  readonly settings?: LanguageSettings;
  readonly locale?: string;
  /** "Today" as an ISO date; defaults to 2026-03-20 so tests do not depend on the clock. */
  readonly today?: string;
  /** How the text is parsed; by default as a plan of its size would be (see `TEST_PARSE_OPTIONS`). */
  readonly parseOptions?: { readonly minLength?: number; readonly evictFrom?: number };
}

/** Analyses an in-memory plan with no connection, as the language server would. */
export function check(text: string, options: CheckOptions = {}): PlanAnalysis {
  const files = new Map(Object.entries(options.files ?? {}).map(([p, t]) => [new URL(p, TEST_URI).toString(), t]));
  const service = getLanguageService({
    locale: options.locale,
    readFile: options.readFile ?? ((uri) => files.get(uri)),
    today: () => parseIsoDate(options.today ?? '2026-03-20')!,
    parseOptions: options.parseOptions ?? TEST_PARSE_OPTIONS,
    readBaseline: options.readBaseline,
  });
  service.configure(options.settings ?? {});
  return service.analyze(TextDocument.create(TEST_URI, 'xproj', 0, text));
}

/** A problem as tests compare it: what text it covers, on which 1-based line. */
export interface Finding {
  readonly code: string;
  readonly severity: string;
  readonly line: number;
  /** The exact source text under the problem's span. */
  readonly covers: string;
  readonly message: string;
}

/** The problems of an analysis (optionally of one code), in document order. */
export function findings(analysis: PlanAnalysis, code?: string): Finding[] {
  const doc = TextDocument.create(analysis.uri, 'xproj', 0, analysis.text);
  return analysis.problems
    .filter((p) => code === undefined || p.code === code)
    .map((p) => ({
      code: p.code,
      severity: p.severity,
      line: doc.positionAt(p.span.offset).line + 1,
      covers: analysis.text.slice(p.span.offset, p.span.offset + p.span.length),
      message: p.message,
    }));
}

/** Shorthand: [covers, line] pairs of one code's problems, for compact `deepStrictEqual`s. */
export function spansOf(analysis: PlanAnalysis, code: string): [string, number][] {
  return findings(analysis, code).map((f) => [f.covers, f.line]);
}

/** Splits a text with one `|` cursor marker into the text and the cursor offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) {
    throw new Error('the text needs exactly one | cursor marker');
  }
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** The analysis plus a TextDocument of the same text, as feature functions take them. */
export function open(text: string, options: CheckOptions = {}): { analysis: PlanAnalysis; document: TextDocument } {
  const analysis = check(text, options);
  return { analysis, document: TextDocument.create(TEST_URI, 'xproj', 0, text) };
}
