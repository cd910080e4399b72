import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isTaskStatus } from '../../../../../common/taskStatus';
import type { TaskStatus } from '../../../../../common/taskStatus';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import { YamlEditor } from '../../utils/yamlEdits';
import { markDoneEdits } from './markDone';

/** A weekly update of one task from a view's menu: its status, its progress, or "done". */
export type TaskUpdate =
  | { readonly taskId: string; readonly kind: 'status'; readonly status: TaskStatus }
  | { readonly taskId: string; readonly kind: 'progress'; readonly progress: number }
  | { readonly taskId: string; readonly kind: 'done' };

const MAX_ID_LENGTH = 1_000;

/** A refused update (it came malformed over the wire), with a localised message for the user. */
export class TaskUpdateRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaskUpdateRefusal';
  }
}

const messages = defineMessages(
  { malformed: (field: string) => `The task update is invalid (${field}); nothing was changed.` },
  { malformed: (field) => `任务更新无效（${field}），未作任何修改。` },
);

/**
 * Turns a view's "set status / set progress / mark done" into the text edit that writes it, as one
 * WorkspaceEdit (one undo step). Marking done also records `actual_end`, as the overdue fix does.
 */
export class XprojTaskUpdate {
  constructor(private readonly locale: Locale) {}

  /** @throws TaskUpdateRefusal naming the first field that is wrong. */
  parse(raw: unknown): TaskUpdate {
    const msg = messages[this.locale];
    const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const { taskId, kind } = v;
    if (typeof taskId !== 'string' || taskId.length === 0 || taskId.length > MAX_ID_LENGTH) {
      throw new TaskUpdateRefusal(msg.malformed('taskId'));
    }
    switch (kind) {
      case 'status':
        if (!isTaskStatus(v['status'])) {
          throw new TaskUpdateRefusal(msg.malformed('status'));
        }
        return { taskId, kind, status: v['status'] };
      case 'progress': {
        const progress = v['progress'];
        if (typeof progress !== 'number' || !Number.isInteger(progress) || progress < 0 || progress > 100) {
          throw new TaskUpdateRefusal(msg.malformed('progress'));
        }
        return { taskId, kind, progress };
      }
      case 'done':
        return { taskId, kind };
      default:
        throw new TaskUpdateRefusal(msg.malformed('kind'));
    }
  }

  /** The edit; null for a task that is not in this document (imported) or when the text moved on. */
  doTaskUpdate(document: TextDocument, analysis: PlanAnalysis, update: TaskUpdate): WorkspaceEdit | null {
    const task = analysis.symbols.task(update.taskId);
    const doc = task ? analysis.parsed.around([task.span.offset]) : undefined;
    if (!task || !doc || task.uri !== document.uri || analysis.text !== document.getText()) {
      return null;
    }
    const editor = new YamlEditor(document, doc);
    const map = editor.mapAt(task.span.offset);
    if (!map) {
      return null;
    }
    let edits;
    switch (update.kind) {
      case 'status':
        edits =
          update.status === 'done' ? markDoneEdits(editor, map, task, analysis.statusDate) : [editor.setKey(map, 'status', update.status, ['name', 'id'])];
        break;
      case 'progress': {
        const node = task.progress ? editor.scalarAt(task.progress.span.offset) : undefined;
        edits = [
          node
            ? editor.setScalar(node, update.progress)
            : editor.setKey(map, 'progress', update.progress, ['status', 'duration', 'end', 'start', 'owner', 'name', 'id']),
        ];
        break;
      }
      default:
        edits = markDoneEdits(editor, map, task, analysis.statusDate);
    }
    const changes = edits.filter((e) => e !== undefined);
    return changes.length > 0 ? { changes: { [document.uri]: changes } } : null;
  }
}
