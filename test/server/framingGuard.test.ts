import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { FramingGuard, MAX_HEADER_BYTES, MAX_MESSAGE_BYTES } from '../../server/src/transport/framingGuard';

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Feeds `chunks` through a guard, then ends the input; resolves with what passed and the error, if any. */
function run(chunks: (string | Buffer)[], guard = new FramingGuard()): Promise<{ output: string; error?: string }> {
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    guard.on('data', (b: Buffer) => out.push(b));
    guard.on('end', () => resolve({ output: Buffer.concat(out).toString('utf8') }));
    guard.on('error', (e) => resolve({ output: Buffer.concat(out).toString('utf8'), error: e.message }));
    for (const chunk of chunks) {
      guard.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    }
    guard.end();
  });
}

const TWO = frame('{"jsonrpc":"2.0","id":1,"method":"a","params":"计划"}') + frame('{"jsonrpc":"2.0","method":"b"}');

describe('framing guard', () => {
  it('passes well-framed messages through unchanged, however the input is cut', async () => {
    const bytes = Buffer.from(TWO, 'utf8');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const { output, error } = await run([bytes.subarray(0, cut), bytes.subarray(cut)]);
      assert.equal(error, undefined, `cut at ${cut}`);
      assert.equal(output, TWO, `cut at ${cut}`);
    }
    assert.deepEqual(await run([...bytes].map((b) => Buffer.of(b))), { output: TWO });
  });

  it('accepts other headers, any case of the name, spaces around the value and an empty body', async () => {
    const text = 'content-length:   2 \r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}Content-Length: 0\r\n\r\n';
    assert.deepEqual(await run([text]), { output: text });
  });

  it('ends cleanly on empty input', async () => {
    assert.deepEqual(await run([]), { output: '' });
  });

  const attacks: [string, string, string][] = [
    ['no Content-Length', 'Content-Type: x\r\n\r\n{}', 'message at byte 0 has no Content-Length header'],
    ['an empty header', '\r\n{}', 'message at byte 0 has no Content-Length header'],
    ['a negative length', 'Content-Length: -5\r\n\r\n', 'Content-Length "-5" is not a non-negative integer, in the message at byte 0'],
    ['a non-numeric length', 'Content-Length: 12abc\r\n\r\n', 'Content-Length "12abc" is not a non-negative integer, in the message at byte 0'],
    ['a fractional length', 'Content-Length: 1.5\r\n\r\n', 'Content-Length "1.5" is not a non-negative integer, in the message at byte 0'],
    ['an empty length', 'Content-Length:\r\n\r\n', 'Content-Length "" is not a non-negative integer, in the message at byte 0'],
    [
      'a length of 17 digits',
      'Content-Length: 10000000000000000\r\n\r\n',
      'Content-Length "10000000000000000" is not a non-negative integer, in the message at byte 0',
    ],
    ['two lengths', 'Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}', 'two Content-Length headers in the message at byte 0'],
    ['a huge length', 'Content-Length: 200000000\r\n\r\n{', `message of 200000000 bytes exceeds the limit of ${MAX_MESSAGE_BYTES} bytes, at byte 0`],
    ['LF-only line ends', 'Content-Length: 2\n\n{}', 'header line ends with LF instead of CRLF, at byte 17'],
    ['a CR without LF', 'Content-Length: 2\r\r\n{}', 'header line has a CR without LF, at byte 18'],
    ['leading NULs', '\0\0Content-Length: 2\r\n\r\n{}', 'byte 0x00 in a message header, at byte 0'],
    ['non-ASCII in a header', 'Content-Length: ２\r\n\r\n', 'byte 0xef in a message header, at byte 16'],
    ['a line without a colon', 'Content-Length 2\r\n\r\n{}', 'malformed header line "Content-Length 2" in the message at byte 0'],
    ['a body shorter than declared', 'Content-Length: 10\r\n\r\n{}', 'input ended 8 bytes before the end of a message body'],
    ['input ending inside a header', 'Content-Len', 'input ended inside a message header, at byte 11'],
  ];
  for (const [what, input, message] of attacks) {
    it(`refuses ${what}`, async () => {
      assert.equal((await run([input])).error, message);
    });
  }

  it('reports the byte where the bad message starts, after good ones', async () => {
    const good = frame('{"jsonrpc":"2.0","method":"b"}');
    const { output, error } = await run([good + 'Content-Length: x\r\n\r\n']);
    assert.equal(output, good);
    assert.equal(error, `Content-Length "x" is not a non-negative integer, in the message at byte ${good.length}`);
  });

  it('holds its limits exactly', async () => {
    const limits = { maxMessageBytes: 4, maxHeaderBytes: 64 };
    assert.deepEqual(await run(['Content-Length: 4\r\n\r\nabcd'], new FramingGuard(limits)), { output: 'Content-Length: 4\r\n\r\nabcd' });
    assert.equal((await run(['Content-Length: 5\r\n\r\n'], new FramingGuard(limits))).error, 'message of 5 bytes exceeds the limit of 4 bytes, at byte 0');
    const header = (size: number): string => `X: ${'a'.repeat(size - 'X: \r\nContent-Length: 0\r\n\r\n'.length)}\r\nContent-Length: 0\r\n\r\n`;
    assert.deepEqual(await run([header(64)], new FramingGuard(limits)), { output: header(64) });
    assert.equal((await run([header(65)], new FramingGuard(limits))).error, 'message header longer than 64 bytes, at byte 64');
  });

  it('refuses an endless header without holding it', async () => {
    const guard = new FramingGuard();
    const { error } = await run([Buffer.alloc(MAX_HEADER_BYTES * 4, 'a')], guard);
    assert.equal(error, `message header longer than ${MAX_HEADER_BYTES} bytes, at byte ${MAX_HEADER_BYTES}`);
  });
});
