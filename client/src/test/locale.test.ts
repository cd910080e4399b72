import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { XprojApi } from '../extension';
import { EXTENSION_ID, api, checked, openPlan, recordChecks } from './helper';

/** Runs in both UIs; its expectations follow `vscode.env.language`. */
suite('Localisation', () => {
  let xproj: XprojApi;
  const chinese = vscode.env.language.startsWith('zh');

  suiteSetup(async () => {
    xproj = await api();
    recordChecks(xproj);
  });

  test(`the manifest strings are in the UI language (${vscode.env.language})`, () => {
    type Title = string | { value: string; original: string };
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string; title: Title }[] } };
    const title = manifest.contributes.commands.find((c) => c.command === 'xproj.newPlan')?.title;
    // A translated title keeps the English one beside it for the command palette's search.
    assert.equal(typeof title === 'object' ? title.value : title, chinese ? '从模板新建计划' : 'New Plan from Template');
  });

  test('runtime strings and server messages are in the UI language', async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    const groups = await xproj.risks.getChildren();
    const labels = groups.map((g) => (g.kind === 'group' ? g.group.label : ''));
    assert.deepEqual(labels, chinese ? ['高风险', '中风险', '低风险'] : ['High', 'Medium', 'Low']);
    const [phase] = await xproj.tasks.getChildren();
    const [summary] = await xproj.tasks.getChildren(phase);
    const tooltip = xproj.tasks.getTreeItem(summary!).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, chinese ? /责任人/ : /Owner/);
  });
});
