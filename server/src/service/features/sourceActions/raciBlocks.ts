import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Task } from '../../model/planModel';
import { addPairEdit, columnOf, eolOf, lineEnd, mapsByOffset, pairOf } from './yamlText';
import type { OffsetEdit } from './yamlText';
import { quoteScalar } from '../../utils/yamlScalars';

/** How the edits are found: from the text where it is plain block YAML (`auto`), or always from the YAML tree. */
export type RaciEditSource = 'auto' | 'yaml';

/**
 * One edit per task that has its own owner (a known person) and no `raci` key: `raci: {R: [owner],
 * A: owner}`, the owner doing the work and answering for it, which every RACI rule accepts. In a
 * block mapping the block goes right under `owner`, keeping the responsibility fields together.
 *
 * A large plan keeps no YAML tree of its items, and parsing them again is most of the time this
 * takes (6 s at 20,000 tasks). The edit of a task written as a plain block mapping, the common
 * case, needs only the text: where its keys start and whether a `raci` key is written. Tasks the
 * text does not settle (flow mappings, a `raci` key already there, keys of another form) are
 * looked up in the tree, parsing only the items that hold them.
 */
export function addRaciEdits(analysis: PlanAnalysis, source: RaciEditSource = 'auto'): OffsetEdit[] {
  const lacking = analysis.plan.tasks.filter((task) => !task.raci && task.owner && analysis.symbols.person(task.owner.id));
  const text = analysis.text;
  const edits: OffsetEdit[] = [];
  const fromTree: Task[] = [];
  for (const task of lacking) {
    const edit = source === 'auto' ? blockMapEdit(text, task) : undefined;
    if (edit) {
      edits.push(edit);
    } else {
      fromTree.push(task);
    }
  }
  if (fromTree.length > 0) {
    const maps = mapsByOffset(analysis.parsed.around(fromTree.map((task) => task.span.offset)));
    for (const task of fromTree) {
      const map = maps.get(task.span.offset);
      // A `raci:` left empty has no model but still holds the key; adding another would duplicate it.
      if (!map || pairOf(map, 'raci')) {
        continue;
      }
      const edit = addPairEdit(text, map, 'raci', raciValue(task), ownerEnd(task));
      if (edit) {
        edits.push(edit);
      }
    }
    edits.sort((a, b) => a.offset - b.offset);
  }
  return edits;
}

function raciValue(task: Task): string {
  const id = quoteScalar(task.owner!.id);
  return `{R: [${id}], A: ${id}}`;
}

function ownerEnd(task: Task): number {
  return task.owner!.span.offset + task.owner!.span.length;
}

/** A plain key at the start of a block mapping's line: a letter, then word characters, then `:`. */
const PLAIN_KEY = /[A-Za-z_][\w-]*[ \t]*:(?=[ \t\r\n]|$)/y;

/**
 * The edit `addPairEdit` makes for a block mapping, read from the text: the mapping starts at its
 * first key, so that key's column is the keys' indentation, and its own keys are the lines that
 * start at exactly that column (nested ones start further in). Undefined when the text does not
 * settle it: not a block mapping of plain keys, or a `raci` key already written (left empty).
 */
function blockMapEdit(text: string, task: Task): OffsetEdit | undefined {
  const start = task.span.offset;
  const end = start + task.span.length;
  const indent = columnOf(text, start);
  for (let line = start; line < end;) {
    PLAIN_KEY.lastIndex = line;
    const key = PLAIN_KEY.exec(text);
    // Not a plain key (a quoted or complex key, a flow mapping), or a `raci` key: the tree decides.
    if (!key || /^raci[ \t]*:/.test(key[0])) {
      return undefined;
    }
    line = nextKeyLine(text, line, end, indent);
  }
  const anchor = ownerEnd(task);
  return { offset: lineEnd(text, Math.max(anchor - 1, start)), length: 0, newText: `${eolOf(text)}${' '.repeat(indent)}raci: ${raciValue(task)}` };
}

/** The offset of the next line in [from, end) that starts at exactly `indent` columns with no `-` (a key of the same mapping), else `end`. */
function nextKeyLine(text: string, from: number, end: number, indent: number): number {
  let i = text.indexOf('\n', from);
  while (i >= 0 && i + 1 < end) {
    const line = i + 1;
    let column = 0;
    while (column < indent && text.charCodeAt(line + column) === 32) {
      column++;
    }
    const next = text.charCodeAt(line + column);
    // Exactly the keys' indentation, and not a blank line, a comment or a sequence item.
    if (column === indent && next !== 32 && next !== 10 && next !== 13 && next !== 35 && next !== 45 && !Number.isNaN(next)) {
      return line + column;
    }
    i = text.indexOf('\n', line);
  }
  return end;
}
