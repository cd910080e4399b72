/**
 * Run on its own (`node --import tsx nestingShapes.ts`): checks each shape of deep nesting once, in
 * a process where nothing is warmed up yet, and prints the problems. Cold code takes the most stack
 * a level (see `MAX_NESTING`), which a test process that has already parsed plans hides.
 */
import { MAX_NESTING } from '../../server/src/service/parser/boundedCompose';
import { check } from '../helpers/plan';

const HEAD = 'xproj: 1\nproject: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}\npeople: [{id: a, name: A}]\n';

/** Texts whose collections nest `n` deep, give or take the two of the top level. */
export const SHAPES: Readonly<Record<string, (n: number) => string>> = {
  brackets: (n) => `${HEAD}x: ${'['.repeat(n)}${']'.repeat(n)}\n`,
  braces: (n) => `${HEAD}x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
  blockMaps: (n) => `${HEAD}x:\n${Array.from({ length: n }, (_, d) => `${' '.repeat(d + 1)}k${d}:`).join('\n')} 1\n`,
  blockLists: (n) => `${HEAD}x:\n  ${'- '.repeat(n)}y\n`,
  subtasks: (n) => `${HEAD}tasks:\n${Array.from({ length: n / 2 }, (_, d) => `${'  '.repeat(2 * d)}- id: t${d}\n${'  '.repeat(2 * d)}  subtasks:\n`).join('')}`,
};

if (require.main === module) {
  // From a few hundred frames down, as a server's handlers are.
  const deep = (frames: number, run: () => string[]): string[] => (frames === 0 ? run() : deep(frames - 1, run));
  const out: Record<string, string[]> = {};
  for (const [name, shape] of Object.entries(SHAPES)) {
    // What the nesting caused; the subtasks' missing owners and dates say nothing here.
    out[name] = deep(300, () => check(shape(MAX_NESTING - 4)).problems.map((p) => p.message)).filter((m) => /nest|stack|Unknown key/i.test(m));
  }
  process.stdout.write(JSON.stringify(out));
}
