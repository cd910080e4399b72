import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { PLAN, applied, complete, editOf, item, labels } from './completionHelpers';

function doc(it: CompletionItem): string {
  return (it.documentation as { value: string } | undefined)?.value ?? '';
}

describe('completion of keys', () => {
  it('offers the keys a task may still take, documented from the schema', () => {
    const items = complete(`${PLAN}\n    |`);
    const keys = labels(items);
    assert.ok(!keys.includes('id') && !keys.includes('duration'), 'present keys are left out');
    assert.deepEqual(keys.slice(0, 5), ['name', 'description', 'notes', 'phase', 'owner']);
    const owner = item(items, 'owner');
    assert.equal(owner.kind, CompletionItemKind.Property);
    assert.match(doc(owner), /^Person id of the task owner/);
    assert.deepEqual(editOf(`${PLAN}\n    |`, owner), { replaces: '', range: [33, 4, 4], newText: 'owner: ' });
    assert.equal(owner.command?.command, 'editor.action.triggerSuggest');
  });

  it('documents keys in Chinese for a Chinese editor, and puts required keys first', () => {
    const items = complete('xproj: 1\nproject:\n  |', 'zh-cn');
    assert.deepEqual(labels(items).slice(0, 3), ['id', 'name', 'start']);
    assert.equal(item(items, 'id').detail, '必填');
    assert.match(doc(item(items, 'manager')), /^项目经理的人员 ID/);
  });

  it('leaves out keys already in a flow mapping, before and after the cursor', () => {
    const keys = labels(complete(`${PLAN}\n  - {id: x, |, owner: li-si, raci: {A: li-si}}`));
    assert.ok(!keys.includes('id') && !keys.includes('owner') && !keys.includes('raci'));
    assert.ok(keys.includes('name') && keys.includes('depends_on'));
  });

  it('inserts snippets for list-, map-, enum- and range-valued keys, in block and flow style', () => {
    const block = complete(`${PLAN}\n    |`);
    assert.equal(editOf(`${PLAN}\n    |`, item(block, 'depends_on')).newText, 'depends_on: [$1]');
    assert.equal(item(block, 'depends_on').insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(item(block, 'subtasks').textEdit?.newText, 'subtasks:\n      - $1');
    assert.equal(item(block, 'status').textEdit?.newText, 'status: ${1|not-started,in-progress,blocked,done,cancelled|}');
    assert.equal(item(block, 'raci').textEdit?.newText, 'raci: {R: [$1], A: $2, C: [$3], I: [$4]}');
    assert.equal(item(block, 'subtasks').insertTextMode, InsertTextMode.asIs);
    const flow = complete(`${PLAN}\n  - {id: x, |}`);
    assert.equal(item(flow, 'subtasks').textEdit?.newText, 'subtasks: [{$1}]');
    assert.equal(item(complete('xproj: 1\nproject:\n  |'), 'calendar').textEdit?.newText, 'calendar:\n    $1');
    assert.equal(item(complete(`${PLAN}\nrisks:\n  - id: r\n    |`), 'likelihood').textEdit?.newText, 'likelihood: ${1|1,2,3,4,5|}');
  });

  it('inserts only the key when one is typed over an existing `key:`', () => {
    const marked = `${PLAN}\nrisks:\n  - id: r\n    lik|e: 3`;
    assert.equal(
      applied(marked, item(complete(marked), 'likelihood'))
        .split('\n')
        .pop(),
      '    likelihood: 3',
    );
  });

  it('offers the keys of dependency, assignment and RACI mappings', () => {
    const raci = complete(`${PLAN}\n    raci:\n      R: li-si\n      |`);
    assert.deepEqual(labels(raci), ['A', 'C', 'I']);
    assert.equal(item(raci, 'A').textEdit?.newText, 'A: ');
    assert.deepEqual(labels(complete(`${PLAN}\n    depends_on:\n      - task: kickoff\n        |`)), ['type', 'lag']);
    assert.deepEqual(labels(complete(`${PLAN}\n    assignees: [{person: li-si, |}]`)), ['load']);
  });

  it('offers rule codes as keys under `rules:` and levels as their values', () => {
    const rules = complete(`${PLAN}\nrules:\n  overdue: off\n  |`);
    assert.ok(labels(rules).includes('dependency-cycle') && !labels(rules).includes('overdue'));
    assert.equal(item(rules, 'missing-owner').textEdit?.newText, 'missing-owner: ${1|off,hint,info,warning,error|}');
    const levels = complete(`${PLAN}\nrules: {overdue: |}`);
    assert.deepEqual(labels(levels), ['off', 'hint', 'info', 'warning', 'error']);
    assert.equal(item(levels, 'off').detail, 'not checked');
  });
});

describe('completion of values', () => {
  it('offers enum values with their gloss and the schema’s description in the user’s language', () => {
    const en = complete(`${PLAN}\n    status: |`);
    assert.deepEqual(labels(en), ['not-started', 'in-progress', 'blocked', 'done', 'cancelled']);
    assert.equal(item(en, 'not-started').detail, 'default');
    assert.equal(item(en, 'done').kind, CompletionItemKind.EnumMember);
    const zh = complete(`${PLAN}\n    status: in|`, 'zh-cn');
    assert.equal(item(zh, 'in-progress').detail, '进行中');
    assert.match(doc(item(zh, 'in-progress')), /^任务状态/);
    assert.deepEqual(editOf(`${PLAN}\n    status: in|`, item(zh, 'blocked')), { replaces: 'in', range: [33, 12, 14], newText: 'blocked' });
  });

  it('offers dependency types, cadences, weekdays, responses, booleans and short number ranges', () => {
    const types = complete(`${PLAN}\n    depends_on: [{task: kickoff, type: |}]`);
    assert.deepEqual(labels(types), ['FS', 'SS', 'FF', 'SF']);
    assert.equal(item(types, 'FS').detail, 'finish-to-start · default');
    assert.equal(item(complete(`${PLAN}\nmeetings:\n  - {id: w, cadence: |}`, 'zh-cn'), 'biweekly').detail, '每两周');
    assert.equal(item(complete(`${PLAN}\nmeetings:\n  - {id: w, day: |}`, 'zh-cn'), 'mon').detail, '星期一');
    const workdays = PLAN.replace('  status_date: 2026-03-20', '  status_date: 2026-03-20\n  calendar: {workdays: [mon, |, wed]}');
    assert.deepEqual(labels(complete(workdays)), ['tue', 'thu', 'fri', 'sat', 'sun']);
    assert.equal(item(complete(`${PLAN}\nrisks:\n  - {id: r, response: |}`), 'avoid').detail, '规避');
    assert.deepEqual(labels(complete(`${PLAN}\n    milestone: |`)), ['false', 'true']);
    assert.deepEqual(labels(complete(`${PLAN}\nrisks:\n  - {id: r, impact: |}`)), ['1', '2', '3', '4', '5']);
    assert.deepEqual(labels(complete('xproj: |')), ['1']);
  });
});

describe('completion of dates', () => {
  it('offers the status date, next Monday and the project’s dates, each explained', () => {
    const items = complete(`${PLAN.replace('  - id: launch\n', '  - id: launch\n    start: |\n')}`);
    assert.deepEqual(labels(items), ['2026-03-20 — status date', '2026-03-23 — next Monday', '2026-03-02 — project start', '2026-05-29 — project end']);
    const monday = item(items, '2026-03-23 — next Monday');
    assert.deepEqual([monday.filterText, monday.detail, monday.textEdit?.newText], ['2026-03-23', 'Monday', '2026-03-23']);
  });

  it('offers the day after the latest predecessor ends for a task’s start', () => {
    const marked = `${PLAN}\n    depends_on: [charter, kickoff]\n    start: 2026-|`;
    const first = complete(marked)[0]!;
    assert.equal(first.label, "2026-03-05 — day after 'charter' ends (2026-03-04)");
    assert.deepEqual(editOf(marked, first), { replaces: '2026-', range: [34, 11, 16], newText: '2026-03-05' });
  });

  it('labels dates in Chinese, and offers a review in two weeks for a risk', () => {
    const items = complete(`${PLAN}\nrisks:\n  - {id: r, next_review: |}`, 'zh-cn');
    assert.deepEqual(labels(items).slice(0, 3), ['2026-04-03 — 两周后', '2026-03-20 — 状态日期', '2026-03-23 — 下周一']);
    assert.equal(items[0]!.detail, '星期五');
  });

  it('offers dates for holidays, change dates and phase dates', () => {
    const holidays = PLAN.replace('  status_date: 2026-03-20', '  status_date: 2026-03-20\n  calendar:\n    holidays: [2026-04-06, |]');
    assert.equal(labels(complete(holidays))[0], '2026-03-20 — status date');
    assert.equal(labels(complete(`${PLAN}\nchanges:\n  - id: CR-1\n    date: |`)).length, 4);
    assert.equal(labels(complete(`${PLAN}\nphases:\n  - {id: p, end: |}`)).length, 4);
  });

  it('says when a date offered is a holiday or a make-up working day of the calendar', () => {
    const festival = PLAN.replace('  status_date: 2026-03-20', '  status_date: 2026-02-13\n  calendar:\n    preset: cn');
    const items = complete(festival.replace('  - id: launch\n', '  - id: launch\n    start: |\n'), 'zh-cn');
    // Friday 13 February 2026: the next Monday is in the Spring Festival holiday.
    assert.deepEqual(
      items.slice(0, 2).map((i) => [i.label, i.detail]),
      [
        ['2026-02-13 — 状态日期', '星期五'],
        ['2026-02-16 — 下周一', '星期一 · 节假日（春节）'],
      ],
    );
    const saturday = complete(
      PLAN.replace('  status_date: 2026-03-20', '  status_date: 2026-02-14\n  calendar:\n    preset: cn').replace(
        '  - id: launch\n',
        '  - id: launch\n    start: |\n',
      ),
    );
    assert.equal(saturday[0]!.detail, 'Saturday · make-up working day (Spring Festival)');
  });
});
