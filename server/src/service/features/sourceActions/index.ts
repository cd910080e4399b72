import { CodeActionKind, CodeActionTriggerKind } from 'vscode-languageserver-types';
import type { CodeAction, CodeActionContext, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import { fixAllEdits } from './fixAll';
import { addRaciEdits } from './raciBlocks';
import { addStandardMeetingsEdit } from './standardMeetings';
import { planTemplate } from './template';
import { eolOf } from './yamlText';
import type { OffsetEdit } from './yamlText';

/** The kinds of the source actions, for `context.only`, keybindings and `editor.codeActionsOnSave`. */
export const SOURCE_ACTION_KINDS = {
  template: 'source.xproj.template',
  addRaci: 'source.xproj.addRaci',
  addMeetings: 'source.xproj.addMeetings',
  fixAll: `${CodeActionKind.SourceFixAll}.xproj`,
} as const;

const messages = defineMessages(
  {
    template: () => 'Fill in the plan template',
    addRaci: () => 'Add a RACI block to every task lacking one',
    addMeetings: () => 'Add the standard meetings',
    fixAll: () => 'Fix all safe problems',
  },
  {
    template: () => '填入项目计划模板',
    addRaci: () => '为所有缺少 RACI 的任务添加 RACI',
    addMeetings: () => '添加标准会议（周例会、每日站会、月度高层简报）',
    fixAll: () => '修复所有可安全自动修复的问题',
  },
);

/** Whether `kind` is asked for: `only` lists kinds and their parents (`source` covers `source.fixAll.xproj`). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((o) => o === '' || kind === o || kind.startsWith(`${o}.`));
}

/**
 * The source actions of a plan. Without `only`, an automatic request (the light bulb) gets none:
 * VS Code shows source actions only when asked for them, so computing them there is wasted work;
 * `editor.codeActionsOnSave` asks with `only`, so it still gets `source.fixAll.xproj`. The
 * structural actions need a document that parses; the template needs one without content.
 */
export function getSourceActions(document: TextDocument, _range: Range, context: CodeActionContext, analysis: PlanAnalysis, locale: Locale): CodeAction[] {
  const only = context.only;
  // Edits are offsets into the analysed text: an analysis of another version would misplace them.
  if ((only === undefined && context.triggerKind === CodeActionTriggerKind.Automatic) || analysis.text !== document.getText()) {
    return [];
  }
  const m = messages[locale];
  const actions: CodeAction[] = [];
  const add = (kind: string, title: string, edits: readonly OffsetEdit[]): void => {
    if (edits.length > 0) {
      const changes: TextEdit[] = edits.map((e) => ({
        range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
        newText: e.newText,
      }));
      actions.push({ title, kind, edit: { changes: { [document.uri]: changes } } });
    }
  };
  const text = analysis.text;
  if (wanted(SOURCE_ACTION_KINDS.template, only) && isBlank(text)) {
    add(SOURCE_ACTION_KINDS.template, m.template(), [templateEdit(analysis, locale)]);
  }
  const parses = analysis.parsed.around([]) !== undefined && !analysis.parsed.problems.some((p) => p.severity === 'error');
  if (!parses || isBlank(text)) {
    return actions;
  }
  if (wanted(SOURCE_ACTION_KINDS.addRaci, only)) {
    add(SOURCE_ACTION_KINDS.addRaci, m.addRaci(), addRaciEdits(analysis));
  }
  if (wanted(SOURCE_ACTION_KINDS.addMeetings, only) && analysis.plan.project) {
    const edit = addStandardMeetingsEdit(analysis, locale);
    add(SOURCE_ACTION_KINDS.addMeetings, m.addMeetings(), edit ? [edit] : []);
  }
  if (wanted(SOURCE_ACTION_KINDS.fixAll, only)) {
    add(SOURCE_ACTION_KINDS.fixAll, m.fixAll(), fixAllEdits(analysis));
  }
  return actions;
}

/** Nothing but blank lines and comments: no line whose first non-blank character is other than `#`. */
function isBlank(text: string): boolean {
  // `\s*` may run over line breaks, but the character it stops at is still the first non-blank of its line.
  return !/^\s*[^\s#]/m.test(text);
}

/** The template replaces blank text, and goes after the comments of a comment-only file (which are the user's). */
function templateEdit(analysis: PlanAnalysis, locale: Locale): OffsetEdit {
  const text = analysis.text;
  const eol = eolOf(text);
  const body = planTemplate(analysis.statusDate, locale, eol);
  if (text.trim() === '') {
    return { offset: 0, length: text.length, newText: body };
  }
  const end = text.trimEnd().length;
  return { offset: end, length: text.length - end, newText: `${eol}${eol}${body}` };
}
