import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import type { Severity } from '../model/problems';
import type { Span } from '../model/planModel';
import type { LeveledProblem } from '../model/problems';
import type { Locale } from '../l10n/localize';
import { MAX_PROBLEMS, capProblems } from './problemCap';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** `docs/rules.md`'s URI; each diagnostic links to its rule's section. */
  readonly rulesDocumentationUri?: string;
  /** Whether the client shows `relatedInformation` (otherwise it is left out). */
  readonly relatedInformation?: boolean;
  /** At most this many diagnostics and a summary of the rest (`capProblems`); 0 for all. Default `MAX_PROBLEMS`. */
  readonly maxProblems?: number;
  /** The language of the summary. */
  readonly locale?: Locale;
  /** Other plans' documents, for related places outside the plan and its imports (the portfolio's). */
  readonly relatedDocument?: (uri: string) => TextDocument | undefined;
}

export function spanToRange(document: TextDocument, span: Span): Diagnostic['range'] {
  return { start: document.positionAt(span.offset), end: document.positionAt(span.offset + span.length) };
}

/**
 * Converts offset-based problems to LSP diagnostics, at most `options.maxProblems` of them and a
 * summary of the rest; positions are computed here and only here.
 */
export function toDiagnostics(document: TextDocument, analysis: PlanAnalysis, options: DiagnosticOptions = {}): Diagnostic[] {
  const others = new Map<string, TextDocument>();
  const documentFor = (uri: string): TextDocument | undefined => {
    if (uri === analysis.uri) {
      return document;
    }
    let doc = others.get(uri);
    if (!doc) {
      const file = analysis.imports.files.find((f) => f.uri === uri);
      const found = file ? TextDocument.create(uri, 'xproj', 0, file.text) : options.relatedDocument?.(uri);
      if (!found) {
        return undefined;
      }
      doc = found;
      others.set(uri, doc);
    }
    return doc;
  };
  const problems = capProblems(analysis.problems, options.maxProblems ?? MAX_PROBLEMS, options.locale ?? 'en');
  return problems.map((p) => toDiagnostic(document, p, options, documentFor));
}

function toDiagnostic(
  document: TextDocument,
  problem: LeveledProblem,
  options: DiagnosticOptions,
  documentFor: (uri: string) => TextDocument | undefined,
): Diagnostic {
  const diagnostic: Diagnostic = {
    range: spanToRange(document, problem.span),
    severity: SEVERITY[problem.severity],
    code: problem.code,
    source: 'xproj',
    message: problem.message,
  };
  if (options.rulesDocumentationUri) {
    diagnostic.codeDescription = { href: `${options.rulesDocumentationUri}#${problem.code}` };
  }
  if (options.relatedInformation !== false && problem.related?.length) {
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of problem.related) {
      const doc = documentFor(r.uri);
      if (doc) {
        related.push({ location: { uri: r.uri, range: spanToRange(doc, r.span) }, message: r.message });
      }
    }
    diagnostic.relatedInformation = related;
  }
  if (problem.data !== undefined) {
    diagnostic.data = problem.data;
  }
  return diagnostic;
}
