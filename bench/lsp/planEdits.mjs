// The edits bench/lspBench.mjs types into a generated plan, and where it asks for completion and
// hover: the same for every server, computed on the text as it is when each edit is made.

/** The LSP position (UTF-16 code units, as JavaScript strings count) of an offset. */
export function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** The first match of `pattern` at or after `fraction` of the text's task list. */
function findFrom(text, fraction, pattern) {
  const tasks = text.indexOf('\ntasks:');
  const end = text.indexOf('\nrisks:');
  const from = tasks + Math.floor((end - tasks) * fraction);
  const re = new RegExp(pattern.source, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) {
    throw new Error(`no ${pattern} after ${from}`);
  }
  return m;
}

/** Realistic edits: a duration changed, a task renamed, a dependency added, in turn, down the task list. */
const KINDS = [
  (text, fraction, n) => {
    const m = findFrom(text, fraction, /duration: (\d+)d/);
    const at = m.index + 'duration: '.length;
    return { at, remove: m[1].length, insert: String((Number(m[1]) % 8) + 1 + (n % 2)) };
  },
  (text, fraction, n) => {
    const m = findFrom(text, fraction, /\n {12}name: ([^\n]+)/);
    const at = m.index + m[0].length - m[1].length;
    return { at, remove: m[1].length, insert: `Renamed task ${n}` };
  },
  (text, fraction) => {
    const m = findFrom(text, fraction, /depends_on: \[/);
    return { at: m.index + m[0].length, remove: 0, insert: 't000000, ' };
  },
];

/**
 * The `index`-th edit of a sequence of `count`, as an LSP content change on `text`, and the text
 * after it.
 */
export function planEdit(text, index, count) {
  const fraction = (index + 0.5) / count;
  const { at, remove, insert } = KINDS[index % KINDS.length](text, fraction, index);
  const change = { range: { start: positionAt(text, at), end: positionAt(text, at + remove) }, text: insert };
  return { change, text: text.slice(0, at) + insert + text.slice(at + remove) };
}

/** Where completion is asked: the value of a task's `owner:` in the middle of the plan. */
export function completionPosition(text) {
  const m = findFrom(text, 0.5, /\n {12}owner: /);
  return positionAt(text, m.index + m[0].length);
}

/** Where hover is asked: a task id in a `depends_on` list in the middle of the plan. */
export function hoverPosition(text) {
  const m = findFrom(text, 0.5, /depends_on: \[t/);
  return positionAt(text, m.index + m[0].length + 2);
}
