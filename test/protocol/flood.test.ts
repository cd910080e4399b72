import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-types';
import { LspTestClient } from './lspClient';
import { loadGenerator } from '../helpers/generator';

const URI = 'file:///virtual/flood.xproj.yaml';
const NOISY_URI = 'file:///virtual/noisy.xproj.yaml';
const WAIT = 120_000;

/**
 * Issue #11: a newline typed inside a flow collection of a 5,000-task plan used to publish 347,269
 * diagnostics (100 MB a publish) and block hovers; the server kept 1.24 GB after the newline went.
 */
describe('language server over stdio: a flood of problems', () => {
  let client: LspTestClient;
  let clean = '';
  let flood = '';
  let hoverAt = { line: 0, character: 0 };
  before(async () => {
    clean = (await loadGenerator()).generatePlan({ tasks: 5000, seed: 11 });
    const at = clean.indexOf('raci: {R: [p000') + 'raci: {R: [p000'.length;
    flood = `${clean.slice(0, at)}\n${clean.slice(at)}`;
    const lines = clean.split('\n');
    // A person defined before the newline, where the plan still parses.
    const line = lines.findIndex((l) => l.includes('{id: p00001,'));
    hoverAt = { line, character: lines[line]!.indexOf('p00001') + 2 };
    client = new LspTestClient();
    await client.initialize();
  });
  after(async () => client.dispose());

  const hover = (): Promise<Hover | null> => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: hoverAt });

  let before1: Diagnostic[] = [];
  it('publishes the clean plan', async () => {
    await client.open(URI, clean, 1);
    before1 = await client.diagnosticsFor(URI, (p) => p.version === 1, WAIT);
    assert.ok(before1.every((d) => d.code !== 'yaml-syntax'));
  });

  it('publishes a handful of diagnostics for the newline, the syntax ones folded into one', async () => {
    await client.change(URI, 2, flood);
    const diagnostics = await client.diagnosticsFor(URI, (p) => p.version === 2, WAIT);
    assert.ok(diagnostics.length <= 1001, `${diagnostics.length} diagnostics`);
    const syntax = diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.equal(syntax.length, 1);
    const folded = /The ([\d,]+) syntax problems after it, up to line ([\d,]+),/.exec(String(syntax[0]!.message));
    assert.ok(folded, String(syntax[0]!.message));
    assert.ok(Number(folded[1]!.replace(/,/g, '')) > 300_000, folded[1]);
    assert.equal(folded[2], clean.split('\n').length.toLocaleString('en-US'));
  });

  it('answers a hover in the broken plan', async () => {
    assert.match(JSON.stringify((await hover())?.contents), /p00001/);
  });

  it('publishes what it did before once the newline is removed, and answers hovers', async () => {
    await client.change(URI, 3, clean);
    const diagnostics = await client.diagnosticsFor(URI, (p) => p.version === 3, WAIT);
    assert.deepEqual(diagnostics, before1);
    const answer = await hover();
    assert.match(JSON.stringify(answer?.contents), /p00001/);
  });

  it('publishes at most 1,000 diagnostics and a summary of the rest', async () => {
    const lines = [
      'xproj: 1',
      'project: {id: p, name: P, start: 2026-03-02, status_date: 2026-03-02, owner: a, manager: a}',
      'people: [{id: a, name: A}]',
      'tasks:',
    ];
    for (let i = 0; i < 3000; i++) {
      lines.push(`  - {id: t${i}, owner: nobody${i}, duration: 1d}`);
    }
    await client.open(NOISY_URI, `${lines.join('\n')}\n`, 1);
    const diagnostics = await client.diagnosticsFor(NOISY_URI, (p) => p.version === 1, WAIT);
    assert.equal(diagnostics.length, 1001);
    assert.deepEqual(
      [diagnostics[0]!.range.start, diagnostics[0]!.code, diagnostics[0]!.data],
      [{ line: 0, character: 0 }, 'unknown-reference', { hiddenProblems: 2000, hiddenBySeverity: { error: 2000, warning: 0, info: 0, hint: 0 } }],
    );
    assert.match(String(diagnostics[0]!.message), /^1,000 of 3,000 problems are shown, errors first; 2,000 more are not \(2,000 errors\)/);
  });
});
