import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import type { Task } from '../../model/planModel';
import { formatDay, weekdayOf } from '../../../../../common/dates';
import { dayLabel } from '../calendarDays';
import { taskAt } from './dependencyGuard';
import { sortKey, textItem, wrapText } from './itemTools';
import type { ItemRequest, Wrap } from './itemTools';
import type { SchemaTarget } from './schemaPath';

/** Risk registers are reviewed every two weeks in the rule books. */
const REVIEW_INTERVAL_DAYS = 14;

/** The task whose mapping holds the key at the end of the path. */
function currentTask(req: ItemRequest): Task | undefined {
  const depth = req.ctx.path.length - 1;
  return taskAt(req.analysis, req.ctx.fieldAt(depth, 'id'), req.offset);
}

/** The first working day its dependencies leave free: the day after the latest-ending predecessor. */
function afterPredecessors(req: ItemRequest, task: Task): [number, string] | undefined {
  const { schedule, symbols } = req.analysis;
  let latest: { id: string; end: number } | undefined;
  for (const d of task.dependsOn) {
    const pred = symbols.task(d.task.id);
    const end = pred ? schedule.tasks.get(pred)?.end : undefined;
    if (end !== undefined && (!latest || end > latest.end)) {
      latest = { id: d.task.id, end };
    }
  }
  if (!latest) {
    return undefined;
  }
  return [schedule.calendar.nextWorkday(latest.end + 1), req.messages.dateAfterPredecessor(latest.id, formatDay(latest.end))];
}

/** Dates worth offering for a date-valued key, each with why it is offered. */
function candidates(req: ItemRequest, target: SchemaTarget): [number, string][] {
  const { analysis, messages: m } = req;
  const out: [number, string][] = [];
  const field = `${target.owner}.${target.key}`;
  if (field === 'task.start' || field === 'task.end') {
    const task = currentTask(req);
    const pick = task && (field === 'task.start' ? afterPredecessors(req, task) : undefined);
    if (pick) {
      out.push(pick);
    }
    const scheduled = task && field === 'task.end' && task.children.length === 0 ? analysis.schedule.tasks.get(task) : undefined;
    if (scheduled && (task?.duration || task?.milestone)) {
      out.push([scheduled.end, m.dateComputedEnd()]);
    }
  }
  const status = analysis.statusDate;
  if (field === 'risk.next_review') {
    out.push([status + REVIEW_INTERVAL_DAYS, m.dateInTwoWeeks()]);
  }
  out.push([status, analysis.plan.project?.statusDate ? m.dateStatus() : m.dateToday()]);
  let monday = status + 1;
  while (weekdayOf(monday) !== 1) {
    monday++;
  }
  out.push([monday, m.dateNextMonday()]);
  const project = analysis.plan.project;
  if (project?.start) {
    out.push([project.start.day, m.dateProjectStart()]);
  }
  if (project?.end) {
    out.push([project.end.day, m.dateProjectEnd()]);
  }
  return out;
}

/** Useful dates for a date-valued key: `2026-03-09 — next Monday`; the same day offered twice is merged. */
export function dateItems(req: ItemRequest, target: SchemaTarget, wrap: Wrap): CompletionItem[] {
  const reasons = new Map<number, string[]>();
  for (const [day, why] of candidates(req, target)) {
    const list = reasons.get(day);
    if (list) {
      list.push(why);
    } else {
      reasons.set(day, [why]);
    }
  }
  const weekdays = req.messages.weekdays().split(',');
  return [...reasons].map(([day, whys], i) => {
    const iso = formatDay(day);
    return textItem(req, `${iso} — ${whys.join(', ')}`, wrapText(iso, wrap), {
      kind: CompletionItemKind.Value,
      detail: dayDetail(req, day, weekdays),
      filterText: iso,
      sortText: sortKey(0, i),
    });
  });
}

/** The weekday, and what the calendar makes of the day when it is not what its weekday says: `Saturday · make-up working day (Spring Festival)`. */
function dayDetail(req: ItemRequest, day: number, weekdays: readonly string[]): string {
  const weekday = weekdays[weekdayOf(day)] ?? '';
  const kind = req.analysis.schedule.calendar.dayKind(day);
  return kind === 'holiday' || kind === 'makeup' ? `${weekday} · ${dayLabel(req.analysis, day, req.locale)}` : weekday;
}
