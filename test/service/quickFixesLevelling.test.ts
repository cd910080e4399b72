import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver-types';
import { withPortfolioProblems } from '../../server/src/service';
import { ORG, WORKSPACE, checkWorkspace, planText } from '../helpers/workspace';
import { applyFix, requestFixes, titlesFor } from './quickFixesHarness';

const HEAD = ['xproj: 1', 'project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02}', 'people:', '  - {id: a, name: 李娜}', 'tasks:'];

describe('quick fixes: overallocation (levelling advice)', () => {
  it('delays the task that needs the smallest delay within its slack, over its written start', () => {
    const text = [
      ...HEAD,
      '  - {id: t1, owner: a, start: 2026-03-02, duration: 5d, assignees: [a]}',
      '  - {id: t2, owner: a, duration: 2d, assignees: [a]}',
      '  - {id: done, owner: a, milestone: true, start: 2026-03-20}',
    ].join('\n');
    assert.deepEqual(titlesFor(text, 'overallocation'), ["Delay 't1' by 2 working days to 2026-03-04 (slack 9)"]);
    assert.match(applyFix(text, 'overallocation', "Delay 't1' by 2 working days to 2026-03-04 (slack 9)"), /id: t1, owner: a, start: 2026-03-04, duration: 5d/);
  });

  it('writes a start for a task the scheduler placed, when that task needs the smaller delay', () => {
    const text = [
      ...HEAD,
      '  - {id: t1, owner: a, start: 2026-03-02, duration: 5d, assignees: [a]}',
      '  - {id: t2, owner: a, duration: 8d, assignees: [a]}',
      '  - {id: done, owner: a, milestone: true, start: 2026-03-20}',
    ].join('\n');
    const title = "Delay 't2' by 5 working days to 2026-03-09 (slack 6)";
    assert.deepEqual(titlesFor(text, 'overallocation'), [title]);
    assert.ok(applyFix(text, 'overallocation', title).includes('  - {id: t2, start: 2026-03-09, owner: a, duration: 8d, assignees: [a]}\n'));
  });

  it('says so when no conflicting task has the slack, in English and Chinese', () => {
    const text = [
      ...HEAD,
      '  - {id: t1, owner: a, start: 2026-03-02, duration: 5d, assignees: [a]}',
      '  - {id: t2, owner: a, duration: 2d, assignees: [a]}',
      '  - {id: done, owner: a, milestone: true, depends_on: [t1]}',
    ].join('\n');
    const { actions } = requestFixes(text, 'overallocation');
    assert.deepEqual(
      actions.map((a) => [a.title, a.disabled?.reason, a.edit]),
      [
        [
          'No conflicting task can be delayed within its slack to end this overallocation',
          'No conflicting task can be delayed within its slack to end this overallocation',
          undefined,
        ],
      ],
    );
    assert.deepEqual(titlesFor(text, 'overallocation', { locale: 'zh-cn' }), ['冲突任务均无法在其浮动时间内推迟以消除此超负荷']);
  });

  it('on a portfolio diagnostic, steps around the bookings of the other plan too', () => {
    const files = {
      'org.xproj.yaml': ORG,
      'a.xproj.yaml': planText('a', [
        'id: build, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]',
        'id: done, milestone: true, start: 2026-03-31',
      ]),
      'b.xproj.yaml': planText('b', ['id: train, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}]']),
    };
    const ws = checkWorkspace(files);
    const analysis = ws.analyses.get('a.xproj.yaml')!;
    const document = TextDocument.create(analysis.uri, 'xproj', 0, analysis.text);
    const [diagnostic] = ws.service
      .doValidation(document, withPortfolioProblems(analysis, ws.result.problems.get(analysis.uri)))
      .filter((d) => d.code === 'overallocation');
    const actions = ws.service.doCodeActions(document, diagnostic!.range, { diagnostics: [diagnostic!], only: [CodeActionKind.QuickFix] }, analysis);
    // Friday 6 and Monday 9 to Tuesday 10 are taken in plan B: the first free start is Wednesday 11.
    assert.deepEqual(
      actions.map((a) => a.title),
      ["Delay 'build' by 7 working days to 2026-03-11 (slack 16)"],
    );
    const fixed = TextDocument.applyEdits(document, actions[0]!.edit!.changes![WORKSPACE + 'a.xproj.yaml']!);
    const after = checkWorkspace({ ...files, 'a.xproj.yaml': fixed });
    assert.deepEqual([...after.result.problems.keys()], []);
  });
});
