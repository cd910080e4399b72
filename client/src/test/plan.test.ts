import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { XprojApi } from '../extension';
import { api, checked, closeAll, codesOf, openPlan, recordChecks, waitFor, workspaceFile } from './helper';

suite('Plans', () => {
  let xproj: XprojApi;

  suiteSetup(async () => {
    xproj = await api();
    recordChecks(xproj);
  });

  test('*.xproj.yaml and *.xproj.yml open as xproj, not yaml', async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    assert.equal(editor.document.languageId, 'xproj');
    const yml = workspaceFile('mini.xproj.yml');
    await vscode.workspace.fs.writeFile(yml, new TextEncoder().encode('xproj: 1\n'));
    const document = await vscode.workspace.openTextDocument(yml);
    assert.equal(document.languageId, 'xproj');
    await closeAll();
  });

  test('the example plan checks clean', async () => {
    const editor = await openPlan('enrolment/spring-enrolment.xproj.yaml');
    await checked(editor.document);
    assert.deepEqual(codesOf(editor.document.uri), []);
  });

  test('a broken plan shows its problems with codes, ranges and severities', async () => {
    const editor = await openPlan('broken.xproj.yaml');
    const uri = editor.document.uri;
    const diagnostics = await waitFor('two diagnostics', () => {
      const d = vscode.languages.getDiagnostics(uri);
      return d.length >= 2 ? d : undefined;
    });
    const owner = diagnostics.find((d) => codeOf(d) === 'missing-owner');
    const reference = diagnostics.find((d) => codeOf(d) === 'unknown-reference');
    assert.ok(owner, 'missing-owner');
    assert.ok(reference, 'unknown-reference');
    assert.equal(owner.source, 'xproj');
    assert.equal(owner.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(owner.range), 'design');
    assert.equal(reference.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(reference.range), 'desing');
  });

  test('a quick fix from the editor removes its problem', async () => {
    const editor = await openPlan('broken.xproj.yaml');
    const uri = editor.document.uri;
    const problem = await waitFor('the missing-owner problem', () => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'missing-owner'));
    const actions = await waitFor(
      'quick fixes',
      async () => {
        const found = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          uri,
          problem.range,
          vscode.CodeActionKind.QuickFix.value,
        );
        return found && found.length > 0 ? found : undefined;
      },
      10_000,
    );
    // Linked to the problem when the server says so, else the preferred fix at its range.
    const fix = actions.find((a) => a.diagnostics?.some((d) => codeOf(d) === 'missing-owner') && a.edit) ?? actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, `a quick fix for missing-owner among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /li-si/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    if (fix.command) {
      await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    }
    await checked(editor.document);
    await waitFor('missing-owner to go', () => (codesOf(uri).includes('missing-owner') ? undefined : true));
    assert.deepEqual(codesOf(uri), ['unknown-reference']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}
