import { defineMessages } from '../l10n/localize';
import type { CycleEdge, DependencyCycle } from '../scheduler/scheduleTypes';
import type { PlanRule, RuleContext } from './types';
import type { RelatedSpan } from '../model/problems';

const messages = defineMessages(
  {
    cycle: (task: string, dependency: string, path: string) =>
      `Dependency cycle ${path}: task '${task}' depends on '${dependency}', which in turn waits on '${task}', so none of these tasks can be scheduled.`,
    self: (task: string) => `Task '${task}' depends on itself (${task} → ${task}), so it cannot be scheduled.`,
    edge: (task: string, dependency: string) => `'${task}' depends on '${dependency}'`,
    more: (count: number) => `… ${count} more tasks …`,
  },
  {
    cycle: (task, dependency, path) => `依赖循环 ${path}：任务“${task}”依赖“${dependency}”，而“${dependency}”又经依赖链等待“${task}”，这些任务都无法排期。`,
    self: (task) => `任务“${task}”依赖它自身（${task} → ${task}），无法排期。`,
    edge: (task, dependency) => `“${task}”依赖“${dependency}”`,
    more: (count) => `……另有 ${count} 个任务……`,
  },
);

/**
 * A cycle can run through thousands of tasks; every edge is reported, but each message names at
 * most this many tasks and links at most this many other edges, so output stays linear in size.
 */
const MAX_NAMED = 12;

/**
 * `dependency-cycle`: reported on every `depends_on` entry of each cycle, each naming the whole
 * cycle, so whichever edge the user looks at, they see what to break.
 */
export const dependencyCycleRule: PlanRule = {
  codes: ['dependency-cycle'],
  check(ctx: RuleContext): void {
    const m = messages[ctx.locale];
    for (const cycle of ctx.schedule.cycles) {
      const ids = cycleIds(cycle);
      const shown = ids.length <= MAX_NAMED ? ids : [...ids.slice(0, MAX_NAMED - 2), m.more(ids.length - MAX_NAMED + 1), ids[ids.length - 1]!];
      const path = [...shown, ids[0]].join(' → ');
      const named = ids.length <= MAX_NAMED * 4 ? ids : ids.slice(0, MAX_NAMED * 4);
      for (const edge of cycle.edges) {
        const task = edge.task.id;
        const dependency = edge.dependency.task.id;
        ctx.report({
          code: 'dependency-cycle',
          span: edge.dependency.task.span,
          message: task === dependency ? m.self(task) : m.cycle(task, dependency, path),
          related: cycle.edges
            .filter((e) => e !== edge)
            .slice(0, MAX_NAMED)
            .map((e): RelatedSpan => relatedEdge(e, m.edge)),
          // `from` holds the `depends_on` entry, `to` is the task it names: removing it breaks the cycle.
          data: { cycle: named, from: task, to: dependency },
        });
      }
    }
  },
};

/** The cycle's task ids in dependency order (each waits on the one before it). */
function cycleIds(cycle: DependencyCycle): string[] {
  if (cycle.tasks.length > 0) {
    return cycle.tasks.map((t) => t.id);
  }
  return cycle.edges.map((e) => e.dependency.task.id);
}

function relatedEdge(edge: CycleEdge, text: (task: string, dependency: string) => string): RelatedSpan {
  return { uri: edge.task.uri, span: edge.dependency.task.span, message: text(edge.task.id, edge.dependency.task.id) };
}
