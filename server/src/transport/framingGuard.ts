import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

/**
 * The largest message body the server accepts, in bytes. A message carries at most one document's
 * text (`didOpen`, a full `didChange`). VS Code stops syncing documents to extensions at 50 M
 * characters, and the largest plan we measure (20,000 tasks) is 7.6 MB whose analysis already keeps
 * about 100 MB in the server: a 64 MB plan is far past what the server could hold, so a bigger
 * message is an error, refused before its body is read.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** The largest header block; real ones are under 100 bytes (`Content-Length` and `Content-Type`). */
export const MAX_HEADER_BYTES = 8 * 1024;

/** Limits of one `FramingGuard`; tests use small ones. */
export interface FramingLimits {
  readonly maxMessageBytes: number;
  readonly maxHeaderBytes: number;
}

/** The input does not follow LSP base-protocol framing; the stream cannot be resynchronised. */
export class FramingError extends Error {}

const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const DIGITS = /^[0-9]{1,16}$/;

/** Shows a header value in an error message: quoted, control characters escaped, cut short. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * Checks LSP base-protocol framing strictly and passes valid bytes through unchanged: header lines
 * of printable ASCII ending in CRLF, an empty line, then exactly `Content-Length` bytes of body.
 * `Content-Length` must appear once, as a non-negative decimal within `maxMessageBytes`, and is
 * judged before any byte of the body is read, so a huge declaration costs nothing. Body bytes are
 * forwarded as they arrive, never buffered here.
 *
 * Any violation (a missing, negative, non-numeric or oversized length, LF-only line ends, NUL or
 * other control bytes, input ending inside a message) destroys the stream with a `FramingError`:
 * after one framing error the next message boundary is unknowable, and a reader that guesses one
 * waits forever.
 */
export class FramingGuard extends Transform {
  /** Header bytes of the message being read, from earlier chunks. */
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** Length of the header line being read, and whether its CR was just read. */
  private lineBytes = 0;
  private afterCR = false;
  /** Body bytes still to pass through; -1 while reading a header. */
  private bodyLeft = -1;
  /** Bytes of input consumed, for error messages. */
  private offset = 0;

  constructor(private readonly limits: FramingLimits = { maxMessageBytes: MAX_MESSAGE_BYTES, maxHeaderBytes: MAX_HEADER_BYTES }) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.consume(chunk);
      callback();
    } catch (e) {
      callback(e as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    if (this.bodyLeft > 0) {
      callback(new FramingError(`input ended ${this.bodyLeft} bytes before the end of a message body`));
    } else if (this.headerBytes > 0) {
      callback(new FramingError(`input ended inside a message header, at byte ${this.offset}`));
    } else {
      callback();
    }
  }

  private consume(chunk: Buffer): void {
    let position = 0;
    while (position < chunk.length) {
      if (this.bodyLeft >= 0) {
        const take = Math.min(this.bodyLeft, chunk.length - position);
        this.push(chunk.subarray(position, position + take));
        position += take;
        this.offset += take;
        this.bodyLeft -= take;
        if (this.bodyLeft === 0) {
          this.bodyLeft = -1;
        }
      } else {
        position = this.scanHeader(chunk, position);
      }
    }
  }

  /** Reads header bytes from `start`; returns where the header ended, or the chunk's end. */
  private scanHeader(chunk: Buffer, start: number): number {
    for (let i = start; i < chunk.length; i++) {
      const byte = chunk[i]!;
      const at = this.offset + (i - start);
      if (this.headerBytes + (i - start) >= this.limits.maxHeaderBytes) {
        throw new FramingError(`message header longer than ${this.limits.maxHeaderBytes} bytes, at byte ${at}`);
      }
      if (this.afterCR) {
        if (byte !== LF) {
          throw new FramingError(`header line has a CR without LF, at byte ${at}`);
        }
        this.afterCR = false;
        if (this.lineBytes === 0) {
          this.headerEnded(chunk, start, i);
          return i + 1;
        }
        this.lineBytes = 0;
      } else if (byte === CR) {
        this.afterCR = true;
      } else if (byte === LF) {
        throw new FramingError(`header line ends with LF instead of CRLF, at byte ${at}`);
      } else if ((byte < 0x20 && byte !== TAB) || byte >= 0x7f) {
        throw new FramingError(`byte 0x${byte.toString(16).padStart(2, '0')} in a message header, at byte ${at}`);
      } else {
        this.lineBytes++;
      }
    }
    this.header.push(chunk.subarray(start));
    this.headerBytes += chunk.length - start;
    this.offset += chunk.length - start;
    return chunk.length;
  }

  /** The blank line at `i` ended the header: judge it, forward it, and expect its body. */
  private headerEnded(chunk: Buffer, start: number, i: number): void {
    const bytes = Buffer.concat([...this.header, chunk.subarray(start, i + 1)]);
    const at = this.offset - this.headerBytes;
    this.header = [];
    this.headerBytes = 0;
    this.offset += i + 1 - start;
    const length = this.contentLength(bytes.toString('latin1'), at);
    this.push(bytes);
    this.bodyLeft = length > 0 ? length : -1;
  }

  /** The body length a complete header block declares (its lines end in CRLF, the last is blank). */
  private contentLength(block: string, at: number): number {
    let length: number | undefined;
    for (const line of block.split('\r\n').slice(0, -2)) {
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      if (!TOKEN.test(name)) {
        throw new FramingError(`malformed header line ${quote(line)} in the message at byte ${at}`);
      }
      if (name.toLowerCase() !== 'content-length') {
        continue;
      }
      if (length !== undefined) {
        throw new FramingError(`two Content-Length headers in the message at byte ${at}`);
      }
      const value = line.slice(colon + 1).trim();
      if (!DIGITS.test(value)) {
        throw new FramingError(`Content-Length ${quote(value)} is not a non-negative integer, in the message at byte ${at}`);
      }
      length = Number(value);
      if (length > this.limits.maxMessageBytes) {
        throw new FramingError(`message of ${length} bytes exceeds the limit of ${this.limits.maxMessageBytes} bytes, at byte ${at}`);
      }
    }
    if (length === undefined) {
      throw new FramingError(`message at byte ${at} has no Content-Length header`);
    }
    return length;
  }
}
