import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { XprojApi } from '../extension';
import { toVsRange } from '../reveal';
import type { TaskElement } from '../views/taskItems';
import { api, checked, openPlan, recordChecks, waitFor } from './helper';

const PLAN = 'enrolment/spring-enrolment.xproj.yaml';

async function flatten(xproj: XprojApi, elements?: TaskElement[]): Promise<TaskElement[]> {
  const out: TaskElement[] = [];
  for (const element of elements ?? (await xproj.tasks.getChildren())) {
    out.push(element, ...(await flatten(xproj, await xproj.tasks.getChildren(element))));
  }
  return out;
}

suite('Views', () => {
  let xproj: XprojApi;

  suiteSetup(async () => {
    xproj = await api();
    recordChecks(xproj);
    const editor = await openPlan(PLAN);
    await checked(editor.document);
  });

  test('the task tree shows phases, then summary tasks, then tasks', async () => {
    const roots = await waitFor('phases', async () => {
      const r = await xproj.tasks.getChildren();
      return r.length > 0 ? r : undefined;
    });
    assert.deepEqual(
      roots.map((r) => (r.kind === 'phase' ? r.node.name : r.node.id)),
      ['启动阶段', '规划阶段', '执行阶段', '监控阶段', '收尾阶段'],
    );
    const all = await flatten(xproj);
    const ids = all.flatMap((e) => (e.kind === 'task' ? [e.node.id] : []));
    for (const id of ['kickoff', 'promotion', 'brochure', 'open-day-event', 'final-acceptance']) {
      assert.ok(ids.includes(id), id);
    }
    const brochure = all.find((e) => e.kind === 'task' && e.node.id === 'brochure');
    assert.equal(brochure?.parent?.kind === 'task' ? brochure.parent.node.id : undefined, 'promotion');
    const item = xproj.tasks.getTreeItem(all.find((e) => e.kind === 'task' && e.node.id === 'kickoff')!);
    assert.ok(String(item.description).includes('2026-03'), `dates in "${String(item.description)}"`);
    assert.ok(item.tooltip instanceof vscode.MarkdownString);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'pass-filled', 'kickoff is done');
  });

  test('every element of both trees renders', async () => {
    for (const element of await flatten(xproj)) {
      const item = xproj.tasks.getTreeItem(element);
      assert.ok(item.label, element.key);
      const children = await xproj.tasks.getChildren(element);
      assert.equal(children.length > 0, item.collapsibleState !== vscode.TreeItemCollapsibleState.None, `${element.key} has ${children.length} children`);
    }
    for (const group of await xproj.risks.getChildren()) {
      for (const risk of await xproj.risks.getChildren(group)) {
        assert.ok(xproj.risks.getTreeItem(risk).label);
      }
    }
  });

  test('clicking a task reveals its id in the editor', async () => {
    const all = await flatten(xproj);
    const element = all.find((e) => e.kind === 'task' && e.node.id === 'open-day-event')!;
    const command = xproj.tasks.getTreeItem(element).command!;
    assert.equal(command.command, 'xproj.revealTask');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'open-day-event');
  });

  test('the tree selection follows the editor cursor', async () => {
    await vscode.commands.executeCommand('xproj.tasks.focus');
    const editor = await openPlan(PLAN);
    const all = await flatten(xproj);
    const venue = all.find((e) => e.kind === 'task' && e.node.id === 'venue')!;
    const range = toVsRange((venue.node as { range: Parameters<typeof toVsRange>[0] }).range);
    // Two lines below the id, inside the task's block.
    let changes = 0;
    const counting = xproj.ctx.onPlanChanged(() => changes++);
    const inside = new vscode.Position(range.start.line + 2, 14);
    editor.selection = new vscode.Selection(inside, inside);
    await waitFor('the tree to select venue', () => (xproj.tasks.view.selection[0]?.node.id === 'venue' ? true : undefined), 10_000)
      .catch(async (e: Error) => {
        const active = vscode.window.activeTextEditor;
        const facts = [
          `view visible: ${xproj.tasks.view.visible}`,
          `selected: ${xproj.tasks.view.selection.map((s) => s.node.id).join()}`,
          `active editor is the plan: ${active?.document.uri.toString() === editor.document.uri.toString()}`,
          `cursor line: ${active?.selection.active.line} (venue at ${range.start.line})`,
          `planChanged during the wait: ${changes}`,
        ];
        const again = (await flatten(xproj)).find((x) => x.kind === 'task' && x.node.id === 'venue')!;
        await xproj.tasks.view.reveal(again, { select: true, focus: false });
        await new Promise((resolve) => setTimeout(resolve, 500));
        facts.push(`after a direct reveal: ${xproj.tasks.view.selection.map((s) => s.node.id).join()}`);
        throw new Error(`${e.message} (${facts.join('; ')})`);
      })
      .finally(() => counting.dispose());
  });

  test('filters narrow the tree and clear again', async () => {
    await vscode.commands.executeCommand('xproj.filterTasks', { criticalOnly: true });
    const critical = (await flatten(xproj)).filter((e) => e.kind === 'task' && e.node.children.length === 0);
    assert.ok(critical.length > 0);
    assert.ok(critical.every((e) => e.kind === 'task' && e.node.critical));
    assert.ok(!critical.some((e) => e.node.id === 'brochure'), 'brochure has slack');
    await vscode.commands.executeCommand('xproj.clearTaskFilter');
    assert.ok((await flatten(xproj)).some((e) => e.node.id === 'brochure'));
    await vscode.commands.executeCommand('xproj.filterTasks', { owner: 'li-na', status: 'done' });
    const filtered = (await flatten(xproj)).filter((e) => e.kind === 'task' && e.node.children.length === 0);
    assert.ok(filtered.every((e) => e.kind === 'task' && e.node.owner?.id === 'li-na' && e.node.status === 'done'));
    await vscode.commands.executeCommand('xproj.clearTaskFilter');
  });

  test('the risk tree groups the register high, medium, low', async () => {
    const groups = await xproj.risks.getChildren();
    assert.deepEqual(
      groups.map((g) => (g.kind === 'group' ? g.group.level : '')),
      ['high', 'medium', 'low'],
    );
    const risks = await xproj.risks.allRisks();
    assert.equal(risks.length, 8);
    const high = groups[0]!;
    const highRisks = await xproj.risks.getChildren(high);
    assert.equal(highRisks.length, 2);
    const item = xproj.risks.getTreeItem(highRisks[0]!);
    assert.equal(item.command?.command, 'xproj.revealRisk');
    assert.ok(String(item.description).length > 0, 'owner and review date');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(risks.some((r) => r.id === editor.document.getText(editor.selection)));
  });
});
