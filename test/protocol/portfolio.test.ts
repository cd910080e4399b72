import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ORG, planText } from '../helpers/workspace';
import { LspTestClient } from './lspClient';

const A = planText('a', ['id: build, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]']);
const B = planText('b', ['id: train, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}]']);
const C = planText('c', ['id: alone, start: 2026-03-02, duration: 5d, assignees: [boss]']);

function overallocations(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === 'overallocation');
}

describe('language server over stdio: plans checked together', () => {
  let dir: string;
  let client: LspTestClient;
  const uri = (name: string): string => pathToFileURL(join(dir, name)).href;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xproj-portfolio-'));
    for (const [name, text] of Object.entries({ 'org.xproj.yaml': ORG, 'a.xproj.yaml': A, 'b.xproj.yaml': B, 'c.xproj.yaml': C })) {
      writeFileSync(join(dir, name), text);
    }
    client = new LspTestClient();
    await client.initialize('en', pathToFileURL(dir).href);
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the conflict with a plan that is not open, pointing at its task', async () => {
    await client.open(uri('a.xproj.yaml'), A);
    const diagnostics = overallocations(await client.diagnosticsFor(uri('a.xproj.yaml'), (p) => p.diagnostics.some((d) => d.code === 'overallocation')));
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.message]),
      [
        [
          4,
          70,
          "李娜 (li-na) is overallocated across plans on task 'build' from 2026-03-06: together with task 'train' of plan 'Plan B', the load reaches 1.1 FTE against a capacity of 1.",
        ],
      ],
    );
    assert.deepEqual(
      diagnostics[0]!.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.location.range.start.character, r.message]),
      [[uri('b.xproj.yaml'), 4, 70, "李娜 (li-na) on task 'train' of plan 'Plan B' (0.6 FTE)"]],
    );
  });

  it('leaves a plan that shares nobody alone', async () => {
    await client.open(uri('c.xproj.yaml'), C);
    const diagnostics = await client.diagnosticsFor(uri('c.xproj.yaml'), () => true);
    assert.deepEqual(overallocations(diagnostics), []);
  });

  it("updates the other open plan's diagnostics when one is edited", async () => {
    await client.open(uri('b.xproj.yaml'), B);
    await client.diagnosticsFor(uri('b.xproj.yaml'), (p) => overallocations(p.diagnostics).length === 1);
    // Plan A's task moves a week later: no more overlap, in either plan.
    await client.change(uri('a.xproj.yaml'), 2, A.replace('id: build, start: 2026-03-02', 'id: build, start: 2026-03-16'));
    await client.diagnosticsFor(uri('a.xproj.yaml'), (p) => p.version === 2 && overallocations(p.diagnostics).length === 0);
    await client.diagnosticsFor(uri('b.xproj.yaml'), (p) => overallocations(p.diagnostics).length === 0);
    // And back: the conflict returns in both.
    await client.change(uri('a.xproj.yaml'), 3, A.replace('load: 0.5', 'load: 0.7'));
    const a = await client.diagnosticsFor(uri('a.xproj.yaml'), (p) => p.version === 3 && overallocations(p.diagnostics).length === 1);
    assert.match(String(overallocations(a)[0]!.message), /reaches 1\.3 FTE/);
    const b = await client.diagnosticsFor(uri('b.xproj.yaml'), (p) => overallocations(p.diagnostics).some((d) => String(d.message).includes('1.3 FTE')));
    assert.match(String(overallocations(b)[0]!.message), /together with task 'build' of plan 'Plan A'/);
    const c = await client.diagnosticsFor(uri('c.xproj.yaml'), () => true);
    assert.deepEqual(overallocations(c), []);
  });

  it('answers the levelling quick fix on a portfolio diagnostic', async () => {
    const [diagnostic] = overallocations(await client.diagnosticsFor(uri('b.xproj.yaml'), (p) => overallocations(p.diagnostics).length === 1));
    const actions = await client.request<{ title: string; disabled?: { reason: string } }[]>('textDocument/codeAction', {
      textDocument: { uri: uri('b.xproj.yaml') },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    // Plan B's only task is its critical path: no slack to delay it in.
    assert.deepEqual(
      actions.map((a) => [a.title, a.disabled?.reason]),
      [
        [
          'No conflicting task can be delayed within its slack to end this overallocation',
          'No conflicting task can be delayed within its slack to end this overallocation',
        ],
      ],
    );
  });
});
