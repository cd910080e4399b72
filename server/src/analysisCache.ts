import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisDraft, LanguageService, PlanAnalysis, PreviousAnalysis } from './service';

interface Entry {
  readonly version: number;
  analysis?: PlanAnalysis;
  /** A first phase whose rules have not run yet (`draft`). */
  draft?: AnalysisDraft;
  /** Settings or an imported file changed: analyse again, still reusing the parse. */
  stale: boolean;
  /** What the next analysis reuses once the analysis above has been let go (`handOver`). */
  parse?: PreviousAnalysis;
}

/**
 * The analysis of each open document, keyed by uri and version, so every request on one version
 * shares one parse. The last analysis of a document is handed to the service with the next
 * version, which then parses only what changed; so one entry per document is all there is, and
 * only the current one may be read. Owned by the server instance; entries go when documents close.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly service: LanguageService) {}

  get(document: TextDocument): PlanAnalysis {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && !entry.stale) {
      if (entry.analysis) {
        return entry.analysis;
      }
      if (entry.draft) {
        entry.analysis = entry.draft.finish();
        entry.draft = undefined;
        return entry.analysis;
      }
    }
    const analysis = this.service.analyze(document, this.handOver(entry));
    this.entries.set(document.uri, { version: document.version, analysis, stale: false });
    return analysis;
  }

  /**
   * The first phase of the document's analysis when there is none yet for its version; `get`
   * finishes it. Undefined when a current analysis exists.
   */
  draft(document: TextDocument): AnalysisDraft | undefined {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && !entry.stale && (entry.analysis || entry.draft)) {
      return undefined;
    }
    const draft = this.service.draftAnalysis(document, this.handOver(entry));
    this.entries.set(document.uri, { version: document.version, draft, stale: false });
    return draft;
  }

  /** Whether the document has been analysed in any version (its next analysis can be incremental). */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** Marks one document's analysis (an import changed), or all of them (settings changed), for analysing again. */
  invalidate(uri?: string): void {
    for (const [key, entry] of this.entries) {
      if (uri === undefined || key === uri) {
        entry.stale = true;
      }
    }
  }

  /** Drops everything held for a document (closed). */
  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** The open documents whose last analysis read `importedUri` through their imports. */
  importersOf(importedUri: string): string[] {
    const out: string[] = [];
    for (const [uri, { analysis }] of this.entries) {
      if (analysis?.imports.files.some((f) => f.uri === importedUri)) {
        out.push(uri);
      }
    }
    return out;
  }

  /**
   * The previous analysis as the next one needs it: its parse, nothing else. The rest (the model's
   * lists, symbols, schedule, problems: tens of megabytes on a large plan) is let go first, so it
   * can be collected while the new analysis is built instead of adding to its peak.
   */
  private handOver(entry: Entry | undefined): PreviousAnalysis | undefined {
    const previous = entry?.analysis ?? entry?.draft ?? entry?.parse;
    if (!entry || !previous) {
      return undefined;
    }
    entry.parse = { uri: previous.uri, parseState: previous.parseState };
    entry.analysis = undefined;
    entry.draft = undefined;
    entry.stale = true;
    return entry.parse;
  }
}
