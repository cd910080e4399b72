import { floods } from './floodGuard';
import { FRAGMENTS, HUGE_NUMBERS, LINE_BREAKS, TOKENS, UNICODE } from './fragments';
import type { Change, FuzzDocument } from './fuzzDocument';
import type { Random } from './random';

/** One step of the fuzz: one or more `didChange` notifications of one kind. */
export interface EditStep {
  readonly kind: EditKind;
  readonly changes: Change[][];
  /** Undo's own edits are not undone again. */
  readonly undoable: boolean;
}

const WEIGHTS = {
  typeInValue: 16,
  typingBurst: 1.5,
  enter: 6,
  deleteLines: 6,
  deleteSpan: 6,
  paste: 8,
  copyLines: 4,
  indent: 6,
  bracket: 5,
  tab: 3,
  documentMarker: 2,
  anchor: 3,
  hugeNumber: 4,
  date: 3,
  unicode: 5,
  lineBreak: 2,
  comment: 3,
  multiCursor: 4,
  fullText: 1,
  undo: 22,
  restore: 0.3,
};

/** The shapes of edit the fuzz makes. */
export type EditKind = keyof typeof WEIGHTS;

/**
 * Draws random edits of many shapes, as a user typing, pasting, deleting and undoing would make,
 * plus the hostile ones no editor makes on purpose (bidi controls, lone surrogates, CR-only line
 * breaks, reversed ranges). With `avoidKnown`, an edit that would flood the diagnostics (a known
 * open issue, being fixed elsewhere), such as a line break inside a flow collection, is drawn again.
 */
export class EditGenerator {
  private serial = 0;
  private readonly weights: Partial<Record<EditKind, number>>;

  /** `without`: kinds never drawn. */
  constructor(
    private readonly random: Random,
    private readonly original: string,
    private readonly avoidKnown: boolean,
    without: readonly EditKind[] = [],
  ) {
    this.weights = Object.fromEntries(Object.entries(WEIGHTS).filter(([kind]) => !without.includes(kind as EditKind)));
  }

  next(doc: FuzzDocument): EditStep {
    for (;;) {
      const kind = this.random.weighted(this.weights);
      const step = this.draw(kind, doc);
      // Undo and restore bring back text the plan had before: never a new flood.
      if (step && (!this.avoidKnown || kind === 'undo' || kind === 'restore' || !floods(doc, step.changes.flat()))) {
        return step;
      }
    }
  }

  private draw(kind: EditKind, doc: FuzzDocument): EditStep | undefined {
    const one = (change: Change | undefined): EditStep | undefined => (change ? { kind, changes: [[change]], undoable: true } : undefined);
    switch (kind) {
      case 'undo': {
        const inverse = doc.popUndo();
        return inverse ? { kind, changes: [inverse], undoable: false } : undefined;
      }
      case 'restore':
        doc.forgetUndo();
        return { kind, changes: [[{ text: this.original }]], undoable: false };
      case 'typingBurst':
        return this.burst(doc);
      case 'multiCursor': {
        // VS Code sends a multi-cursor edit last position first, so no change moves the next one.
        const offsets = Array.from({ length: this.random.int(2, 3) }, () => this.random.int(0, doc.text.length)).sort((a, b) => b - a);
        const token = this.fill(this.random.pick(TOKENS), doc);
        return { kind, changes: [offsets.map((o) => this.insertAt(doc.positionAt(o), token))], undoable: true };
      }
      case 'fullText': {
        const text = doc.text;
        const at = this.random.int(0, text.length);
        return { kind, changes: [[{ text: `${text.slice(0, at)}${this.fill(this.random.pick(TOKENS), doc)}${text.slice(at)}` }]], undoable: true };
      }
      default:
        return one(this.single(kind, doc));
    }
  }

  private single(kind: EditKind, doc: FuzzDocument): Change | undefined {
    const line = this.random.int(0, doc.lineCount - 1);
    const text = doc.line(line);
    const at = (character: number): { line: number; character: number } => ({ line, character });
    switch (kind) {
      case 'typeInValue': {
        const colon = text.indexOf(': ');
        const start = colon >= 0 ? colon + 2 : text.length;
        return this.insertAt(at(this.random.int(start, text.length)), this.fill(this.random.pick(TOKENS), doc));
      }
      case 'enter': {
        const indent = /^\s*/.exec(text)![0];
        return this.insertAt(at(this.random.int(0, text.length)), `\n${this.random.chance(0.7) ? indent : ''}`);
      }
      case 'deleteLines': {
        const last = Math.min(doc.lineCount, line + this.random.int(1, 3));
        return { range: { start: at(0), end: { line: last, character: 0 } }, text: '' };
      }
      case 'deleteSpan': {
        const start = doc.offsetAt(this.randomPosition(doc));
        const end = Math.min(doc.text.length, start + this.random.int(1, 40));
        // Now and then backwards, which TextDocument must take as the same span.
        const [a, b] = this.random.chance(0.1) ? [end, start] : [start, end];
        return { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: '' };
      }
      case 'paste':
        return this.insertAt(at(0), this.fill(this.random.pick(FRAGMENTS), doc));
      case 'copyLines': {
        const from = this.random.int(0, doc.lineCount - 1);
        const lines = Array.from({ length: this.random.int(1, 12) }, (_, i) => from + i)
          .filter((l) => l < doc.lineCount)
          .map((l) => `${doc.line(l)}\n`);
        return this.insertAt(at(0), lines.join(''));
      }
      case 'indent': {
        const leading = /^\s*/.exec(text)![0].length;
        return this.random.chance(0.5) || leading === 0
          ? this.insertAt(at(0), ' '.repeat(this.random.int(1, 3)))
          : { range: { start: at(0), end: at(Math.min(leading, this.random.int(1, 3))) }, text: '' };
      }
      case 'bracket':
        return this.insertAt(at(this.random.int(0, text.length)), this.random.pick(['[', ']', '{', '}', ',', '[[', '}}', '[{']));
      case 'tab':
        return this.insertAt(at(this.random.chance(0.5) ? 0 : this.random.int(0, text.length)), '\t');
      case 'documentMarker':
        return this.insertAt(at(0), this.random.pick(['---\n', '...\n', '--- \n', '---']));
      case 'anchor': {
        const colon = text.indexOf(':');
        return colon < 0
          ? this.insertAt(at(0), '<<: *fz\n')
          : this.insertAt(at(colon + 1), this.random.pick([' &fz', ' *fz', ' &fz ', ' *missing', ' &fz &fz2']));
      }
      case 'hugeNumber': {
        const number = /\d+(\.\d+)?/.exec(text);
        return number ? { range: { start: at(number.index), end: at(number.index + number[0].length) }, text: this.random.pick(HUGE_NUMBERS) } : undefined;
      }
      case 'date': {
        const date = /\d{4}-\d{2}-\d{2}/.exec(text);
        const replacement = this.random.pick([
          '2026-02-30',
          '2026-13-01',
          '0000-00-00',
          '9999-12-31',
          '2026-1-5',
          '1970-01-01',
          '+2026-01-05',
          '2026-01-05T10:00:00Z',
        ]);
        return date ? { range: { start: at(date.index), end: at(date.index + 10) }, text: replacement } : undefined;
      }
      case 'unicode':
        return this.insertAt(at(this.random.int(0, text.length)), this.random.pick(UNICODE));
      case 'lineBreak':
        return this.insertAt(at(this.random.int(0, text.length)), this.random.pick(LINE_BREAKS));
      case 'comment':
        return text.startsWith('# ') ? { range: { start: at(0), end: at(2) }, text: '' } : this.insertAt(at(0), '# ');
      default:
        return undefined;
    }
  }

  /** A word typed one character per `didChange`, as an editor sends keystrokes. */
  private burst(doc: FuzzDocument): EditStep {
    const { line, character } = this.randomPosition(doc);
    const word = this.fill(this.random.pick(['owner: $PERSON', 'depends_on: [$ID]', 'duration: 5d', '$ID', 'name: 新任务', '- id: fz-$N']), doc);
    // The words have no line break and no astral character: each keystroke moves the cursor one column.
    const changes = [...word].map((c, i) => [this.insertAt({ line, character: character + i }, c)]);
    return { kind: 'typingBurst', changes, undoable: true };
  }

  private insertAt(position: { line: number; character: number }, text: string): Change {
    return { range: { start: position, end: position }, text };
  }

  private randomPosition(doc: FuzzDocument): { line: number; character: number } {
    return doc.positionAt(this.random.int(0, doc.text.length));
  }

  /** Replaces `$ID`, `$PERSON` and `$N` with ids of the plan (so references resolve, or cycle) and a fresh number. */
  private fill(template: string, doc: FuzzDocument): string {
    return template
      .replace(/\$N/g, () => String(++this.serial))
      .replace(/\$ID/g, () => this.idFrom(doc, /\bid: (t\d+|ws\d+[-\w]*|fz-\d+)/g) ?? 't000001')
      .replace(/\$PERSON/g, () => this.idFrom(doc, /\bid: (p\d+)/g) ?? 'p00001');
  }

  /** A random id matching `pattern` near a random place of the text (a full scan of a large plan costs too much). */
  private idFrom(doc: FuzzDocument, pattern: RegExp): string | undefined {
    const text = doc.text;
    const from = this.random.int(0, text.length);
    pattern.lastIndex = from;
    const match = pattern.exec(text) ?? ((pattern.lastIndex = 0), pattern.exec(text));
    return match?.[1];
  }
}
