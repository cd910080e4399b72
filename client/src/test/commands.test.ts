import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { XprojApi } from '../extension';
import { GanttPanel } from '../ganttPanel';
import { nextMonday } from '../newPlan';
import { EXTENSION_ID, api, checked, codesOf, openPlan, recordChecks, waitFor, workspaceFile } from './helper';

function ganttTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(GanttPanel.viewType));
}

suite('Commands', () => {
  let xproj: XprojApi;

  suiteSetup(async () => {
    xproj = await api();
    recordChecks(xproj);
  });

  test('every command of the manifest is registered', async () => {
    const all = await vscode.commands.getCommands(true);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    assert.ok(
      manifest.contributes.commands.some((c) => c.command === 'xproj.showGantt'),
      'the manifest read',
    );
    for (const { command: id } of manifest.contributes.commands) {
      assert.ok(all.includes(id), id);
    }
  });

  test('xproj.showGantt opens the chart beside the plan', async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    await vscode.commands.executeCommand('xproj.showGantt');
    const tab = await waitFor('the Gantt tab', ganttTab);
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the plan, not over it');
    // The test bundle has its own copy of the panel class: ask the extension's.
    assert.equal(xproj.gantt()?.planUri?.toString(), editor.document.uri.toString());
  });

  test("xproj.showLoad opens the Resources panel beside the plan with its people's load", async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    await vscode.commands.executeCommand('xproj.showLoad');
    // The panel asks the server once its webview is ready: the model it drew.
    const model = await waitFor('the Resources model', () => xproj.load()?.model);
    assert.equal(model.uri, editor.document.uri.toString());
    const people = model.people.map((p) => p.id);
    assert.ok(people.includes('wu-hao') && people.includes('zhou-ting'), people.join(', '));
    assert.ok(model.people.every((p) => p.runs.length > 0 && p.bookings.length > 0));
  });

  test('xproj.showPortfolio opens every plan of the workspace on one timeline, the active one first', async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    await vscode.commands.executeCommand('xproj.showPortfolio');
    const model = await waitFor('the Portfolio model', () => xproj.portfolio()?.model);
    assert.equal(model.plans[0]?.uri, editor.document.uri.toString());
    const names = model.plans.map((p) => p.name);
    // The test workspace's other plan, unopened, is in too.
    assert.deepEqual(names.slice(0, 2), ['2026年春季招生推进项目', 'Broken demo']);
    // The organisation file has no project: it is no row.
    assert.ok(model.plans.every((p) => !p.uri.endsWith('organisation.xproj.yaml')));
    assert.ok(model.plans[0]!.phases.length > 0 && model.plans[0]!.milestones.length > 0);
  });

  test('xproj.openReport opens the weekly report of the plan beside it', async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    await vscode.commands.executeCommand('xproj.openReport', 'weekly');
    const report = await waitFor('the weekly report', () => xproj.report()?.model);
    assert.equal(report.kind, 'weekly');
    assert.ok(report.taskIds.includes('kickoff'), report.taskIds.join(', '));
    assert.match(report.markdown, /^# /m);
  });

  test("a task's code lens is titled on resolve and its command peeks the tasks that depend on it", async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    // As the editor does: the lenses, then the first ones resolved.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 200);
    assert.match(lenses[0]?.command?.title ?? '', /^finish 2026-/);
    const withDependents = lenses.find((l) => l.command?.command === 'xproj.showDependents' && /dependent/.test(l.command.title));
    assert.ok(withDependents, lenses.map((l) => l.command?.title).join(' | '));
    const [uri, position, locations] = withDependents.command!.arguments as [string, vscode.Position, unknown[]];
    assert.ok(locations.length > 0);
    // The command the lens runs is registered, and takes the lens's LSP-shaped arguments.
    await vscode.commands.executeCommand('xproj.showDependents', uri, position, locations);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  test('xproj.exportGantt writes an SVG of the chart', async () => {
    const target = workspaceFile('chart.svg');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('xproj.exportGantt', undefined, target);
    assert.equal(written?.toString(), target.toString());
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(svg, /<svg[\s>]/);
    assert.match(svg, /data-task-id="kickoff"/);
  });

  test('xproj.compareWithBaseline opens the comparison as Markdown beside the plan', async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    // The plan against itself as a file baseline: a report with no slip, and no picker (the base is given).
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
      'xproj.compareWithBaseline',
      editor.document.uri,
      './spring-enrolment.xproj.yaml',
    );
    assert.equal(doc?.languageId, 'markdown');
    assert.ok((doc?.getText().length ?? 0) > 0);
    assert.ok(doc?.isUntitled, 'an untitled document, nothing written to disk');
  });

  test('xproj.exportPlan writes the plan as MS Project XML, and xproj.importPlan reads it back as a plan that checks', async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    const xml = workspaceFile('exported.xml');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('xproj.exportPlan', editor.document.uri, 'mspdi', xml);
    assert.equal(written?.toString(), xml.toString());
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(xml)), /<Project xmlns="http:\/\/schemas\.microsoft\.com\/project">/);
    const plan = workspaceFile('imported.xproj.yaml');
    const imported = await vscode.commands.executeCommand<vscode.Uri | undefined>('xproj.importPlan', xml, plan);
    assert.equal(imported?.toString(), plan.toString());
    const document = await vscode.workspace.openTextDocument(plan);
    assert.match(document.getText(), /^# Imported by XProj from exported\.xml\./);
    await checked(document);
    assert.ok(!codesOf(plan).includes('schema'), 'the imported plan is a valid plan');
  });

  test('xproj.newPlan writes a plan from the template that checks clean', async () => {
    const start = nextMonday();
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('xproj.newPlan', { name: 'E2E 新项目', start });
    assert.ok(uri, 'a plan was written');
    assert.match(uri.path, /e2e-新项目\.xproj\.yaml$/);
    const editor = await waitFor('the new plan in the editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === uri.toString() ? e : undefined;
    });
    assert.equal(editor.document.languageId, 'xproj');
    assert.match(editor.document.getText(), new RegExp(`start: ${start}`));
    await checked(editor.document);
    assert.deepEqual(codesOf(uri), []);
  });

  test('xproj.restartServer brings the server back', async () => {
    await vscode.commands.executeCommand('xproj.restartServer');
    assert.ok(xproj.ctx.running);
    const editor = await openPlan('broken.xproj.yaml');
    await waitFor('diagnostics after the restart', () => (codesOf(editor.document.uri).includes('unknown-reference') ? true : undefined));
  });
});
