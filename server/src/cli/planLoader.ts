import type { ValidateFunction } from 'ajv';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readBaseline } from '../files/baselineReader';
import { readPlanFile } from '../files/planReader';
import type { FileReader } from '../service/parser/imports';
import { getLanguageService } from '../service';
import type { LanguageService, LeveledProblem, PlanAnalysis, Severity } from '../service';

/** A problem placed in its file, 1-based as editors and terminals show it; the end column is exclusive. */
export interface PlacedProblem {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** Places in other files the problem names (SARIF's `relatedLocations`); only `--portfolio` gives them. */
  readonly related?: readonly PlacedLocation[];
}

/** A place in a file, 1-based, with what it shows. */
export interface PlacedLocation {
  readonly absolutePath: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/**
 * Reads imports for the service by `file:` URI, through the one plan reader (plan files only,
 * regular files only, bounded in size), caching them: many plans of one run share imports.
 */
export function diskReader(): FileReader {
  const cache = new Map<string, ReturnType<FileReader>>();
  return (uri) => {
    if (!cache.has(uri)) {
      cache.set(uri, uri.startsWith('file:') ? readPlanFile(fileURLToPath(uri), { plansOnly: true }) : undefined);
    }
    return cache.get(uri);
  };
}

export interface LoaderOptions {
  readonly locale: string;
  readonly statusDate?: string;
  /** Most problems placed per file, then a summary of the rest (`LanguageService.capProblems`); 0 for all. */
  readonly maxProblems?: number;
  /** Also summarise each plan for checking plans together (`xproj check --portfolio`). */
  readonly portfolio?: boolean;
}

/** One language service for the whole run: compiling the schema is the costliest part of start-up. */
export function createService(options: LoaderOptions, schemaValidator?: ValidateFunction): LanguageService {
  const service = getLanguageService({
    locale: options.locale,
    readFile: diskReader(),
    readBaseline: (uri, baseline) => readBaseline(uri, baseline),
    schemaValidator,
  });
  service.configure(options.statusDate !== undefined ? { statusDate: options.statusDate } : {});
  return service;
}

export interface AnalyzedPlan {
  readonly document: TextDocument;
  readonly analysis: PlanAnalysis;
}

/** Analyzes one plan's text. The service reports bad input as problems; it throws only on a bug. */
export function analyzeText(service: LanguageService, absolutePath: string, text: string): AnalyzedPlan {
  const document = TextDocument.create(pathToFileURL(absolutePath).href, 'xproj', 1, text);
  return { document, analysis: service.analyze(document) };
}

/**
 * The analysis's problems with 1-based positions, in document order: at most `maxProblems` (the
 * service's default when undefined, all when 0), after a summary of those left out.
 */
export function placeProblems({ document, analysis }: AnalyzedPlan, service: LanguageService, maxProblems?: number): PlacedProblem[] {
  return placeAll(document, service.capProblems(analysis.problems, maxProblems));
}

/** Problems of a document with 1-based positions. */
export function placeAll(document: TextDocument, problems: readonly LeveledProblem[]): PlacedProblem[] {
  return problems.map((p) => {
    const start = document.positionAt(p.span.offset);
    const end = document.positionAt(p.span.offset + p.span.length);
    return {
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      severity: p.severity,
      code: p.code,
      message: p.message,
    };
  });
}
