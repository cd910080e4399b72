import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runLsp } from '../../server/src/cli/lspCommand';
import { REPO } from './harness';

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Starts `xproj lsp --stdio`, sends `initialize` and resolves with the raw reply, then shuts the server down. */
function initialize(): Promise<{ reply: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'bin/xproj.js'), 'lsp', '--stdio']);
    let reply = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no reply to initialize: ${reply}`));
    }, 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      reply += chunk.toString('utf8');
      if (reply.includes('"id":1')) {
        child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
        child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ reply, code });
    });
    child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  });
}

describe('xproj lsp', () => {
  it('explains and exits 2 when the server bundle is missing', () => {
    let stderr = '';
    const code = runLsp('en', { cwd: REPO, env: {}, stdoutIsTTY: false, stdout: () => undefined, stderr: (t) => (stderr += t) }, join(REPO, 'no', 'server.js'));
    assert.equal(code, 2);
    assert.match(stderr, /language server is not built: .*server\.js does not exist/);
  });

  it(
    'answers initialize over stdio when dist/server.js is built',
    { skip: !existsSync(join(REPO, 'dist/server.js')) && 'dist/server.js not built' },
    async () => {
      const { reply, code } = await initialize();
      assert.match(reply, /"capabilities"/);
      assert.equal(code, 0);
    },
  );
});
