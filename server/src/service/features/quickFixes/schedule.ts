import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { isScalar } from 'yaml';
import { defineMessages } from '../../l10n/localize';
import type { DateValue, Task } from '../../model/planModel';
import type { CycleEdge } from '../../scheduler/scheduleTypes';
import { formatDay } from '../../../../../common/dates';
import { dataString, enclosingMap, entityAt, mapOf, quickFix, removeRef } from './fixContext';
import type { FixContext, QuickFixProvider } from './fixContext';

const titles = defineMessages(
  {
    removeDependency: (from: string, to: string) => `Remove dependency ${from} → ${to}`,
    moveStart: (date: string) => `Move start to ${date}`,
    removeStart: () => 'Remove the fixed start',
    swap: () => 'Swap start and end',
  },
  {
    removeDependency: (from, to) => `移除依赖 ${from} → ${to}`,
    moveStart: (date) => `将开始日期改为 ${date}`,
    removeStart: () => '删除固定的开始日期',
    swap: () => '交换开始和结束日期',
  },
);

/** A cycle through thousands of tasks offers its own edge and this many others. */
const MAX_EDGES = 12;

/**
 * `dependency-cycle`: one "Remove dependency A → B" per edge of the cycle, this diagnostic's edge
 * first. Only a self-dependency has an obvious fix, so only that one is preferred.
 */
export const dependencyCycleFixes: QuickFixProvider = (ctx) => {
  const from = dataString(ctx, 'from');
  const to = dataString(ctx, 'to');
  const isThis = (e: CycleEdge): boolean => e.task.id === from && e.dependency.task.id === to;
  const cycles = ctx.analysis.schedule.cycles.filter((c) => c.edges.some(isThis));
  const cycle = cycles.find((c) => c.edges.some((e) => isThis(e) && e.dependency.task.span.offset === ctx.offset)) ?? cycles[0];
  if (!cycle) {
    return [];
  }
  const own = cycle.edges.find((e) => isThis(e) && e.dependency.task.span.offset === ctx.offset) ?? cycle.edges.find(isThis)!;
  // Around the cycle from this diagnostic's edge, so the nearest edges come first.
  const at = cycle.edges.indexOf(own);
  const edges = [...cycle.edges.slice(at), ...cycle.edges.slice(0, at)].slice(0, MAX_EDGES + 1);
  return edges.flatMap((edge) => {
    const map = mapOf(ctx, edge.task);
    const edit = map ? removeRef(ctx, map, 'depends_on', edge.dependency) : undefined;
    return quickFix(ctx, titles[ctx.locale].removeDependency(edge.task.id, edge.dependency.task.id), [edit], from === to);
  });
};

/**
 * `dependency-violation`: move the written date(s) to the earliest start all of the task's
 * dependencies allow (a start with an end keeps its working-day length), or drop the fixed start
 * so the scheduler places the task (only where that leaves the task a length: a duration, or a
 * milestone, or no end).
 */
export const dependencyViolationFixes: QuickFixProvider = (ctx) => {
  const { schedule } = ctx.analysis;
  const task = entityAt(ctx, ctx.analysis.plan.tasks, dataString(ctx, 'task'));
  const map = mapOf(ctx, task);
  if (!task || !map) {
    return [];
  }
  const violations = schedule.violations.filter((v) => v.task === task);
  if (violations.length === 0) {
    return [];
  }
  const earliest = Math.max(...violations.map((v) => v.earliestStart));
  const t = titles[ctx.locale];
  const actions: CodeAction[] = quickFix(ctx, t.moveStart(formatDay(earliest)), moveStart(ctx, task, earliest), true);
  if (task.start && (task.duration || task.milestone || !task.end)) {
    actions.push(...quickFix(ctx, t.removeStart(), [ctx.editor.removeKey(map, 'start')]));
  }
  return actions;
};

/** Edits that make the task start on `earliest`: its written start (and end), or its end when that fixes it. */
export function moveStart(ctx: FixContext, task: Task, earliest: number): (TextEdit | undefined)[] {
  const { calendar } = ctx.analysis.schedule;
  const setDate = (date: DateValue | undefined, day: number): TextEdit | undefined => {
    const node = date ? ctx.editor.scalarAt(date.span.offset) : undefined;
    return node ? ctx.editor.setScalar(node, formatDay(day)) : undefined;
  };
  const after = (workdays: number): number => (workdays > 0 ? calendar.dayOf(calendar.ordinal(earliest) + workdays - 1) : earliest);
  if (task.start) {
    // A written end without a duration is what gives the task its length: keep that length.
    const keepsLength = task.end && !task.duration && !task.milestone;
    const length = keepsLength ? calendar.workdaysBetween(task.start.day, task.end!.day) : 0;
    return [setDate(task.start, earliest), keepsLength && length > 0 ? setDate(task.end, after(length)) : undefined];
  }
  // Fixed through `end` and a duration: the end moves with the start.
  const scheduled = ctx.analysis.schedule.tasks.get(task);
  return [setDate(task.end, after(task.milestone ? 0 : (scheduled?.duration ?? 1)))];
}

/** `date-order` of a range written backwards (project, phase, task, holiday): swaps its two dates. */
export const dateOrderFixes: QuickFixProvider = (ctx) => {
  if (dataString(ctx, 'start') === undefined || dataString(ctx, 'end') === undefined) {
    return [];
  }
  const map = enclosingMap(ctx);
  const [startKey, endKey] = map && ctx.editor.pair(map, 'from') ? ['from', 'to'] : ['start', 'end'];
  const start = map ? ctx.editor.pair(map, startKey)?.value : undefined;
  const end = map ? ctx.editor.pair(map, endKey)?.value : undefined;
  // A task's start that the scheduler derived is not written anywhere to swap with.
  if (!isScalar(start) || !isScalar(end) || String(start.value) !== dataString(ctx, 'start')) {
    return [];
  }
  return quickFix(ctx, titles[ctx.locale].swap(), ctx.editor.swap(start, end), true);
};
