import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ITEM, findCompletionContext } from '../../server/src/service/features/completion/context';
import type { CompletionContext, PathSegment } from '../../server/src/service/features/completion/context';
import { TEST_URI, withCursor } from '../helpers/plan';

/** The context at the `|` of a text; `marker` lets texts that contain `|` use another one. */
function contextAt(marked: string, marker = '|'): { ctx: CompletionContext | undefined; text: string } {
  const { text, offset } = marker === '|' ? withCursor(marked) : { text: marked.replace(marker, ''), offset: marked.indexOf(marker) };
  return { ctx: findCompletionContext(TextDocument.create(TEST_URI, 'xproj', 0, text), offset), text };
}

/** A compact view of a context: position, path (`[]` for list items) and the word it replaces. */
function summary(marked: string): [string, string, string] {
  const { ctx, text } = contextAt(marked);
  assert.ok(ctx, `no context for ${JSON.stringify(marked)}`);
  const path = ctx.path.map((s: PathSegment) => (s === ITEM ? '[]' : s)).join('.');
  return [ctx.position, path, text.slice(ctx.word.offset, ctx.word.offset + ctx.word.length)];
}

function ctxOf(marked: string): CompletionContext {
  const { ctx } = contextAt(marked);
  assert.ok(ctx);
  return ctx;
}

describe('completion context: block style', () => {
  it('finds the value of a key, empty or being typed', () => {
    assert.deepEqual(summary('xproj: 1\nproject:\n  owner: |'), ['value', 'project.owner', '']);
    assert.deepEqual(summary('xproj: 1\nproject:\n  owner: li|'), ['value', 'project.owner', 'li']);
    assert.deepEqual(summary('tasks:\n  - id: a\n    owner: "li|"'), ['value', 'tasks.[].owner', 'li']);
  });

  it('finds a key position from the indentation, with the keys already there before and after', () => {
    const text = 'tasks:\n  - id: a\n    name: A\n    ow|\n    duration: 2d\n  - id: b\n    owner: x';
    assert.deepEqual(summary(text), ['key', 'tasks.[]', 'ow']);
    assert.deepEqual([...ctxOf(text).presentKeys].sort(), ['duration', 'id', 'name']);
    assert.deepEqual(summary('project:\n  |\n  name: x'), ['key', 'project', '']);
    assert.deepEqual(summary('xproj: 1\n|'), ['key', '', '']);
    assert.deepEqual(summary('|'), ['key', '', '']);
  });

  it('starts a list item after `- `, and knows the items already in the list', () => {
    assert.deepEqual(summary('tasks:\n  - id: a\n  - |'), ['any', 'tasks.[]', '']);
    const deps = 'tasks:\n  - id: a\n    depends_on:\n      - b\n      - {task: c, type: SS}\n      - k|\n      - task: d\n      - e';
    assert.deepEqual(summary(deps), ['any', 'tasks.[].depends_on.[]', 'k']);
    assert.deepEqual(ctxOf(deps).listedValues(), ['c', 'b', 'd', 'e']);
  });

  it('sees a line at a list’s column as a new item that still needs its dash', () => {
    const ctx = ctxOf('tasks:\n  - id: a\n    name: A\n  |');
    assert.deepEqual([ctx.position, ctx.path, ctx.needsDash, ctx.column], ['any', ['tasks'], true, 2]);
  });

  it('reads a blank line under a key with no value as that key’s value', () => {
    assert.deepEqual(summary('tasks:\n  - id: a\n    depends_on:\n      |'), ['any', 'tasks.[].depends_on', '']);
  });

  it('handles lists written flush under their key', () => {
    assert.deepEqual(summary('tasks:\n- id: a\n  |'), ['key', 'tasks.[]', '']);
    assert.deepEqual(summary('tasks:\n- id: a\n- id: b\n  subtasks:\n  - id: c\n    depends_on: [|]'), ['value', 'tasks.[].subtasks.[].depends_on.[]', '']);
    assert.deepEqual(summary('tasks:\n- id: a\nris|'), ['key', '', 'ris']);
  });

  it('reads the id of the mapping that holds the cursor, written before or after it', () => {
    assert.equal(ctxOf('tasks:\n  - name: A\n    depends_on: [|]\n    id: late').fieldAt(2, 'id'), 'late');
    assert.equal(ctxOf('tasks:\n  - id: a\n    subtasks:\n      - id: b\n        start: |').fieldAt(4, 'id'), 'b');
  });
});

describe('completion context: flow style', () => {
  it('finds list items and mapping values in flow collections', () => {
    assert.deepEqual(summary('tasks:\n  - id: a\n    depends_on: [b, |]'), ['value', 'tasks.[].depends_on.[]', '']);
    assert.deepEqual(ctxOf('tasks:\n  - id: a\n    depends_on: [b, |, c]').listedValues(), ['b', 'c']);
    assert.deepEqual(summary('tasks:\n  - id: a\n    raci: {R: [x], A: |}'), ['value', 'tasks.[].raci.A', '']);
    assert.deepEqual(summary('tasks:\n  - id: a\n    raci: {R: [x, y|]}'), ['value', 'tasks.[].raci.R.[]', 'y']);
    assert.deepEqual(summary('tasks:\n  - {id: a, depends_on: [{task: |}]}'), ['value', 'tasks.[].depends_on.[].task', '']);
  });

  it('finds keys of a flow mapping with the keys before and after the cursor', () => {
    const ctx = ctxOf('tasks:\n  - {id: a, na|, owner: x, raci: {A: y}}');
    assert.deepEqual([ctx.position, ctx.flow, [...ctx.presentKeys].sort()], ['key', true, ['id', 'owner', 'raci']]);
    assert.equal(ctx.fieldAt(2, 'id'), 'a');
  });

  it('follows a flow collection over several lines', () => {
    const text = 'tasks:\n  - {id: a,\n     depends_on: [b,\n       c, |]}';
    assert.deepEqual(summary(text), ['value', 'tasks.[].depends_on.[]', '']);
    assert.deepEqual(ctxOf(text).listedValues(), ['b', 'c']);
    assert.equal(ctxOf(text).fieldAt(2, 'id'), 'a');
  });

  it('is not inside a flow collection that closed before the cursor', () => {
    assert.equal(contextAt('tasks:\n  - id: a\n    depends_on: [b] |').ctx, undefined);
  });
});

describe('completion context: incomplete documents', () => {
  it('completes in an unclosed bracket at the end of the file', () => {
    assert.deepEqual(summary('tasks:\n  - id: a\n    depends_on: [b, |'), ['value', 'tasks.[].depends_on.[]', '']);
  });

  it('is not misled by an unclosed bracket on an earlier line', () => {
    const text = 'tasks:\n  - {id: a, depends_on: [b\n  - id: c\n    owner: w|';
    assert.deepEqual(summary(text), ['value', 'tasks.[].owner', 'w']);
    assert.equal(ctxOf(text).fieldAt(2, 'id'), 'c');
  });

  it('treats a word with no colon yet as a key being typed, and notices a colon already there', () => {
    assert.deepEqual(summary('risks:\n  - id: r\n    lik|'), ['key', 'risks.[]', 'lik']);
    const ctx = ctxOf('risks:\n  - id: r\n    lik|elihood: 3');
    assert.deepEqual([ctx.keyHasColon, ctx.word.length], [true, 10]);
  });

  it('replaces the whole word around the cursor, and asks for a space after a bare colon or dash', () => {
    const ctx = ctxOf('project:\n  owner: li|si\n');
    assert.deepEqual(ctx.word, { offset: 18, length: 4 });
    assert.equal(ctxOf('project:\n  owner:|').needsSpace, true);
    assert.equal(ctxOf('tasks:\n  -|').needsSpace, true);
    assert.equal(ctxOf('project:\n  owner: |').needsSpace, false);
  });

  it('offers nothing in comments or inside a block scalar', () => {
    assert.equal(contextAt('tasks:\n  - id: a  # own|').ctx, undefined);
    assert.equal(contextAt('tasks:\n  - id: a\n    notes: |\n      owner: §', '§').ctx, undefined);
    assert.equal(contextAt('tasks:\n  - id: a\n    notes: >\n      depends_on: [§', '§').ctx, undefined);
  });
});
