import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { formatDay } from '../../../../common/dates';
import { YamlEditor } from '../utils/yamlEdits';

/** A bar dragged in the Gantt chart, in working days of the plan's calendar. */
export interface GanttDrag {
  readonly taskId: string;
  /** `move` shifts the whole task; `resize` moves its end (changes its duration). */
  readonly kind: 'move' | 'resize';
  readonly workingDays: number;
}

/**
 * The text edit that makes a drag true in the plan, as one WorkspaceEdit (one undo step). Dates
 * come from the schedule and the calendar here, not from the webview, so a drag always lands on
 * working days. Summaries span their children and cannot be dragged; nor can imported or
 * unscheduled tasks. Returns null when there is nothing to edit.
 */
export function computeGanttEdit(document: TextDocument, analysis: PlanAnalysis, drag: GanttDrag): WorkspaceEdit | null {
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
  const editor = new YamlEditor(document, doc);
  const map = editor.mapAt(task.span.offset);
  if (!map) {
    return null;
  }
  const calendar = analysis.schedule.calendar;
  const shift = (day: number): string => formatDay(calendar.dayOf(calendar.ordinal(day) + days));
  const edits: TextEdit[] = [];
  if (drag.kind === 'move') {
    edits.push(editor.setKey(map, 'start', shift(scheduled.start), ['name', 'id']));
    // A written end would keep the old finish and stretch the task; it moves with the start.
    if (task.end && !task.milestone) {
      edits.push(editor.setKey(map, 'end', shift(scheduled.end)));
    }
  } else {
    if (task.milestone) {
      return null;
    }
    const duration = calendar.workdaysBetween(scheduled.start, scheduled.end) + days;
    if (duration < 1) {
      return null;
    }
    edits.push(task.end && !task.duration ? editor.setKey(map, 'end', shift(scheduled.end)) : editor.setKey(map, 'duration', `${duration}d`, ['start', 'owner', 'name', 'id']));
  }
  return { changes: { [document.uri]: edits } };
}
