import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CodeActionTriggerKind } from 'vscode-languageserver-types';
import type { CodeAction, CodeActionContext } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getSourceActions, SOURCE_ACTION_KINDS } from '../../server/src/service/features/sourceActions';
import { check, findings, open } from '../helpers/plan';
import type { CheckOptions } from '../helpers/plan';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function actionsFor(text: string, context: Partial<CodeActionContext> = {}, options: CheckOptions = {}): CodeAction[] {
  const { analysis, document } = open(text, options);
  const locale = options.locale === 'zh-cn' ? 'zh-cn' : 'en';
  return getSourceActions(document, ZERO, { diagnostics: [], ...context }, analysis, locale);
}

/** The one action of `kind`, applied: the resulting text. */
function applied(text: string, kind: string, options: CheckOptions = {}): string {
  const actions = actionsFor(text, { only: [kind] }, options);
  assert.equal(actions.length, 1, `expected one ${kind} action, got ${actions.map((a) => a.kind).join(', ')}`);
  const edits = Object.values(actions[0]!.edit!.changes!)[0]!;
  const doc = TextDocument.create('test://plan.xproj.yaml', 'xproj', 0, text);
  const spans = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)] as const).sort((a, b) => a[0] - b[0]);
  spans.slice(1).forEach((s, i) => assert.ok(s[0] > spans[i]![1], 'edits of one action must not overlap or touch'));
  return TextDocument.applyEdits(doc, edits);
}

function errorsAndWarnings(text: string, options: CheckOptions = {}): [string, number, string][] {
  return findings(check(text, options))
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => [f.code, f.line, f.message]);
}

describe('source action: plan template', () => {
  for (const locale of ['en', 'zh-cn']) {
    for (const [label, text] of [
      ['an empty', ''],
      ['a blank', '\n  \n'],
      ['a comment-only', '# 春季招生\n# draft\n'],
    ] as const) {
      it(`fills ${label} document in ${locale}; the result checks without errors or warnings`, () => {
        const options = { locale, today: '2026-03-20' };
        const out = applied(text, SOURCE_ACTION_KINDS.template, options);
        assert.deepEqual(errorsAndWarnings(out, options), []);
        assert.ok(out.startsWith(text.trim() === '' ? '#' : `${text.trimEnd()}\n\n#`), 'keeps the user comments first');
        const a = check(out, options);
        assert.equal(a.plan.project?.start?.iso, '2026-03-23', 'starts on the Monday after the status date');
        assert.ok(a.schedule.finish <= a.plan.project!.end!.day, 'the work fits before the target end');
        assert.deepEqual(
          a.plan.phases.map((p) => p.id),
          ['initiation', 'planning', 'execution', 'monitoring', 'closing'],
        );
        assert.deepEqual(
          a.plan.meetings.map((m) => m.id),
          ['weekly', 'standup', 'briefing', 'emergency'],
        );
        assert.ok(a.plan.tasks.filter((t) => t.milestone).length >= 3);
        assert.ok(a.plan.tasks.every((t) => t.owner));
      });
    }
  }

  it('writes Chinese text for zh-cn and English text otherwise', () => {
    assert.match(applied('', SOURCE_ACTION_KINDS.template, { locale: 'zh-cn' }), /name: 召开项目启动会/);
    assert.match(applied('', SOURCE_ACTION_KINDS.template), /name: Kick-off meeting/);
    assert.equal(actionsFor('', { only: ['source'] }, { locale: 'zh-cn' })[0]!.title, '填入项目计划模板');
  });

  it('starts a week later when the status date is itself a Monday, and checks clean then too', () => {
    const options = { today: '2026-03-23' };
    const out = applied('', SOURCE_ACTION_KINDS.template, options);
    assert.equal(check(out, options).plan.project?.start?.iso, '2026-03-30');
    assert.deepEqual(errorsAndWarnings(out, options), []);
  });

  it('is not offered once the document has content', () => {
    assert.deepEqual(actionsFor('xproj: 1\n', { only: [SOURCE_ACTION_KINDS.template] }), []);
    // Content after blank lines, after an ideographic space, or after a comment line still counts.
    for (const text of ['\n\n  \n\txproj: 1', '\u3000x', '# a plan\r\nxproj: 1']) {
      assert.deepEqual(actionsFor(text, { only: [SOURCE_ACTION_KINDS.template] }), [], JSON.stringify(text));
    }
  });

  it('is offered on blank lines and comments alone', () => {
    for (const text of ['', '\n \n', '  # a plan\r\n\t# to come\n', '\u3000\n#x']) {
      assert.equal(actionsFor(text, { only: [SOURCE_ACTION_KINDS.template] }).length, 1, JSON.stringify(text));
    }
  });
});

const HEAD = [
  'xproj: 1',
  'project: {id: p, name: P, start: 2026-04-06, owner: boss, manager: pm}',
  'people:',
  '  - {id: boss, name: Boss}',
  '  - {id: pm, name: PM}',
];

describe('source action: add RACI blocks', () => {
  const plan = [
    ...HEAD,
    'tasks:',
    '  - id: a',
    '    owner: pm  # does it',
    '    duration: 3d',
    '  - {id: b, owner: boss, depends_on: [a], duration: 2d}',
    '  - id: c',
    '    owner: ghost',
    '  - id: d',
    '    raci: {R: [pm], A: boss}',
    '    owner: pm',
    '  - id: e',
    '    owner: boss',
    '    subtasks:',
    '      - {id: e1, owner: pm,}',
    '      - id: e2',
    '        owner: boss',
    '',
  ].join('\n');

  it('adds R: [owner], A: owner under the owner (block) or before the brace (flow), skipping unknown owners and existing blocks', () => {
    const out = applied(plan, SOURCE_ACTION_KINDS.addRaci);
    assert.equal(
      out,
      [
        ...HEAD,
        'tasks:',
        '  - id: a',
        '    owner: pm  # does it',
        '    raci: {R: [pm], A: pm}',
        '    duration: 3d',
        '  - {id: b, owner: boss, depends_on: [a], duration: 2d, raci: {R: [boss], A: boss}}',
        '  - id: c',
        '    owner: ghost',
        '  - id: d',
        '    raci: {R: [pm], A: boss}',
        '    owner: pm',
        '  - id: e',
        '    owner: boss',
        '    raci: {R: [boss], A: boss}',
        '    subtasks:',
        '      - {id: e1, owner: pm, raci: {R: [pm], A: pm}}',
        '      - id: e2',
        '        owner: boss',
        '        raci: {R: [boss], A: boss}',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      errorsAndWarnings(out).filter(([code]) => code.startsWith('raci') || code === 'schema'),
      [],
    );
    assert.deepEqual(actionsFor(out, { only: [SOURCE_ACTION_KINDS.addRaci] }), [], 'a second run offers nothing');
  });

  it('keeps CRLF line breaks', () => {
    const out = applied([...HEAD, 'tasks:', '  - id: a', '    owner: pm', ''].join('\r\n'), SOURCE_ACTION_KINDS.addRaci);
    assert.ok(out.endsWith('    owner: pm\r\n    raci: {R: [pm], A: pm}\r\n'));
  });

  it('never adds a second raci key next to an empty one', () => {
    assert.deepEqual(
      actionsFor([...HEAD, 'tasks:', '  - id: a', '    owner: pm', '    raci:'].join('\n'), { only: ['source'] }).map((a) => a.kind),
      [SOURCE_ACTION_KINDS.addMeetings],
    );
  });
});

describe('source action: add the standard meetings', () => {
  const base = HEAD.join('\n') + '\n';

  it('creates meetings: with the weekly meeting, the stand-up and the monthly briefing; the result checks clean', () => {
    const out = applied(base, SOURCE_ACTION_KINDS.addMeetings);
    assert.equal(
      out,
      base +
        '\nmeetings:\n' +
        '  - {id: weekly, name: Weekly project meeting, cadence: weekly, day: mon, time: "10:00-11:00", form: "In person or video; 5-minute reports, then the open issues", chair: pm, participants: [all]}\n' +
        '  - {id: standup, name: Daily stand-up (key task groups), cadence: daily, time: "09:00-09:10", form: Ten-minute sync in the team chat, chair: pm, participants: [all]}\n' +
        '  - {id: briefing, name: Monthly executive briefing, cadence: monthly, form: Slides and Q&A, chair: pm, participants: [boss, pm]}\n',
    );
    assert.deepEqual(errorsAndWarnings(out), []);
    assert.deepEqual(actionsFor(out, { only: [SOURCE_ACTION_KINDS.addMeetings] }), [], 'a second run offers nothing');
  });

  it('adds only the missing ones, in the list style already used', () => {
    const block = applied(`${base}meetings:\n  - id: weekly\n    name: 周会\n    cadence: weekly\nrisks: []\n`, SOURCE_ACTION_KINDS.addMeetings, {
      locale: 'zh-cn',
    });
    assert.match(block, /\n {4}cadence: weekly\n {2}- \{id: standup, name: 每日站会（关键任务组）, [^\n]*\}\n {2}- \{id: briefing, [^\n]*\}\nrisks: \[\]\n$/);
    const flow = applied(`${base}meetings: [{id: briefing, name: B}]\n`, SOURCE_ACTION_KINDS.addMeetings);
    assert.match(flow, /meetings: \[\{id: briefing, name: B\}, \{id: weekly, [^\n]*\}, \{id: standup, [^\n]*\}\]\n$/);
    for (const empty of ['meetings: []', 'meetings:']) {
      const out = applied(`${base}${empty}\n`, SOURCE_ACTION_KINDS.addMeetings);
      assert.match(out, /\nmeetings:\n {2}- \{id: weekly, [^\n]*\}\n {2}- \{id: standup, [^\n]*\}\n {2}- \{id: briefing, [^\n]*\}\n$/);
      assert.deepEqual(errorsAndWarnings(out), []);
    }
  });
});

describe('source action: fix all', () => {
  const plan = [
    'xproj: 1',
    'project:',
    '  {id: p, name: P, owner: boss, manager: pm, start: 2026-03-02, end: 2026-06-30, status_date: 2026-03-02,',
    '   calendar: {holidays: [{from: 2026-05-05, to: 2026-05-01}]}}',
    'people: [{id: boss, name: Boss}, {id: pm, name: PM}]',
    'tasks:',
    '  - {id: a, owner: pm, duration: 5d, raci: {R: [pm], A: pm}}',
    '  - id: b',
    '    owner: pm',
    '    depends_on: [a]',
    '    start: 2026-03-03',
    '    duration: 2d',
    '    raci: {R: [pm], A: boss}',
    '  - id: c',
    '    owner: pm',
    '    start: 2026-03-20',
    '    end: 2026-03-16',
    '    raci:',
    '      A: boss',
    '  - {id: d, owner: pm, raci: {R: [], A: boss}, duration: 1d}',
    '  - {id: e, owner: pm, raci: {A: boss, I: [pm]}, duration: 1d}',
    'budget:',
    '  total: 1000000',
    '  approvals: [{up_to: 10000, approver: department-head}, {up_to: 100000, approver: finance}, {approver: owner}]',
    '  items:',
    '    - {id: x, amount: 50000}',
    '    - {id: y, amount: 500000, approved_by: finance}',
    '    - {id: z, amount: 5000, approved_by: pm}',
    '',
  ].join('\n');

  it('applies every safe fix in one edit and leaves the rest', () => {
    const before = errorsAndWarnings(plan).map(([code, line]) => `${code}@${line}`);
    assert.deepEqual(before, [
      'date-order@4',
      'dependency-violation@11',
      'raci-owner-mismatch@15',
      'date-order@17',
      'raci-no-responsible@18',
      'raci-owner-mismatch@20',
      'raci-no-responsible@20',
      'raci-owner-mismatch@21',
      'raci-no-responsible@21',
      'approval-missing@26',
      'approval-missing@27',
      'approval-missing@28',
    ]);
    const out = applied(plan, SOURCE_ACTION_KINDS.fixAll);
    const lines = out.split('\n');
    assert.equal(lines[3], '   calendar: {holidays: [{from: 2026-05-01, to: 2026-05-05}]}}');
    assert.equal(lines[10], '    start: 2026-03-09');
    assert.deepEqual(lines.slice(15, 20), ['    start: 2026-03-16', '    end: 2026-03-20', '    raci:', '      A: boss', '      R: [pm]']);
    assert.equal(lines[20], '  - {id: d, owner: pm, raci: {R: [pm], A: boss}, duration: 1d}');
    assert.deepEqual(lines.slice(26, 29), [
      '    - {id: x, amount: 50000, approved_by: finance}',
      '    - {id: y, amount: 500000, approved_by: owner}',
      '    - {id: z, amount: 5000, approved_by: pm}',
    ]);
    // The owner of e is only informed: making them R too would be a role conflict, so it is the user's call.
    assert.deepEqual(
      errorsAndWarnings(out).map(([code, line]) => `${code}@${line}`),
      ['raci-owner-mismatch@22', 'raci-no-responsible@22', 'approval-missing@29'],
    );
    assert.deepEqual(actionsFor(out, { only: [SOURCE_ACTION_KINDS.fixAll] }), [], 'a second run offers nothing');
  });

  it('swaps a project range written backwards', () => {
    const out = applied(
      'xproj: 1\nproject: {id: p, name: P, owner: a, manager: a, start: 2026-06-30, end: 2026-03-02}\npeople: [{id: a}]\n',
      SOURCE_ACTION_KINDS.fixAll,
    );
    assert.match(out, /start: 2026-03-02, end: 2026-06-30\}/);
  });

  it('leaves alone the problems of rules turned off', () => {
    const text = `${HEAD.join('\n')}\nbudget:\n  approvals: [{approver: finance}]\n  items: [{id: x, amount: 5}]\nrules: {approval-missing: off}\n`;
    assert.deepEqual(actionsFor(text, { only: ['source.fixAll'] }), []);
    assert.equal(actionsFor(text.replace('off', 'warning'), { only: ['source.fixAll'] }).length, 1);
  });
});

describe('source actions: context.only', () => {
  const text = [...HEAD, 'tasks:', '  - {id: a, owner: pm, duration: 1d, raci: {A: boss}}', '  - {id: b, owner: pm, duration: 1d}', ''].join('\n');
  const kinds = (context: Partial<CodeActionContext>): (string | undefined)[] => actionsFor(text, context).map((a) => a.kind);

  it('offers each kind under the kinds asked for', () => {
    const all = [SOURCE_ACTION_KINDS.addRaci, SOURCE_ACTION_KINDS.addMeetings, SOURCE_ACTION_KINDS.fixAll];
    assert.deepEqual(kinds({ only: ['source'] }), all);
    assert.deepEqual(kinds({}), all);
    assert.deepEqual(kinds({ triggerKind: CodeActionTriggerKind.Invoked }), all);
    assert.deepEqual(kinds({ only: ['source.fixAll'] }), [SOURCE_ACTION_KINDS.fixAll]);
    assert.deepEqual(kinds({ only: ['source.fixAll.xproj'], triggerKind: CodeActionTriggerKind.Automatic }), [SOURCE_ACTION_KINDS.fixAll]);
    assert.deepEqual(kinds({ only: ['source.xproj'] }), [SOURCE_ACTION_KINDS.addRaci, SOURCE_ACTION_KINDS.addMeetings]);
    assert.deepEqual(kinds({ only: ['quickfix', 'refactor'] }), []);
    assert.deepEqual(kinds({ only: ['source.fix'] }), [], 'a kind matches whole dot-separated parts only');
  });

  it('computes nothing for the automatic light-bulb request, which never shows source actions', () => {
    assert.deepEqual(kinds({ triggerKind: CodeActionTriggerKind.Automatic }), []);
  });

  it('offers only the template on a blank document, and nothing structural on one that does not parse', () => {
    assert.deepEqual(
      actionsFor('', { only: ['source'] }).map((a) => a.kind),
      [SOURCE_ACTION_KINDS.template],
    );
    assert.deepEqual(actionsFor(`${HEAD.join('\n')}\ntasks: [\n`, { only: ['source'] }), []);
  });
});
