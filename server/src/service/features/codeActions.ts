import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, CodeActionContext, Diagnostic, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import type { Locale } from '../l10n/localize';
import { calendarActions } from './calendarActions';
import { QUICK_FIXES } from './quickFixes';
import type { RuleCode } from '../model/ruleCodes';
import { getSourceActions } from './sourceActions';
import { YamlEditor } from '../utils/yamlEdits';

/**
 * Code actions: quick fixes for our diagnostics, dispatched on `Diagnostic.code` with what each
 * needs taken from `Diagnostic.data` and the analysis (never from the message), then the source
 * actions of the plan as a whole.
 */
export class XprojCodeActions {
  constructor(private readonly locale: Locale) {}

  doCodeActions(document: TextDocument, range: Range, context: CodeActionContext, analysis: PlanAnalysis): CodeAction[] {
    const quick = wants(context.only, CodeActionKind.QuickFix);
    const fixes = quick ? [...this.quickFixes(document, context.diagnostics, analysis), ...calendarActions(document, range, analysis, this.locale)] : [];
    return [...fixes, ...getSourceActions(document, range, context, analysis, this.locale)];
  }

  private quickFixes(document: TextDocument, diagnostics: readonly Diagnostic[], analysis: PlanAnalysis): CodeAction[] {
    // Edits are computed on the analysed text: an analysis of another version would misplace them.
    if (analysis.text !== document.getText()) {
      return [];
    }
    // The fixes edit where their diagnostics are, or add to a list's end.
    const offsets = diagnostics.flatMap((d) => [
      document.offsetAt(d.range.start),
      document.offsetAt(d.range.end),
      ...(d.relatedInformation ?? []).filter((r) => r.location.uri === document.uri).map((r) => document.offsetAt(r.location.range.start)),
    ]);
    // A cycle's fixes remove any of its edges, wherever the tasks are; clients may not send them all as related information.
    if (diagnostics.some((d) => d.code === 'dependency-cycle')) {
      offsets.push(...analysis.schedule.cycles.flatMap((c) => c.edges.map((e) => e.task.span.offset)));
    }
    const yaml = offsets.length > 0 ? analysis.parsed.around(offsets) : undefined;
    if (!yaml) {
      return [];
    }
    const editor = new YamlEditor(document, yaml);
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== undefined && diagnostic.source !== 'xproj') {
        continue;
      }
      const code = String(diagnostic.code);
      const provider = Object.hasOwn(QUICK_FIXES, code) ? QUICK_FIXES[code as RuleCode] : undefined;
      if (provider) {
        const offset = document.offsetAt(diagnostic.range.start);
        actions.push(...provider({ document, analysis, diagnostic, editor, locale: this.locale, offset }));
      }
    }
    return actions;
  }
}

/** Whether `only` (kinds and their parents, as the client sends them) covers `kind`. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((o) => o === '' || kind === o || kind.startsWith(`${o}.`));
}
