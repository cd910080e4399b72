import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { XprojApi } from '../extension';
import type { TaskElement } from '../views/taskItems';
import { api, checked, openPlan, recordChecks, waitFor } from './helper';

const PLAN = 'enrolment/spring-enrolment.xproj.yaml';

/** The value written for `field` in the task `id`'s own block (up to the next task), or undefined. */
function fieldOf(document: vscode.TextDocument, id: string, field: string): string | undefined {
  const lines = document.getText().split('\n');
  const at = lines.findIndex((l) => l.trim() === `- id: ${id}`);
  for (let i = at + 1; at >= 0 && i < lines.length && !lines[i]!.trim().startsWith('- id:'); i++) {
    const m = new RegExp(`^\\s+${field}:\\s*(\\S+)`).exec(lines[i]!);
    if (m) {
      return m[1];
    }
  }
  return undefined;
}

/** Ctrl+Z in the plan's editor, until the text is back where it was (each menu update is one step). */
async function undo(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  await vscode.commands.executeCommand('undo');
}

async function taskElement(xproj: XprojApi, id: string): Promise<TaskElement> {
  const find = async (elements: TaskElement[]): Promise<TaskElement | undefined> => {
    for (const e of elements) {
      if (e.kind === 'task' && e.node.id === id) {
        return e;
      }
      const inner = await find(await xproj.tasks.getChildren(e));
      if (inner) {
        return inner;
      }
    }
    return undefined;
  };
  return waitFor(`the tree's ${id}`, async () => find(await xproj.tasks.getChildren()));
}

suite('Task menus', () => {
  let xproj: XprojApi;

  suiteSetup(async () => {
    xproj = await api();
    recordChecks(xproj);
  });

  test("the Tasks view's Set Status writes the plan, and one undo takes it back", async () => {
    const editor = await openPlan(PLAN);
    await checked(editor.document);
    const before = editor.document.getText();
    const element = await taskElement(xproj, 'open-day-event');
    assert.equal(await vscode.commands.executeCommand('xproj.setTaskStatus', element, 'in-progress'), true);
    assert.equal(fieldOf(editor.document, 'open-day-event', 'status'), 'in-progress');
    await undo(editor);
    assert.equal(editor.document.getText(), before);
  });

  test('Mark as Done writes status, progress and the actual end in one step', async () => {
    const editor = await openPlan(PLAN);
    await checked(editor.document);
    const before = editor.document.getText();
    const uri = editor.document.uri.toString();
    assert.equal(await vscode.commands.executeCommand('xproj.markTaskDone', { uri, taskId: 'venue' }), true);
    assert.equal(fieldOf(editor.document, 'venue', 'status'), 'done');
    assert.equal(fieldOf(editor.document, 'venue', 'progress'), '100');
    assert.match(fieldOf(editor.document, 'venue', 'actual_end') ?? '', /^\d{4}-\d{2}-\d{2}$/);
    await undo(editor);
    assert.equal(editor.document.getText(), before);
  });

  test("the Gantt's right-click Set Progress (a bar's menu context) writes the plan", async () => {
    const editor = await openPlan(PLAN);
    await checked(editor.document);
    await vscode.commands.executeCommand('xproj.showGantt');
    await waitFor("the chart's tasks", () => xproj.gantt()?.task('supplies'));
    const before = editor.document.getText();
    // What VS Code passes a webview/context command: the bar's data-vscode-context and the view type.
    const context = { webview: 'xproj.gantt', webviewSection: 'task', taskId: 'supplies', taskKind: 'task', preventDefaultContextMenuItems: true };
    assert.equal(await vscode.commands.executeCommand('xproj.setTaskProgress', context, 80), true);
    assert.equal(fieldOf(editor.document, 'supplies', 'progress'), '80');
    await undo(editor);
    assert.equal(editor.document.getText(), before);
  });

  test('a refused update says why and leaves the plan alone', async () => {
    const editor = await openPlan(PLAN);
    await checked(editor.document);
    const before = editor.document.getText();
    const uri = editor.document.uri.toString();
    assert.equal(await vscode.commands.executeCommand('xproj.setTaskProgress', { uri, taskId: 'no-such-task' }, 50), false);
    assert.equal(editor.document.getText(), before);
  });
});
