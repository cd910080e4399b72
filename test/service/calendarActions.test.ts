import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction } from 'vscode-languageserver-types';
import { XprojCodeActions } from '../../server/src/service/features/codeActions';
import type { Locale } from '../../server/src/service/l10n/localize';
import { findings, open, withCursor } from '../helpers/plan';
import { applyAction } from './quickFixesHarness';

/** The calendar actions offered where `|` is, with no diagnostic asked about. */
function actionsAt(marked: string, locale: Locale = 'en'): { actions: CodeAction[]; apply: (a: CodeAction) => string } {
  const { text, offset } = withCursor(marked);
  const { document, analysis } = open(text);
  const at = document.positionAt(offset);
  const actions = new XprojCodeActions(locale).doCodeActions(document, { start: at, end: at }, { diagnostics: [], only: [CodeActionKind.QuickFix] }, analysis);
  return { actions, apply: (a) => applyAction(document, a) };
}

const HEAD = ['xproj: 1', 'project:', '  id: p', '  name: P', '  owner: a', '  manager: a', '  start: 2026-02-02', '  status_date: 2026-02-02'];
const TAIL = ['people: [{id: a, name: A}]', 'tasks:', '  - {id: t, owner: a, start: 2026-02-1|6, duration: 2d}', ''];

describe('calendar actions', () => {
  it("moves a task's fixed start off a holiday to the next working day", () => {
    const { actions, apply } = actionsAt([...HEAD, '  calendar: {preset: cn}', ...TAIL].join('\n'));
    assert.deepEqual(
      actions.map((a) => a.title),
      ["Move the start of 't' to the next working day, 2026-02-24"],
    );
    assert.match(apply(actions[0]!), /\{id: t, owner: a, start: 2026-02-24, duration: 2d\}/);
  });

  it('offers nothing on a start that is a working day, a make-up Saturday included', () => {
    const plan = (start: string): string => [...HEAD, '  calendar: {preset: cn}', ...TAIL].join('\n').replace('2026-02-1|6', start);
    assert.deepEqual(actionsAt(plan('2026-02-1|4')).actions, []);
    assert.deepEqual(actionsAt(plan('2026-02-2|5')).actions, []);
    assert.equal(actionsAt(plan('2026-02-2|2'), 'zh-cn').actions[0]!.title, '将任务“t”的开始日期移到下一个工作日 2026-02-24');
  });

  it("turns a hand-kept list of China's public holidays into preset: cn, keeping the plan's own days", () => {
    const calendar = [
      '  calendar:',
      '    holidays:',
      '      - {from: 2026-02-15, to: 2026-02-23, name: 春节}',
      '      - 2026-04|-06',
      '      - {from: 2026-03-09, to: 2026-03-10, name: 校庆}',
    ];
    const { actions, apply } = actionsAt([...HEAD, ...calendar, ...TAIL.map((l) => l.replace('|', ''))].join('\n'));
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Use the statutory calendar (preset: cn) instead of 2 listed holidays'],
    );
    const fixed = apply(actions[0]!);
    assert.equal(
      fixed.split('\n').slice(8, 12).join('\n'),
      ['  calendar:', '    holidays:', '      - {from: 2026-03-09, to: 2026-03-10, name: 校庆}', '    preset: cn'].join('\n'),
    );
    const after = open(fixed);
    assert.deepEqual(findings(after.analysis), []);
    // The same working days as before: the holidays are the preset's now.
    assert.equal(after.analysis.schedule.calendar.isWorkday(after.analysis.schedule.start + 13), false);
  });

  it('drops the whole list when the preset covers all of it, and says nothing for a plan with its own holidays only', () => {
    const all = ['  calendar:', '    holidays: [2026-04-06, {from: 2026-05-01, to: 2026|-05-05}]'];
    const { actions, apply } = actionsAt([...HEAD, ...all, ...TAIL.map((l) => l.replace('|', ''))].join('\n'), 'zh-cn');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['改用法定节假日日历（preset: cn），取代手写的 2 个节假日'],
    );
    assert.equal(apply(actions[0]!).split('\n').slice(8, 10).join('\n'), ['  calendar:', '    preset: cn'].join('\n'));
    const own = ['  calendar:', '    holidays: [2026-03-0|9, 2026-03-10]'];
    assert.deepEqual(actionsAt([...HEAD, ...own, ...TAIL.map((l) => l.replace('|', ''))].join('\n')).actions, []);
  });
});
