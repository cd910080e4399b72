import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { LspTestClient } from './lspClient';

const URI = 'file:///virtual/plan.xproj.yaml';

describe('language server over stdio: diagnostics', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  after(async () => client.dispose());

  it('publishes a syntax error with source, code and a link to the rule', async () => {
    await client.open(URI, 'xproj: 1\nproject: [unclosed\n');
    const diagnostics = await client.diagnosticsFor(URI, (p) => p.diagnostics.length > 0);
    const syntax = diagnostics.find((d) => d.code === 'yaml-syntax');
    assert.ok(syntax);
    assert.equal(syntax.source, 'xproj');
    assert.equal(syntax.severity, 1);
    assert.match(syntax.codeDescription?.href ?? '', /docs\/rules\.md#yaml-syntax$/);
  });

  it('re-checks on change and drops the fixed problem', async () => {
    await client.change(URI, 2, 'xproj: 1\nimports: [missing.xproj.yaml]\n');
    const diagnostics = await client.diagnosticsFor(URI, (p) => p.version === 2);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [['import-error', 1]],
    );
  });

  it('clears diagnostics when the document closes', async () => {
    await client.close(URI);
    const diagnostics = await client.diagnosticsFor(URI, (p) => p.diagnostics.length === 0);
    assert.deepEqual(diagnostics, []);
  });

  it('speaks Chinese when the client locale is zh-cn', async () => {
    const zh = new LspTestClient();
    try {
      await zh.initialize('zh-cn');
      await zh.open(URI, 'xproj: 1\nimports: [missing.xproj.yaml]\n');
      const diagnostics = await zh.diagnosticsFor(URI, (p) => p.diagnostics.length > 0);
      assert.match(String(diagnostics[0]!.message), /无法读取/);
    } finally {
      await zh.dispose();
    }
  });
});
