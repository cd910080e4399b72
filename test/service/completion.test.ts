import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { PLAN, applied, complete, editOf, item, labels } from './completionHelpers';

const PEOPLE = ['zhang-san', 'li-si', 'wang-wu'];
const DEPARTMENTS = ['pmo', 'market'];

describe('completion of ids', () => {
  it('offers people for an owner, with name and department, filterable by name, replacing the id being typed', () => {
    const marked = PLAN.replace('    owner: li-si', '    owner: l|');
    const items = complete(marked);
    assert.deepEqual(labels(items), PEOPLE);
    const li = item(items, 'li-si');
    assert.equal(li.detail, '李四 · 项目管理部');
    assert.equal(li.kind, CompletionItemKind.Reference);
    assert.equal(li.filterText, 'li-si 李四');
    assert.deepEqual(li.labelDetails, { detail: ' 李四 · 项目管理部' }, 'the name is on the line of the id, not only in the details');
    assert.deepEqual(editOf(marked, li), { replaces: 'l', range: [22, 11, 12], newText: 'li-si' });
  });

  it('replaces the whole id when the cursor is in the middle of it', () => {
    const marked = PLAN.replace('    owner: li-si', '    owner: li|-s');
    assert.deepEqual(editOf(marked, item(complete(marked), 'wang-wu')), { replaces: 'li-s', range: [22, 11, 15], newText: 'wang-wu' });
  });

  it('completes people in the flow style too, and inside quotes', () => {
    const flow = `${PLAN}\n  - {id: extra, owner: w|}`;
    assert.deepEqual(editOf(flow, item(complete(flow), 'wang-wu')), { replaces: 'w', range: [33, 23, 24], newText: 'wang-wu' });
    const quoted = PLAN.replace('    owner: li-si', '    owner: "zh|"');
    assert.deepEqual(editOf(quoted, item(complete(quoted), 'zhang-san')).replaces, 'zh');
  });

  it('offers people for manager, chair, liaison, head, assignees and requested_by', () => {
    for (const marked of [
      PLAN.replace('  manager: li-si', '  manager: |'),
      `${PLAN}\nmeetings:\n  - {id: weekly, chair: |}`,
      `${PLAN}\ndepartments:\n  - id: it\n    liaison: |`,
      PLAN.replace('head: wang-wu,', 'head: |,'),
      `${PLAN}\n    assignees: [|]`,
      `${PLAN}\n    assignees:\n      - {person: |, load: 0.5}`,
    ]) {
      assert.deepEqual(labels(complete(marked)), PEOPLE, marked.slice(-40));
    }
    assert.deepEqual(labels(complete(`${PLAN}\nchanges:\n  - {id: CR-1, requested_by: |}`)), [...PEOPLE, ...DEPARTMENTS]);
  });

  it('offers departments for department, with their names', () => {
    const items = complete(PLAN.replace('    owner: li-si', '    department: |'));
    assert.deepEqual(labels(items), DEPARTMENTS);
    assert.equal(item(items, 'market').detail, '市场部 · department');
    assert.equal(item(items, 'market').kind, CompletionItemKind.Class);
    assert.deepEqual(labels(complete(PLAN.replace('name: 王五, department: market', 'name: 王五, department: m|'))), DEPARTMENTS);
  });

  it('offers people, then departments, for RACI letters and the sponsor; `all` first for participants', () => {
    const raci = `${PLAN}\n    raci: {R: [li-si], A: |}`;
    assert.deepEqual(labels(complete(raci)), [...PEOPLE, ...DEPARTMENTS]);
    assert.deepEqual(labels(complete(`${PLAN}\n    raci:\n      R: [li-si, |]`)), ['zhang-san', 'wang-wu', ...DEPARTMENTS]);
    assert.deepEqual(labels(complete(PLAN.replace('  manager: li-si', '  manager: li-si\n  sponsor: |'))), [...PEOPLE, ...DEPARTMENTS]);
    const participants = complete(`${PLAN}\nmeetings:\n  - {id: weekly, participants: [pmo, |]}`);
    assert.deepEqual(labels(participants), ['all', ...PEOPLE, 'market']);
    assert.equal(item(participants, 'all').kind, CompletionItemKind.Keyword);
  });

  it('offers phases for phase and tasks for affects and a budget item’s task', () => {
    assert.deepEqual(labels(complete(`${PLAN}\n    phase: |`)), ['initiation', 'execution']);
    const affects = complete(`${PLAN}\nrisks:\n  - {id: r1, affects: [design, |]}`);
    assert.deepEqual(labels(affects), ['kickoff', 'charter', 'launch']);
    assert.equal(item(affects, 'kickoff').detail, '召开项目启动会');
    assert.equal(item(affects, 'kickoff').kind, CompletionItemKind.Event);
    assert.match(String((item(affects, 'kickoff').documentation as { value: string }).value), /2026-03-02 → 2026-03-02/);
    assert.deepEqual(labels(complete(`${PLAN}\nbudget:\n  items:\n    - {id: venue, amount: 100, task: |}`)), ['kickoff', 'charter', 'design', 'launch']);
  });

  it('offers role words, then people and departments, for approvers; escalation has its own words', () => {
    const approver = complete(`${PLAN}\nbudget:\n  approvals:\n    - {up_to: 10000, approver: |}`);
    assert.deepEqual(labels(approver), ['department-head', 'finance', 'manager', 'owner', 'sponsor', ...PEOPLE, ...DEPARTMENTS]);
    assert.equal(item(approver, 'manager').detail, 'role · The project manager (now li-si)');
    const approvedBy = complete(`${PLAN}\nbudget:\n  items:\n    - id: venue\n      approved_by: |`);
    assert.deepEqual(labels(approvedBy).slice(0, 5), ['department-head', 'finance', 'manager', 'owner', 'sponsor']);
    const escalation = complete(PLAN.replace('  status_date: 2026-03-20', '  status_date: 2026-03-20\n  escalation: [department, |]'));
    assert.deepEqual(labels(escalation).slice(0, 4), ['manager', 'owner', 'sponsor', 'committee']);
  });

  it('quotes an id that YAML would read as a number', () => {
    const marked = `${PLAN.replace('  - {id: zhang-san', '  - {id: "007"')}\n    owner: |`;
    assert.equal(editOf(marked, item(complete(marked), '007')).newText, '"007"');
  });

  it('inserts a space after a colon typed without one', () => {
    const marked = PLAN.replace('    owner: li-si', '    owner:|');
    assert.equal(applied(marked, item(complete(marked), 'li-si')).split('\n')[22], '    owner: li-si');
  });

  it('wraps ids in brackets after a list key and adds the dash on a new line below it', () => {
    const inline = `${PLAN}\n    assignees: |`;
    assert.equal(editOf(inline, item(complete(inline), 'li-si')).newText, '[li-si]');
    const below = `${PLAN}\n    assignees:\n      |`;
    assert.equal(editOf(below, item(complete(below), 'li-si')).newText, '- li-si');
  });

  it('says which language a Chinese editor speaks', () => {
    const items = complete(`${PLAN}\n    raci: {A: |}`, 'zh-cn');
    assert.equal(item(items, 'pmo').detail, '项目管理部 · 部门');
    const roles = complete(`${PLAN}\nbudget:\n  approvals:\n    - {approver: |}`, 'zh-cn');
    assert.equal(item(roles, 'owner').detail, '角色 · 项目总负责人（当前为 zhang-san）');
  });
});

describe('completion of depends_on', () => {
  const TASKS = 'tasks:\n  - id: kickoff\n  - id: charter\n    depends_on: [kickoff]\n  - id: design\n    depends_on: [charter]\n  - id: launch';

  it('never offers the task itself, a task that already waits on it, or one already listed', () => {
    assert.deepEqual(labels(complete(`${PLAN}\n    depends_on: [|]`)), ['kickoff', 'charter', 'design']);
    assert.deepEqual(labels(complete(TASKS.replace('  - id: kickoff', '  - id: kickoff\n    depends_on: [|]'))), ['launch']);
    assert.deepEqual(labels(complete(TASKS.replace('depends_on: [charter]', 'depends_on: [charter, |]'))), ['kickoff', 'launch']);
    assert.deepEqual(labels(complete(TASKS.replace('  - id: charter\n', '  - id: charter\n    depends_on:\n      - |\n'))), ['launch']);
  });

  it('excludes the same tasks in the block style and in the `{task: ...}` form', () => {
    const block = TASKS.replace('depends_on: [kickoff]', 'depends_on:\n      - kickoff\n      - |');
    assert.deepEqual(labels(complete(block)), ['launch']);
    const object = TASKS.replace('depends_on: [charter]', 'depends_on: [charter, {task: |, type: SS}]');
    assert.deepEqual(labels(complete(object)), ['kickoff', 'launch']);
  });

  it('excludes a subtask’s own parents and a summary’s own subtasks, which the WBS links to them', () => {
    const wbs =
      'tasks:\n  - id: phase1\n    subtasks:\n      - id: a\n        depends_on: [|]\n      - id: b\n  - id: free\n  - id: after\n    depends_on: [phase1]';
    // `after` waits for phase1, which spans a: a waiting for `after` would be a cycle.
    assert.deepEqual(labels(complete(wbs)), ['b', 'free']);
    const summary = 'tasks:\n  - id: phase1\n    depends_on: [|]\n    subtasks:\n      - id: a\n      - id: b\n  - id: other';
    assert.deepEqual(labels(complete(summary)), ['other']);
  });

  it('replaces exactly the partial id in a flow list', () => {
    const marked = TASKS.replace('  - id: launch', '  - id: launch\n    depends_on: [kickoff, des|]');
    const design = item(complete(marked), 'design');
    assert.deepEqual(editOf(marked, design), { replaces: 'des', range: [7, 26, 29], newText: 'design' });
  });

  it('finds the task by the id written in its mapping, even with the id after depends_on', () => {
    const marked = TASKS.replace('  - id: kickoff', '  - depends_on: [|]\n    id: kickoff');
    assert.deepEqual(labels(complete(marked)), ['launch']);
  });
});
