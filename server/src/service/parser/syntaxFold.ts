import { isMap, isPair, isSeq } from 'yaml';
import type { Span } from '../model/planModel';
import type { SyntaxProblem } from './yamlParser';

/**
 * How many lines after a syntax problem the next one may start and still be folded into it. One
 * stray character (a newline inside `{...}`, a `[` at column 0) makes `yaml` report a problem on
 * every line after it, tens of thousands in a large plan; problems apart by more lines than this
 * stay apart, as independent typos usually are. Two lines let a run cross a blank line.
 */
export const FOLD_LINES = 2;

/** A syntax problem before folding, maybe standing for a run of error tokens already (`ErrorRun`). */
export interface Unfolded {
  readonly problem: SyntaxProblem;
  /** How many problems it stands for besides itself. */
  readonly folded: number;
  /** Where the last of those starts. */
  readonly lastOffset: number;
}

/** 1-based line numbers, in one pass over the text while the offsets asked grow. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    if (offset < at) {
      line = 1;
      at = 0;
    }
    for (let nl = text.indexOf('\n', at); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      line++;
      at = nl + 1;
    }
    return line;
  };
}

/**
 * The outermost flow collections (`[...]`, `{...}`) of the document that span more than one
 * line. A bracket left open swallows the lines after it, each of which `yaml` then reports, with
 * lines between that happen to parse; every problem inside such a collection is folded into its
 * first. Plans write their flow collections on one line, so this rarely folds anything else.
 */
export function multiLineFlows(contents: unknown, text: string): Span[] {
  const spans: Span[] = [];
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isMap(node) || isSeq(node)) {
      const range = node.range;
      if (!node.flow) {
        for (let i = node.items.length - 1; i >= 0; i--) {
          stack.push(node.items[i]);
        }
      } else if (range) {
        const newline = text.indexOf('\n', range[0]);
        if (newline >= 0 && newline < range[1]) {
          spans.push({ offset: range[0], length: range[2] - range[0] });
        }
      }
    }
  }
  return spans.sort((a, b) => a.offset - b.offset);
}

interface Run {
  readonly first: SyntaxProblem;
  count: number;
  lastLine: number;
  /** The index of the multi-line flow collection the run reached last, or -1. */
  flow: number;
}

/**
 * Folds into the first problem of each run the problems of the same severity that follow it:
 * those starting at most `FOLD_LINES` lines after the run's last, and those inside the same
 * multi-line flow collection (`flows`, in document order, as `multiLineFlows` gives them). The
 * first tells how many follow it and on which line the last one is. A size limit's problem is
 * never folded. Returns the problems in document order.
 */
export function foldSyntaxProblems(problems: readonly Unfolded[], text: string, flows: readonly Span[] = []): SyntaxProblem[] {
  const lineOf = lineCounter(text);
  const sorted = [...problems].sort((a, b) => a.problem.span.offset - b.problem.span.offset);
  const runs: Run[] = [];
  const open = new Map<SyntaxProblem['severity'], Run>();
  let f = 0;
  for (const { problem, folded, lastOffset } of sorted) {
    const offset = problem.span.offset;
    // A collection left open is reported where it ends: that problem is inside it too.
    while (f < flows.length && flows[f]!.offset + flows[f]!.length < offset) {
      f++;
    }
    const flow = f < flows.length && flows[f]!.offset <= offset ? f : -1;
    const line = lineOf(offset);
    const last = folded > 0 ? lineOf(lastOffset) : line;
    const run = open.get(problem.severity);
    const joins = run && !problem.limit && !run.first.limit && ((flow >= 0 && run.flow === flow) || line <= run.lastLine + FOLD_LINES);
    if (run && joins) {
      run.count += 1 + folded;
      run.lastLine = Math.max(run.lastLine, last);
      run.flow = flow >= 0 ? flow : run.flow;
      continue;
    }
    const next: Run = { first: problem, count: folded, lastLine: last, flow };
    runs.push(next);
    open.set(problem.severity, next);
  }
  return runs.map(({ first, count, lastLine }) => (count > 0 ? { ...first, folded: { count, lastLine } } : first));
}
