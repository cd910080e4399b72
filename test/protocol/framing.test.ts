import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const REPO = join(__dirname, '..', '..');

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const INITIALIZE = frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** What to write once the server's output matches `when`, as a client waits for an answer. */
interface Reply {
  readonly when: RegExp;
  readonly send: string;
}

/**
 * Starts the server over stdio, writes `input` and leaves stdin open unless `end`: the server must
 * exit by itself. A server that hangs fails the test by its timeout.
 */
function session(
  input: (string | Buffer)[],
  { end = false, reply, command = [join(REPO, 'dist', 'server.js'), '--stdio'] }: { end?: boolean; reply?: Reply; command?: string[] } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command);
    let stdout = '';
    let stderr = '';
    let replied = false;
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString('utf8');
      if (reply && !replied && reply.when.test(stdout)) {
        replied = true;
        child.stdin.write(reply.send);
      }
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.stdin.on('error', () => undefined); // the server may close stdin while a large write is under way
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    for (const chunk of input) {
      child.stdin.write(chunk);
    }
    if (end) {
      child.stdin.end();
    }
  });
}

const FRAMING = 'xproj language server: LSP framing error: ';
const LIVENESS = { timeout: 30_000 };

describe('language server over stdio: framing errors end the connection', () => {
  const attacks: [string, string, string][] = [
    ['a missing Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}', 'message at byte 0 has no Content-Length header'],
    ['a negative Content-Length', 'Content-Length: -1\r\n\r\n{}', 'Content-Length "-1" is not a non-negative integer, in the message at byte 0'],
    ['a non-numeric Content-Length', 'Content-Length: ten\r\n\r\n{}', 'Content-Length "ten" is not a non-negative integer, in the message at byte 0'],
    ['LF-only headers', 'Content-Length: 2\n\n{}', 'header line ends with LF instead of CRLF, at byte 17'],
    ['leading NULs', '\0\0\0\0Content-Length: 2\r\n\r\n{}', 'byte 0x00 in a message header, at byte 0'],
  ];
  for (const [what, attack, reason] of attacks) {
    it(`exits with code 1 on ${what}`, LIVENESS, async () => {
      const { code, stderr } = await session([attack]);
      assert.equal(code, 1);
      assert.equal(stderr, `${FRAMING}${reason}; closing the connection\n`);
    });
  }

  it('refuses a huge Content-Length from its header, before reading the body', LIVENESS, async () => {
    const { code, stderr } = await session(['Content-Length: 200000000\r\n\r\n', Buffer.alloc(1 << 20, 0x20)]);
    assert.equal(code, 1);
    assert.equal(stderr, `${FRAMING}message of 200000000 bytes exceeds the limit of 67108864 bytes, at byte 0; closing the connection\n`);
  });

  it('exits with code 1 when the input ends inside a body', LIVENESS, async () => {
    const { code, stderr } = await session(['Content-Length: 100\r\n\r\n{"jsonrpc":"2.0"'], { end: true });
    assert.equal(code, 1);
    assert.equal(stderr, `${FRAMING}input ended 84 bytes before the end of a message body; closing the connection\n`);
  });

  it('answers the messages before a framing error, then exits', LIVENESS, async () => {
    const { code, stdout, stderr } = await session([INITIALIZE], { reply: { when: /"id":1,/, send: 'Content-Length: 2\n\n{}' } });
    assert.match(stdout, /"id":1,"result":\{"capabilities"/);
    assert.equal(code, 1);
    assert.equal(stderr, `${FRAMING}header line ends with LF instead of CRLF, at byte ${INITIALIZE.length + 17}; closing the connection\n`);
  });

  it('guards `xproj lsp --stdio` too', LIVENESS, async () => {
    const { code, stderr } = await session(['Content-Length: -1\r\n\r\n'], { command: [join(REPO, 'bin', 'xproj.js'), 'lsp', '--stdio'] });
    assert.equal(code, 1);
    assert.equal(stderr, `${FRAMING}Content-Length "-1" is not a non-negative integer, in the message at byte 0; closing the connection\n`);
  });
});

describe('language server over stdio: well-framed bad messages', () => {
  it('keeps serving after a body that is not JSON, and exits 0 after shutdown and exit', LIVENESS, async () => {
    const shutdown = frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    const exit = frame({ jsonrpc: '2.0', method: 'exit' });
    const { code, stdout, stderr } = await session([INITIALIZE, 'Content-Length: 5\r\n\r\n{{{{{', shutdown], { reply: { when: /"id":2,/, send: exit } });
    assert.match(stdout, /"id":1,"result":\{"capabilities"/);
    assert.match(stdout, /"id":2,"result":null/);
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
