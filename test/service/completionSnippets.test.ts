import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver-types';
import { PLAN, complete, editOf, item, labels } from './completionHelpers';

describe('completion of new list items', () => {
  it('offers a whole task after `- `, with tab stops, a fresh id and choices', () => {
    const marked = `${PLAN}\n  - |`;
    const items = complete(marked);
    const task = items[0]!;
    assert.equal(task.label, 'New task');
    assert.equal(task.kind, CompletionItemKind.Snippet);
    assert.equal(task.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(task.insertTextMode, InsertTextMode.asIs);
    assert.deepEqual(editOf(marked, task), {
      replaces: '',
      range: [33, 4, 4],
      newText: [
        'id: ${1:task-1}',
        '    name: ${2:task name}',
        '    owner: ${3|zhang-san,li-si,wang-wu|}',
        '    duration: ${4:1d}',
        '    depends_on: [${5}]',
        '    status: ${6|not-started,in-progress,blocked,done,cancelled|}',
      ].join('\n'),
    });
    assert.ok(labels(items).includes('id'), 'the task keys follow the snippet');
  });

  it('labels snippets in Chinese and fills placeholders in Chinese', () => {
    const risk = complete(`${PLAN}\nrisks:\n  - |`, 'zh-cn')[0]!;
    assert.equal(risk.label, '新风险');
    assert.match(risk.textEdit!.newText, /title: \$\{2:风险名称\}/);
    assert.match(risk.textEdit!.newText, /category: \$\{3\|business,technical,personnel,market,legal,schedule,budget,other\|\}/);
    assert.match(risk.textEdit!.newText, /likelihood: \$\{4\|1,2,3,4,5\|\}\n {4}impact: \$\{5\|1,2,3,4,5\|\}/);
    assert.match(
      risk.textEdit!.newText,
      /response: \$\{6\|avoid,mitigate,transfer,accept\|\}\n {4}owner: \$\{7\|zhang-san,li-si,wang-wu\|\}\n {4}contingency: \$\{8:应急预案\}$/,
    );
  });

  it('adds the dash when the item is started at the list’s column, and indents under it', () => {
    const marked = `${PLAN}\n  |`;
    const task = item(complete(marked), 'New task');
    const lines = editOf(marked, task).newText.split('\n');
    assert.deepEqual([lines[0], lines[1]], ['- id: ${1:task-1}', '    name: ${2:task name}']);
    assert.equal(item(complete(marked), 'owner').textEdit?.newText, '- owner: ');
  });

  it('indents a subtask snippet from its own column, and picks an id no task has', () => {
    const marked = 'tasks:\n  - id: task-1\n    subtasks:\n      - |';
    const lines = item(complete(marked), 'New task').textEdit!.newText.split('\n');
    assert.deepEqual([lines[0], lines[1]], ['id: ${1:task-2}', '        name: ${2:task name}']);
  });

  it('offers meetings, departments and people with choices from the plan and the schema', () => {
    const meeting = complete(`${PLAN}\nmeetings:\n  - |`)[0]!;
    assert.equal(meeting.label, 'New meeting');
    assert.match(
      meeting.textEdit!.newText,
      /cadence: \$\{3\|daily,weekly,biweekly,monthly,quarterly,once,as-needed\|\}\n {4}day: \$\{4\|mon,tue,wed,thu,fri,sat,sun\|\}/,
    );
    assert.match(meeting.textEdit!.newText, /participants: \[\$\{7:all\}\]$/);
    const department = complete(`${PLAN}\ndepartments:\n  - |`)[0]!;
    assert.equal(
      department.textEdit!.newText,
      'id: ${1:department-1}\n    name: ${2:department name}\n    head: ${3|zhang-san,li-si,wang-wu|}\n    liaison: ${4|zhang-san,li-si,wang-wu|}',
    );
    const person = complete(`${PLAN}\npeople:\n  - |`)[0]!;
    assert.equal(person.textEdit!.newText, 'id: ${1:person-1}\n    name: ${2:full name}\n    department: ${3|pmo,market|}\n    capacity: ${4:1}');
  });

  it('offers no multi-line snippet inside a flow collection', () => {
    assert.ok(!labels(complete(`${PLAN}\nrisks: [{id: r}, |]`)).includes('New risk'));
  });
});

describe('completion in incomplete documents', () => {
  it('still completes when the YAML has a syntax error elsewhere', () => {
    const broken = PLAN.replace('phases:', 'phases:\n  - {id: it, name: [}\n  - id: x\n   bad: indent');
    assert.deepEqual(labels(complete(`${broken}\n    owner: |`)), ['zhang-san', 'li-si', 'wang-wu']);
    assert.deepEqual(labels(complete(`${broken}\n    |`)).slice(0, 3), ['name', 'description', 'notes']);
  });

  it('completes the key being typed on a line without its colon', () => {
    const marked = `${PLAN}\n    dep|`;
    const depends = item(complete(marked), 'depends_on');
    assert.deepEqual(editOf(marked, depends), { replaces: 'dep', range: [33, 4, 7], newText: 'depends_on: [$1]' });
  });

  it('completes in an unclosed flow list at the end of the file', () => {
    const marked = `${PLAN}\n    depends_on: [kickoff, ch|`;
    // launch, the task being edited, is left out, and so is kickoff, already listed.
    assert.deepEqual(labels(complete(marked)), ['charter', 'design']);
    assert.deepEqual(editOf(marked, item(complete(marked), 'charter')).replaces, 'ch');
  });

  it('completes the value of a key in a task whose mapping is not finished', () => {
    const marked = `${PLAN}\n  - id: new\n    owner: |\n  - {id: broken, depends_on: [`;
    assert.deepEqual(labels(complete(marked)), ['zhang-san', 'li-si', 'wang-wu']);
  });

  it('offers nothing in a comment, after a closed flow list, or for free text', () => {
    assert.deepEqual(complete(`${PLAN}\n    # owner: |`), []);
    assert.deepEqual(complete(`${PLAN}\n    depends_on: [kickoff] |`), []);
    assert.deepEqual(complete(`${PLAN}\n    name: |`), []);
  });
});
