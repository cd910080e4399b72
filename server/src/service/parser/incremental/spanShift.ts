import type { MovableSpan } from './chunkMemo';

/**
 * Keys of the plan model that only lead back to objects reached another way: a task's parent,
 * and the task trees that `tasks` lists flat. Skipping them keeps the walk linear and acyclic.
 */
const SKIPPED: ReadonlySet<string> = new Set(['parent', 'children', 'rootTasks']);

function isSpan(o: object): o is MovableSpan {
  const s = o as Partial<MovableSpan>;
  return typeof s.offset === 'number' && typeof s.length === 'number';
}

/**
 * Every `{offset, length}` object reachable from `root`, each once (the model shares span objects
 * between fields, and lists each reference twice). Generic, so that a field added to the plan
 * model later moves with its chunk without anyone remembering to list it here.
 */
export function collectSpans(root: unknown): MovableSpan[] {
  const spans = new Set<MovableSpan>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'object' && item !== null) {
          stack.push(item);
        }
      }
    } else if (typeof value === 'object' && value !== null) {
      if (isSpan(value)) {
        spans.add(value);
        continue;
      }
      for (const key in value) {
        const field = (value as Record<string, unknown>)[key];
        if (typeof field === 'object' && field !== null && !SKIPPED.has(key)) {
          stack.push(field);
        }
      }
    }
  }
  return [...spans];
}

export function shiftSpans(spans: readonly MovableSpan[], delta: number): void {
  for (const span of spans) {
    span.offset += delta;
  }
}
