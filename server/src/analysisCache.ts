import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, PlanAnalysis } from './service';

/**
 * The analysis of each open document, keyed by uri and version, so every request on one version
 * shares one parse. Owned by the server instance; entries go when documents close.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: PlanAnalysis }>();

  constructor(private readonly service: () => LanguageService) {}

  get(document: TextDocument): PlanAnalysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) {
      return cached.analysis;
    }
    const analysis = this.service().analyze(document);
    this.entries.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  /** Drops one document's analysis (closed), or all of them (settings or an imported file changed). */
  invalidate(uri?: string): void {
    if (uri === undefined) {
      this.entries.clear();
    } else {
      this.entries.delete(uri);
    }
  }

  /** The open documents whose last analysis read `importedUri` through their imports. */
  importersOf(importedUri: string): string[] {
    const out: string[] = [];
    for (const [uri, { analysis }] of this.entries) {
      if (analysis.imports.files.some((f) => f.uri === importedUri)) {
        out.push(uri);
      }
    }
    return out;
  }
}
