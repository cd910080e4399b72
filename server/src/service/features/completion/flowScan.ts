import { quotedEnd, scalarText } from './lines';
import { ITEM } from './contextTypes';
import type { PathSegment } from './contextTypes';

/** One open flow collection (`{...}` or `[...]`) while scanning. */
export interface FlowFrame {
  readonly kind: 'map' | 'seq';
  /** The step from the enclosing frame into this one; undefined for the outermost. */
  readonly segment: PathSegment | undefined;
  /** In a mapping: the key of the current entry, once its colon has been read. */
  key: string | undefined;
  /** The scalar text of the current entry so far. */
  text: string;
  readonly keys: Set<string>;
  readonly values: Map<string, string>;
  readonly items: string[];
}

/** Far more than a flow collection in a plan spans; bounds the scan past the cursor. */
const REST_LIMIT = 20_000;

function colonEndsKey(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ',' || ch === ']' || ch === '}';
}

/**
 * Reads a flow collection from its opening bracket, tracking the open collections, their keys
 * and items, quotes and comments. A flow that runs into a line indented no more than the block
 * node that owns it has broken off (an unclosed bracket): the scan ends there.
 */
export class FlowScanner {
  readonly frames: FlowFrame[] = [];
  /** The cursor is inside a quoted scalar. */
  inQuote = false;
  private i: number;
  private quoteStart = -1;
  /** While collecting past the cursor: the cursor's frame depth, and whether its current entry is still to be skipped. */
  private rest: { depth: number; skip: boolean } | undefined;

  constructor(
    private readonly text: string,
    start: number,
    private readonly ownerIndent: number,
  ) {
    this.i = start;
  }

  /** Reads up to the cursor; false when the collection closes or breaks off before it. */
  scanTo(cursor: number): boolean {
    return this.run(cursor) === 'stopped' && this.frames.length > 0;
  }

  /** Reads on past the cursor to the end of the innermost collection, collecting its other keys and items. */
  collectRest(): void {
    const depth = this.frames.length;
    this.rest = { depth, skip: true };
    if (this.inQuote) {
      const end = quotedEnd(this.text, this.quoteStart);
      if (end < 0) {
        return;
      }
      this.i = end;
    }
    this.run(Math.min(this.text.length, this.i + REST_LIMIT));
  }

  private top(): FlowFrame | undefined {
    return this.frames[this.frames.length - 1];
  }

  private run(until: number): 'stopped' | 'closed' | 'broken' {
    const t = this.text;
    while (this.i < until) {
      const ch = t[this.i]!;
      const frame = this.top();
      if (ch === '{' || ch === '[') {
        const segment = frame === undefined ? undefined : frame.kind === 'seq' ? ITEM : (frame.key ?? '?');
        this.frames.push({ kind: ch === '{' ? 'map' : 'seq', segment, key: undefined, text: '', keys: new Set(), values: new Map(), items: [] });
        this.i++;
        continue;
      }
      if (!frame) {
        return 'closed';
      }
      if (this.rest && this.frames.length < this.rest.depth) {
        return 'closed';
      }
      if (ch === '"' || ch === "'") {
        const end = quotedEnd(t, this.i);
        if (end < 0 || end > until) {
          this.inQuote = true;
          this.quoteStart = this.i;
          this.i = until;
          return 'stopped';
        }
        frame.text = scalarText(t.slice(this.i, end));
        this.i = end;
        continue;
      }
      if (ch === '}' || ch === ']') {
        this.endEntry(frame);
        this.frames.pop();
        const parent = this.top();
        if (!parent) {
          this.i++;
          return 'closed';
        }
        parent.text = frame.kind === 'map' ? (frame.values.get('task') ?? frame.values.get('person') ?? '') : '';
      } else if (ch === ',') {
        this.endEntry(frame);
      } else if (ch === ':' && (colonEndsKey(t[this.i + 1]) || t[this.i - 1] === '"' || t[this.i - 1] === "'")) {
        this.colon(frame);
      } else if (ch === '#' && (this.i === 0 || /\s/.test(t[this.i - 1]!))) {
        const eol = t.indexOf('\n', this.i);
        this.i = eol < 0 ? t.length : eol;
        continue;
      } else if (ch === '\n') {
        if (this.brokenAfter(this.i)) {
          return 'broken';
        }
        frame.text += ' ';
      } else if (ch !== '\r') {
        frame.text += ch;
      }
      this.i++;
    }
    return 'stopped';
  }

  /** The line after `newline` is indented no deeper than the owner: the collection was never closed. */
  private brokenAfter(newline: number): boolean {
    const t = this.text;
    let p = newline + 1;
    while (t[p] === ' ' || t[p] === '\t') {
      p++;
    }
    const blank = p >= t.length || t[p] === '\n' || t[p] === '\r' || t[p] === '#';
    return !blank && p - newline - 1 <= this.ownerIndent;
  }

  private skipping(): boolean {
    if (this.rest?.skip && this.frames.length === this.rest.depth) {
      return true;
    }
    return false;
  }

  private colon(frame: FlowFrame): void {
    const key = frame.text.trim();
    if (frame.kind === 'map' && frame.key === undefined) {
      if (!this.skipping()) {
        frame.keys.add(key);
      }
      frame.key = key;
    }
    frame.text = '';
  }

  private endEntry(frame: FlowFrame): void {
    const text = frame.text.trim();
    if (this.skipping()) {
      this.rest!.skip = false;
    } else if (frame.kind === 'map') {
      if (frame.key !== undefined) {
        frame.values.set(frame.key, text);
      } else if (text) {
        frame.keys.add(text);
      }
    } else if (text) {
      frame.items.push(text);
    }
    frame.key = undefined;
    frame.text = '';
  }
}
