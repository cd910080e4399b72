import type { TextEdit } from 'vscode-languageserver-types';
import type { YAMLMap } from 'yaml';
import { formatDay } from '../../../../../common/dates';
import type { Task } from '../../model/planModel';
import type { YamlEditor } from '../../utils/yamlEdits';

/** Keys a task's dates go after, so new ones land where people write them. */
export const AFTER_START: readonly string[] = ['owner', 'department', 'phase', 'name', 'id'];
export const AFTER_END: readonly string[] = ['start', ...AFTER_START];

/**
 * The edits that record a task as done: `status: done`, a written progress set to 100, and an
 * `actual_end` on the status date when none is written (the latest it can have finished; the PM
 * corrects it if it finished earlier). One list, shared by the overdue quick fix and the views' menus.
 */
export function markDoneEdits(editor: YamlEditor, map: YAMLMap<unknown, unknown>, task: Task, statusDate: number): (TextEdit | undefined)[] {
  const progress = task.progress && task.progress.value !== 100 ? editor.scalarAt(task.progress.span.offset) : undefined;
  return [
    task.status?.value === 'done' ? undefined : editor.setKey(map, 'status', 'done', ['name', 'id']),
    progress ? editor.setScalar(progress, 100) : undefined,
    task.actualEnd ? undefined : editor.setKey(map, 'actual_end', formatDay(statusDate), ['actual_start', 'end', 'duration', 'start', ...AFTER_START]),
  ];
}
