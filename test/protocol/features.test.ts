import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  CodeLens,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from './lspClient';
import { applyGanttPatch } from '../../common/ganttPatch';
import type { GanttPatch } from '../../common/ganttPatch';
import { applyTreePatch, flattenTree } from '../../common/treePatch';
import type { GanttModel, TaskTree, TaskTreeNode, TaskTreePatch, ViewPatch } from '../../server/src/protocol';

const URI = 'file:///virtual/features.xproj.yaml';
const TEXT = [
  'xproj: 1',
  'project: {id: p, name: 试点, start: 2026-03-02, owner: li, manager: li, status_date: 2026-03-02}',
  'people:',
  '  - {id: li, name: 李四}',
  'tasks:',
  '  - id: design',
  '    name: 设计',
  '    owner: li',
  '    duration: 3d',
  '  - id: build',
  '    duration: 2d',
  '    depends_on: [design]',
  '',
].join('\n');
const doc = TextDocument.create(URI, 'xproj', 1, TEXT);
const at = (needle: string, nth = 0): { line: number; character: number } => {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = TEXT.indexOf(needle, offset + 1);
  }
  return doc.positionAt(offset + 1);
};
const params = (needle: string, nth = 0): object => ({ textDocument: { uri: URI }, position: at(needle, nth) });

describe('language server over stdio: editing features', () => {
  let client: LspTestClient;
  let capabilities: Record<string, unknown>;
  before(async () => {
    client = new LspTestClient();
    capabilities = await client.initialize();
    await client.open(URI, TEXT);
    await client.diagnosticsFor(URI, () => true);
  });
  after(async () => client.dispose());

  it('announces every feature', () => {
    for (const key of [
      'hoverProvider',
      'definitionProvider',
      'referencesProvider',
      'renameProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'codeActionProvider',
      'codeLensProvider',
      'inlayHintProvider',
    ]) {
      assert.ok(capabilities[key], key);
    }
  });

  it('hovers a task with its computed dates', async () => {
    const hover = await client.request<Hover>('textDocument/hover', params('design', 1));
    assert.match(JSON.stringify(hover.contents), /2026-03-02/);
  });

  it('goes to the definition and finds references', async () => {
    const definition = await client.request<Location[]>('textDocument/definition', params('design', 1));
    assert.deepEqual(
      definition.map((l) => l.range.start.line),
      [5],
    );
    const references = await client.request<Location[]>('textDocument/references', { ...params('li', 1), context: { includeDeclaration: true } });
    assert.ok(references.length >= 3);
  });

  it('renames across the document and refuses a role word with a message', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...params('design', 1), newName: 'design-phase' });
    assert.equal(edit.changes![URI]!.length, 2);
    await assert.rejects(client.request('textDocument/rename', { ...params('design', 1), newName: 'not valid' }), /./);
  });

  it('lists document and workspace symbols', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(symbols.some((s) => s.children?.some((c) => /design/.test(c.name))));
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: '设计' });
    assert.ok(found.some((s) => /design/.test(s.name)));
  });

  it('offers a quick fix for a diagnostic', async () => {
    const diagnostics = await client.diagnosticsFor(URI, (p) => p.diagnostics.length > 0);
    const missingOwner = diagnostics.find((d: Diagnostic) => d.code === 'missing-owner');
    assert.ok(missingOwner, JSON.stringify(diagnostics));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: missingOwner.range,
      context: { diagnostics: [missingOwner], only: ['quickfix'] },
    });
    assert.ok(actions.some((a) => a.edit?.changes?.[URI]?.length));
  });

  it('shows code lenses, titled as the editor resolves them, and inlay hints', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.ok(lenses.length >= 3);
    // The lenses come untitled, to be resolved as they scroll into view.
    assert.ok(lenses.every((l) => l.command === undefined && l.data !== undefined));
    const resolved = await Promise.all(lenses.map((l) => client.request<CodeLens>('codeLens/resolve', l)));
    assert.match(resolved[0]!.command!.title, /^finish 2026-/);
    assert.ok(
      resolved.slice(1).every((l) => /slack|critical/.test(l.command!.title) && l.command!.command === 'xproj.showDependents'),
      JSON.stringify(resolved),
    );
    // A lens that is not ours is answered untitled, not with an error.
    const foreign = await client.request<CodeLens>('codeLens/resolve', { range: lenses[0]!.range, data: 42 });
    assert.deepEqual(foreign.command, { title: '', command: '' });
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    });
    assert.ok(hints.some((h) => JSON.stringify(h.label).includes('2026-03-05')));
  });

  it('answers the task tree and Gantt model again as patches of the revision the client holds', async () => {
    const uri = 'file:///virtual/patches.xproj.yaml';
    await client.open(uri, TEXT);
    const tree = await client.request<TaskTree & { revision: number }>('xproj/taskTree', { uri });
    const gantt = await client.request<GanttModel & { revision: number }>('xproj/ganttModel', { uri });
    assert.ok(Number.isInteger(tree.revision) && Number.isInteger(gantt.revision));
    // Nothing changed: the same revision, an empty patch.
    const same = await client.request<ViewPatch<GanttPatch>>('xproj/ganttModel', { uri, since: gantt.revision });
    assert.equal(same.revision, gantt.revision);
    assert.deepEqual(same.patch.tasks, { rows: [], shifts: [] });
    // A line above the tasks and a renamed task: one row changes, the rows below move by a line.
    await client.change(uri, 2, TEXT.replace('tasks:\n', '# WBS\ntasks:\n').replace('name: 设计', 'name: 详细设计'));
    const treePatch = await client.request<ViewPatch<TaskTreePatch>>('xproj/taskTree', { uri, since: tree.revision });
    const ganttPatch = await client.request<ViewPatch<GanttPatch>>('xproj/ganttModel', { uri, since: gantt.revision });
    assert.equal(ganttPatch.base, gantt.revision);
    assert.deepEqual(
      ganttPatch.patch.tasks.rows.map((t) => t.name),
      ['详细设计'],
    );
    assert.deepEqual(ganttPatch.patch.tasks.shifts, [[1, 1, 1]]);
    const { revision: _g, ...wholeGantt } = await client.request<GanttModel & { revision: number }>('xproj/ganttModel', { uri });
    const { revision: _gantt, ...heldGantt } = gantt;
    assert.deepEqual(applyGanttPatch(heldGantt, ganttPatch.patch), wholeGantt);
    const { revision: _t, ...wholeTree } = await client.request<TaskTree & { revision: number }>('xproj/taskTree', { uri });
    const applied = applyTreePatch<TaskTree, TaskTreeNode>(flattenTree<TaskTreeNode>(tree.roots), treePatch.patch);
    assert.deepEqual(applied?.model, wholeTree);
    // A revision the server no longer holds (or never gave) gets the whole model.
    const stale = await client.request<GanttModel & { revision: number }>('xproj/ganttModel', { uri, since: gantt.revision });
    assert.ok(Array.isArray(stale.tasks));
    const hostile = await client.request<GanttModel & { revision: number }>('xproj/ganttModel', { uri, since: 'x' });
    assert.ok(Array.isArray(hostile.tasks));
    await client.close(uri);
  });

  it('answers the custom view requests', async () => {
    const tree = await client.request<{ roots: unknown[] }>('xproj/taskTree', { uri: URI });
    assert.ok(tree.roots.length > 0);
    const gantt = await client.request<{ tasks: { id: string }[] }>('xproj/ganttModel', { uri: URI });
    assert.deepEqual(
      gantt.tasks.map((t) => t.id),
      ['design', 'build'],
    );
    const risks = await client.request<{ groups: unknown[] }>('xproj/riskList', { uri: URI });
    assert.ok(Array.isArray(risks.groups));
    const edit = await client.request<WorkspaceEdit>('xproj/ganttEdit', { uri: URI, taskId: 'build', kind: 'resize', workingDays: 1 });
    assert.match(JSON.stringify(edit), /3d/);
    // The Tasks view's menu: a status written into the plan, and a malformed update refused with a message.
    const status = await client.request<WorkspaceEdit>('xproj/taskUpdate', { uri: URI, taskId: 'build', kind: 'status', status: 'blocked' });
    const updated = TextDocument.applyEdits(doc, status.changes![URI]!);
    assert.match(updated, / {2}- id: build\n {4}status: blocked\n {4}duration: 2d\n/);
    // The report view: Markdown to copy, the standalone page to save, the document to draw, the plan's task ids.
    const report = await client.request<{ kind: string; markdown: string; html: string; document: { title: string }; taskIds: string[] }>('xproj/report', {
      uri: URI,
      kind: 'weekly',
    });
    assert.equal(report.kind, 'weekly');
    assert.match(report.markdown, /^# /);
    assert.match(report.html, /^<!DOCTYPE html>/);
    assert.ok(report.document.title.length > 0);
    assert.deepEqual(report.taskIds, ['design', 'build']);
    await assert.rejects(client.request('xproj/report', { uri: URI, kind: 'monthly' }), /Unknown report kind/);
    await assert.rejects(client.request('xproj/taskUpdate', { uri: URI, taskId: 'build', kind: 'progress', progress: 101 }), /progress/);
  });

  it('answers null, not an error, for a document it does not hold', async () => {
    assert.equal(
      await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.xproj.yaml' }, position: { line: 0, character: 0 } }),
      null,
    );
  });
});

describe('language server over stdio: completion', () => {
  it('completes people at an owner value', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize();
      const text = TEXT.replace('    duration: 2d\n', '    owner: \n    duration: 2d\n');
      await client.open(URI, text);
      const line = text.split('\n').indexOf('    owner: ');
      const list = await client.request<{ items: { label: string }[] }>('textDocument/completion', {
        textDocument: { uri: URI },
        position: { line, character: 11 },
      });
      assert.deepEqual(
        list.items.map((i) => i.label),
        ['li'],
      );
    } finally {
      await client.dispose();
    }
  });
});
