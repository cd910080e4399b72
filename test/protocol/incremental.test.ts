import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspTestClient } from './lspClient';
import { loadGenerator } from '../helpers/generator';

const URI = 'file:///virtual/large.xproj.yaml';

interface Change {
  readonly range: { readonly start: Position; readonly end: Position };
  readonly text: string;
}
interface Position {
  readonly line: number;
  readonly character: number;
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** An edit of `text` at the first match of `find` after `fraction` of it, as an LSP change and the new text. */
function editAt(text: string, fraction: number, find: RegExp, replace: (match: string) => string): { change: Change; text: string } {
  const re = new RegExp(find.source, 'g');
  re.lastIndex = Math.floor(text.length * fraction);
  const m = re.exec(text)!;
  const inserted = replace(m[0]);
  return {
    change: { range: { start: positionAt(text, m.index), end: positionAt(text, m.index + m[0].length) }, text: inserted },
    text: text.slice(0, m.index) + inserted + text.slice(m.index + m[0].length),
  };
}

describe('language server over stdio: incremental changes', () => {
  let editing: LspTestClient;
  let fresh: LspTestClient;
  let plan: (tasks: number) => string;
  before(async () => {
    const { generatePlan } = await loadGenerator();
    plan = (tasks) => generatePlan({ tasks, seed: 5 });
    editing = new LspTestClient();
    fresh = new LspTestClient();
    await Promise.all([editing.initialize(), fresh.initialize()]);
  });
  after(async () => Promise.all([editing.dispose(), fresh.dispose()]));

  /** The diagnostics a server that never saw an earlier version publishes for `text`. */
  async function freshDiagnostics(text: string): Promise<Diagnostic[]> {
    await fresh.open(URI, text, 1);
    const diagnostics = await fresh.diagnosticsFor(URI, (p) => p.version === 1);
    await fresh.close(URI);
    await fresh.diagnosticsFor(URI, (p) => p.version === undefined && p.diagnostics.length === 0);
    return diagnostics;
  }

  it('publishes after each ranged change what a fresh open of the same text gets', async () => {
    let text = plan(120);
    await editing.open(URI, text, 1);
    await editing.diagnosticsFor(URI, (p) => p.version === 1);
    const edits: [number, RegExp, (m: string) => string][] = [
      [0.3, /duration: \d+d/, () => 'duration: 9d'],
      [0.5, /depends_on: \[/, (m) => `${m}t000002, `],
      [0.6, /owner: p\d+/, () => 'owner: nobody'],
      [0.4, /duration: \d+d/, () => 'duration: [9d'],
      [0.4, /duration: \[9d/, () => 'duration: 9d'],
      [0.7, /\n {10}- id: /, (m) => `\n          - id: extra\n            name: Extra${m}`],
      [0.2, /name: [^\n]+/, () => 'name: 改名的任务'],
      [0.8, /\n {10}- id: t\d+/, () => ''],
    ];
    let version = 1;
    for (const [fraction, find, replace] of edits) {
      const edit = editAt(text, fraction, find, replace);
      text = edit.text;
      version++;
      await editing.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [edit.change] });
      const v = version;
      const incremental = await editing.diagnosticsFor(URI, (p) => p.version === v);
      assert.deepStrictEqual(incremental, await freshDiagnostics(text), `after change ${v}: ${edit.change.text}`);
    }
    assert.ok(text.includes('duration: 9d'));
  });

  it('shows a large plan’s syntax and schema problems first when it opens, then the rules’', async () => {
    const text = plan(700)
      .replace('status: not-started', 'status: started')
      .replace(/owner: p00001\b/, 'owner: nobody');
    assert.ok(text.length > 256 * 1024);
    const published: string[][] = [];
    await editing.open('file:///virtual/opened.xproj.yaml', text, 1);
    await editing.diagnosticsFor('file:///virtual/opened.xproj.yaml', (p) => {
      published.push(p.diagnostics.map((d) => String(d.code)));
      return p.diagnostics.some((d) => d.code === 'unknown-reference');
    });
    assert.deepEqual(published[0], ['schema']);
    assert.ok(published[published.length - 1]!.includes('schema'));
  });
});
