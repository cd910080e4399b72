import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver-types';
import { LspTestClient } from './lspClient';

/** Issue #11: a repository that holds these once grew the server to 7.8 GB or stopped it answering. */
describe('language server over stdio: hostile imports', () => {
  let client: LspTestClient;
  const dir = mkdtempSync(join(tmpdir(), 'xproj-hostile-'));
  const uri = pathToFileURL(join(dir, 'plan.xproj.yaml')).href;
  before(async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.xproj.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'zero.xproj.yaml'));
    client = new LspTestClient();
    await client.initialize('en', pathToFileURL(dir).href);
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers with an import-error per entry, keeps serving, and never opens what it refused', async () => {
    const text = 'xproj: 1\nimports: [/dev/zero, ../../../../../../etc/shadow, pipe.xproj.yaml, zero.xproj.yaml]\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
    // The schema's `imports` pattern also names the two paths that are no plan files.
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'import-error').map((d) => d.range.start.character),
      [10, 21, 51, 68],
    );
    const at = text.indexOf('shadow');
    const definition = await client.connection.sendRequest<Location[] | null>('textDocument/definition', {
      textDocument: { uri },
      position: { line: 1, character: at - text.indexOf('imports') },
    });
    assert.ok(definition === null || definition.length === 0, JSON.stringify(definition));
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.ok(hover !== undefined);
  });
});
