import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { loadGenerator } from '../helpers/generator';
import { compareDiagnostics } from './compare';
import { EditGenerator } from './edits';
import { floods } from './floodGuard';
import { FuzzDocument } from './fuzzDocument';
import type { Change } from './fuzzDocument';
import { Random } from './random';

describe('fuzz tools', () => {
  it('undoes every edit shape back to the exact text, and draws the same edits from the same seed', async () => {
    const { generatePlan, prng } = await loadGenerator();
    const original = generatePlan({ tasks: 30, seed: 4 });
    const session = (seed: number): { doc: FuzzDocument; kinds: string[]; undoable: number } => {
      // Undo and restore work on the stack themselves; taking them back is not what this tests.
      const generator = new EditGenerator(new Random(prng(seed)), original, false, ['undo', 'restore']);
      const doc = new FuzzDocument('file:///t.xproj.yaml', original);
      const kinds: string[] = [];
      let undoable = 0;
      while (undoable < 60) {
        const step = generator.next(doc);
        for (const changes of step.changes.slice(0, 60 - undoable)) {
          doc.apply(changes);
          undoable++;
        }
        kinds.push(step.kind);
      }
      return { doc, kinds, undoable };
    };
    const { doc, kinds, undoable } = session(11);
    assert.notEqual(doc.text, original);
    assert.deepEqual(session(11).kinds, kinds);
    assert.ok(new Set(kinds).size >= 10, `only ${[...new Set(kinds)].join(', ')}`);
    for (let i = 0; i < undoable; i++) {
      doc.apply(doc.popUndo()!, false);
    }
    assert.equal(doc.popUndo(), undefined);
    assert.equal(doc.text, original);
  });

  it('foresees the edits that flood the diagnostics (the known issue), from a window around them', async () => {
    const { generatePlan } = await loadGenerator();
    const doc = new FuzzDocument('file:///t.xproj.yaml', generatePlan({ tasks: 60, seed: 4 }));
    const raci = doc.text.split('\n').findIndex((l) => l.trimStart().startsWith('raci: {R: ['));
    const name = doc.text.split('\n').findIndex((l) => l.trimStart().startsWith('name: '));
    const columnOf = (line: number, text: string): number => doc.line(line).indexOf(text);
    const insert = (line: number, character: number, text: string): Change[] => [{ range: { start: { line, character }, end: { line, character } }, text }];
    assert.equal(floods(doc, insert(raci, columnOf(raci, ', A:') + 1, '\n')), true);
    assert.equal(floods(doc, insert(raci, columnOf(raci, 'C: [') + 3, '%')), true);
    assert.equal(floods(doc, insert(raci + 1, 0, '...\n')), true);
    // Checked against the service: these leave a handful of diagnostics.
    assert.equal(floods(doc, insert(raci, columnOf(raci, '[') + 1, '{')), false);
    assert.equal(floods(doc, insert(raci, columnOf(raci, ', A:') + 1, `\n${' '.repeat(20)}`)), false);
    assert.equal(floods(doc, insert(name, doc.line(name).length, ' 新')), false);
    assert.equal(floods(doc, [{ text: '' }]), false);
  });

  it('compares diagnostics by code, severity, range and message, in order', () => {
    const d = (code: string, line: number, message = 'm'): Diagnostic => ({
      code,
      severity: 1,
      message,
      range: { start: { line, character: 0 }, end: { line, character: 3 } },
    });
    assert.equal(compareDiagnostics([d('a', 1), d('b', 2)], [d('a', 1), d('b', 2)]), undefined);
    assert.equal(
      compareDiagnostics([d('b', 2), d('a', 1)], [d('a', 1), d('b', 2)]),
      '2 diagnostics, a fresh server 2 (the same ones, in another order); first difference at #0: "b 1 2:0-2:3 m" vs fresh "a 1 1:0-1:3 m"',
    );
    assert.equal(
      compareDiagnostics([d('a', 1)], [d('a', 1), d('b', 2)]),
      '1 diagnostics, a fresh server 2; first difference at #1: null vs fresh "b 1 2:0-2:3 m"',
    );
    assert.equal(
      compareDiagnostics([d('a', 1, 'x')], [d('a', 1, 'y')]),
      '1 diagnostics, a fresh server 1; first difference at #0: "a 1 1:0-1:3 x" vs fresh "a 1 1:0-1:3 y"',
    );
  });
});
