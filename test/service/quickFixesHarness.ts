import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { PlanAnalysis } from '../../server/src/service';
import { XprojCodeActions } from '../../server/src/service/features/codeActions';
import { toDiagnostics } from '../../server/src/service/features/diagnostics';
import { normalizeLocale } from '../../server/src/service/l10n/localize';
import { open } from '../helpers/plan';
import type { CheckOptions } from '../helpers/plan';

export interface FixOptions extends CheckOptions {
  /** The text the diagnostic covers, when the code is reported more than once. */
  readonly at?: string;
}

export interface Requested {
  readonly analysis: PlanAnalysis;
  readonly document: TextDocument;
  readonly diagnostic: Diagnostic;
  readonly actions: CodeAction[];
}

/** Analyses `text`, picks the first diagnostic of `code` (covering `at`), and asks for its quick fixes. */
export function requestFixes(text: string, code: string, options: FixOptions = {}): Requested {
  const { analysis, document } = open(text, options);
  const diagnostics = toDiagnostics(document, analysis).filter(
    (d) => d.code === code && (options.at === undefined || document.getText(d.range) === options.at),
  );
  const diagnostic = diagnostics[0] ?? assert.fail(`no ${code} diagnostic${options.at === undefined ? '' : ` on '${options.at}'`}`);
  const actions = new XprojCodeActions(normalizeLocale(options.locale)).doCodeActions(
    document,
    diagnostic.range,
    { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
    analysis,
  );
  for (const a of actions) {
    assert.equal(a.kind, CodeActionKind.QuickFix);
    assert.deepEqual(a.diagnostics, [diagnostic]);
  }
  assert.ok(actions.filter((a) => a.isPreferred).length <= 1, 'at most one preferred fix');
  return { analysis, document, diagnostic, actions };
}

/** The titles of the fixes offered, the preferred one marked with `*`. */
export function titlesFor(text: string, code: string, options: FixOptions = {}): string[] {
  return requestFixes(text, code, options).actions.map((a) => (a.isPreferred ? `* ${a.title}` : a.title));
}

/** The text an action's edits make of the document. */
export function applyAction(document: TextDocument, action: CodeAction): string {
  const changes = action.edit?.changes ?? {};
  assert.deepEqual(Object.keys(changes), [document.uri]);
  return TextDocument.applyEdits(document, changes[document.uri]!);
}

/**
 * Applies the fix titled `title` and returns the new text, after checking that the diagnostic it
 * fixes is gone and that it added no error (warnings such as a new task's missing owner may come).
 */
export function applyFix(text: string, code: string, title: string, options: FixOptions = {}): string {
  const { document, diagnostic, actions, analysis } = requestFixes(text, code, options);
  const action = actions.find((a) => a.title === title) ?? assert.fail(`no fix '${title}' among ${JSON.stringify(actions.map((a) => a.title))}`);
  const result = applyAction(document, action);
  const after = open(result, options);
  const still = after.analysis.problems.some((p) => p.code === diagnostic.code && p.message === diagnostic.message);
  assert.ok(!still, `still reported: ${diagnostic.message}\n${result}`);
  assert.deepEqual(newErrors(analysis, after.analysis), [], `new errors in:\n${result}`);
  return result;
}

/**
 * The errors of `after` of codes that have more errors than in `before`. Counted by code, because
 * edits change what else a message says (a did-you-mean list changes when an id is renamed).
 */
export function newErrors(before: PlanAnalysis, after: PlanAnalysis): string[] {
  const count = (a: PlanAnalysis): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const p of a.problems.filter((q) => q.severity === 'error')) {
      counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    }
    return counts;
  };
  const was = count(before);
  const now = count(after);
  return after.problems.filter((p) => p.severity === 'error' && (now.get(p.code) ?? 0) > (was.get(p.code) ?? 0)).map((p) => `${p.code}: ${p.message}`);
}
