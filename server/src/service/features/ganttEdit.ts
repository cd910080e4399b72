import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatDay, parseIsoDate } from '../../../../common/dates';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import { YamlEditor } from '../utils/yamlEdits';

/** A bar dragged in the Gantt chart, in working days of the plan's calendar. */
export interface GanttDrag {
  readonly taskId: string;
  /** `move` shifts the whole task; `resize` moves its end (changes its duration). */
  readonly kind: 'move' | 'resize';
  readonly workingDays: number;
  /**
   * The new start and (inclusive) end the user saw on drop, ISO. When given, the edit is refused
   * unless the plan, as it is now, gives the same new start (a move) or end (a resize): the chart
   * was stale.
   */
  readonly expected?: { readonly start: string; readonly end: string };
}

/** A drag moves a task by at most this many working days (about forty years). */
export const MAX_DRAG_WORKING_DAYS = 10_000;
const MAX_ID_LENGTH = 1_000;

/** Thrown for a drag the server will not apply, with a localised message; the server answers with it as an error. */
export class GanttEditRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GanttEditRefusal';
  }
}

const messages = defineMessages(
  {
    malformed: (field: string) => `The chart sent an invalid edit (${field}); nothing was changed.`,
    stale: (task: string) => `The plan changed while task ${task} was dragged; the chart has been updated, please drag again.`,
    outOfRange: (task: string) => `Task ${task} would move outside the dates XProj supports (0001-01-01 to 9999-12-31).`,
  },
  {
    malformed: (field) => `甘特图发送的编辑无效（${field}），未作任何修改。`,
    stale: (task) => `拖动任务 ${task} 时计划已有改动；甘特图已更新，请重新拖动。`,
    outOfRange: (task) => `任务 ${task} 将移出 XProj 支持的日期范围（0001-01-01 至 9999-12-31）。`,
  },
);

/**
 * Turns a Gantt drag into the text edit that makes it true in the plan, as one WorkspaceEdit (one
 * undo step). Dates come from the schedule and the calendar here, not from the webview, so a drag
 * always lands on working days.
 */
export class XprojGanttEdit {
  constructor(private readonly locale: Locale) {}

  /**
   * Checks a drag as it came over the wire: every field's type and range.
   * @throws GanttEditRefusal naming the first field that is wrong.
   */
  parseDrag(raw: unknown): GanttDrag {
    const msg = messages[this.locale];
    const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const { taskId, kind, workingDays, start, end } = v;
    if (typeof taskId !== 'string' || taskId.length === 0 || taskId.length > MAX_ID_LENGTH) {
      throw new GanttEditRefusal(msg.malformed('taskId'));
    }
    if (kind !== 'move' && kind !== 'resize') {
      throw new GanttEditRefusal(msg.malformed('kind'));
    }
    if (typeof workingDays !== 'number' || !Number.isSafeInteger(workingDays) || Math.abs(workingDays) > MAX_DRAG_WORKING_DAYS) {
      throw new GanttEditRefusal(msg.malformed('workingDays'));
    }
    if (start === undefined && end === undefined) {
      return { taskId, kind, workingDays };
    }
    if (typeof start !== 'string' || parseIsoDate(start) === undefined || typeof end !== 'string' || parseIsoDate(end) === undefined) {
      throw new GanttEditRefusal(msg.malformed(typeof start === 'string' && parseIsoDate(start) !== undefined ? 'end' : 'start'));
    }
    return { taskId, kind, workingDays, expected: { start, end } };
  }

  /**
   * The edit for a drag. Summaries span their children and cannot be dragged; nor can imported or
   * unscheduled tasks, a zero move, or a resize below one day: those return null.
   * @throws GanttEditRefusal when the chart was stale or the task would leave the supported dates.
   */
  doGanttEdit(document: TextDocument, analysis: PlanAnalysis, drag: GanttDrag): WorkspaceEdit | null {
    const task = analysis.symbols.task(drag.taskId);
    const scheduled = task ? analysis.schedule.tasks.get(task) : undefined;
    const doc = task ? analysis.parsed.around([task.span.offset]) : undefined;
    if (!task || !scheduled || scheduled.summary || !doc || task.uri !== document.uri || analysis.text !== document.getText()) {
      return null;
    }
    const days = Math.trunc(drag.workingDays);
    if (days === 0 || !Number.isFinite(days)) {
      return null;
    }
    const calendar = analysis.schedule.calendar;
    const shift = (day: number): number => calendar.dayOf(calendar.ordinal(day) + days);
    const duration = calendar.workdaysBetween(scheduled.start, scheduled.end);
    const start = drag.kind === 'move' ? shift(scheduled.start) : scheduled.start;
    const end =
      drag.kind === 'move' ? (task.milestone ? start : shift(scheduled.end)) : calendar.dayOf(calendar.ordinal(scheduled.start) + duration + days - 1);
    if (drag.kind === 'resize' && (task.milestone || duration + days < 1)) {
      return null;
    }
    const msg = messages[this.locale];
    if (!inSupportedRange(start) || !inSupportedRange(end)) {
      throw new GanttEditRefusal(msg.outOfRange(drag.taskId));
    }
    // What the user aimed at: a move's new start, a resize's new end (the other follows from the task).
    const aimedAt = drag.kind === 'move' ? drag.expected?.start : drag.expected?.end;
    const landsOn = drag.kind === 'move' ? start : end;
    if (aimedAt !== undefined && aimedAt !== formatDay(landsOn)) {
      throw new GanttEditRefusal(msg.stale(drag.taskId));
    }
    const editor = new YamlEditor(document, doc);
    const map = editor.mapAt(task.span.offset);
    if (!map) {
      return null;
    }
    const edits: TextEdit[] = [];
    if (drag.kind === 'move') {
      edits.push(editor.setKey(map, 'start', formatDay(start), ['name', 'id']));
      // A written end would keep the old finish and stretch the task; it moves with the start.
      if (task.end && !task.milestone) {
        edits.push(editor.setKey(map, 'end', formatDay(end)));
      }
    } else {
      edits.push(
        task.end && !task.duration
          ? editor.setKey(map, 'end', formatDay(end))
          : editor.setKey(map, 'duration', `${duration + days}d`, ['start', 'owner', 'name', 'id']),
      );
    }
    return { changes: { [document.uri]: edits } };
  }
}

const FIRST_DAY = parseIsoDate('0001-01-01') ?? -719162;
const LAST_DAY = parseIsoDate('9999-12-31') ?? 2932896;

function inSupportedRange(day: number): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}
