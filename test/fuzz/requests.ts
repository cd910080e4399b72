import type { Diagnostic } from 'vscode-languageserver-types';
import type { FuzzDocument } from './fuzzDocument';
import type { Random } from './random';

/** A request to send: its method and params. */
export interface FuzzRequest {
  readonly method: string;
  readonly params: unknown;
  /** Params no editor sends: wrong types, huge numbers, unknown kinds (a known open issue for ganttEdit). */
  readonly hostile: boolean;
}

const WEIGHTS = {
  'textDocument/hover': 10,
  'textDocument/completion': 10,
  'textDocument/definition': 5,
  'textDocument/references': 4,
  'textDocument/documentHighlight': 5,
  'textDocument/prepareRename': 2,
  'textDocument/rename': 1,
  'textDocument/documentSymbol': 4,
  'workspace/symbol': 2,
  'textDocument/codeLens': 4,
  'codeLens/resolve': 3,
  'textDocument/inlayHint': 5,
  'textDocument/codeAction': 6,
  'xproj/taskTree': 2,
  'xproj/riskList': 2,
  'xproj/ganttModel': 2,
  'xproj/ganttEdit': 3,
};

type Method = keyof typeof WEIGHTS;

const COMPLETION_TRIGGERS = [' ', ':', '-', '[', ',', '{'];
const ACTION_KINDS = [
  'quickfix',
  'source',
  'source.fixAll',
  'source.xproj.template',
  'source.xproj.addRaci',
  'source.xproj.addMeetings',
  'source.fixAll.xproj',
  'refactor',
];
const RENAMES = ['t-renamed', 'p00001', '', 'a b', '新名字', 'x'.repeat(300), '$ID'];

/** `xproj/ganttEdit` params no webview sends. */
const HOSTILE_DRAGS: readonly Record<string, unknown>[] = [
  { kind: 'explode', workingDays: 3 },
  { kind: 'move', workingDays: 1e7 },
  { kind: 'move', workingDays: -1e7 },
  { kind: 'resize', workingDays: 1e300 },
  { kind: 'move', workingDays: '3' },
  { kind: 'move', workingDays: null },
  { kind: 42, workingDays: 1 },
  { taskId: 12345, kind: 'move', workingDays: 1 },
  { taskId: { id: 't000001' }, kind: 'move', workingDays: 1 },
  { taskId: '__proto__', kind: 'move', workingDays: 1 },
  { kind: 'resize', workingDays: -1e6 },
];

/**
 * Draws the requests VS Code sends while a plan is edited, at random positions, plus the custom
 * `xproj/*` requests of the Tasks and Risks views and the Gantt chart. Some positions are out of the
 * document (lines past the end, huge columns), as a slow client's stale positions are.
 */
export class RequestGenerator {
  constructor(
    private readonly random: Random,
    private readonly hostileGantt: boolean,
  ) {}

  next(doc: FuzzDocument, diagnostics: readonly Diagnostic[]): FuzzRequest {
    const method = this.random.weighted(WEIGHTS);
    const textDocument = { uri: this.random.chance(0.03) ? 'file:///not/open.xproj.yaml' : doc.uri };
    const position = this.position(doc);
    const plain = (params: unknown): FuzzRequest => ({ method, params, hostile: false });
    switch (method as Method) {
      case 'textDocument/completion':
        return plain({
          textDocument,
          position,
          context: this.random.chance(0.5) ? { triggerKind: 2, triggerCharacter: this.random.pick(COMPLETION_TRIGGERS) } : { triggerKind: 1 },
        });
      case 'textDocument/references':
        return plain({ textDocument, position, context: { includeDeclaration: this.random.chance(0.5) } });
      case 'textDocument/rename':
        return plain({ textDocument, position, newName: this.random.pick(RENAMES) });
      case 'textDocument/documentSymbol':
      case 'textDocument/codeLens':
        return plain({ textDocument });
      case 'workspace/symbol':
        return plain({ query: this.random.pick(['', 't0', 'p', '任务', 'zzz']) });
      case 'textDocument/inlayHint':
        return plain({ textDocument, range: this.range(doc) });
      case 'textDocument/codeAction': {
        const range = this.range(doc);
        const context = this.random.chance(0.3)
          ? { diagnostics: [], only: [this.random.pick(ACTION_KINDS)], triggerKind: 1 }
          : { diagnostics: this.someOf(diagnostics), triggerKind: this.random.int(1, 2) };
        return plain({ textDocument, range, context });
      }
      case 'codeLens/resolve':
        return this.lensResolve(doc, textDocument.uri, position);
      case 'xproj/taskTree':
      case 'xproj/riskList':
      case 'xproj/ganttModel':
        return plain({ uri: textDocument.uri });
      case 'xproj/ganttEdit':
        return this.ganttEdit(doc, textDocument.uri);
      default:
        return plain({ textDocument, position });
    }
  }

  /** A lens as the server gave it, for a task that may since have gone; sometimes with data that is not the server's. */
  private lensResolve(doc: FuzzDocument, uri: string, position: { line: number; character: number }): FuzzRequest {
    const range = { start: position, end: position };
    if (this.random.chance(0.2)) {
      const data = this.random.pick<unknown>([null, 42, 'x', { uri: 7 }, { uri, task: ['t1'] }, {}]);
      return { method: 'codeLens/resolve', params: { range, data }, hostile: true };
    }
    const data = this.random.chance(0.2) ? { uri } : { uri, task: this.taskId(doc) };
    return { method: 'codeLens/resolve', params: { range, data }, hostile: false };
  }

  private ganttEdit(doc: FuzzDocument, uri: string): FuzzRequest {
    const taskId = this.taskId(doc);
    const drag = { uri, taskId, kind: this.random.pick(['move', 'resize']), workingDays: this.random.int(-10, 10), start: '2026-01-05', end: '2026-01-09' };
    if (this.hostileGantt && this.random.chance(0.4)) {
      const params = this.random.chance(0.1) ? null : { ...drag, ...this.random.pick(HOSTILE_DRAGS) };
      return { method: 'xproj/ganttEdit', params, hostile: true };
    }
    return { method: 'xproj/ganttEdit', params: drag, hostile: false };
  }

  private taskId(doc: FuzzDocument): string {
    const text = doc.text;
    const pattern = /\bid: (t\d+|fz-\d+)/g;
    pattern.lastIndex = this.random.int(0, text.length);
    return (pattern.exec(text) ?? ((pattern.lastIndex = 0), pattern.exec(text)))?.[1] ?? 'missing';
  }

  /** Diagnostics the editor hands back with a code action request: a few of the last published. */
  private someOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    if (diagnostics.length === 0) {
      return [];
    }
    const start = this.random.int(0, diagnostics.length - 1);
    return diagnostics.slice(start, start + this.random.int(1, 3));
  }

  private position(doc: FuzzDocument): { line: number; character: number } {
    if (this.random.chance(0.05)) {
      return this.random.pick([
        { line: doc.lineCount + 5, character: 0 },
        { line: 0, character: 100_000 },
        { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      ]);
    }
    return doc.positionAt(this.random.int(0, doc.text.length));
  }

  private range(doc: FuzzDocument): { start: { line: number; character: number }; end: { line: number; character: number } } {
    if (this.random.chance(0.2)) {
      return { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } };
    }
    const start = this.random.int(0, doc.text.length);
    const end = Math.min(doc.text.length, start + this.random.int(0, 2000));
    return { start: doc.positionAt(start), end: doc.positionAt(end) };
  }
}
