import type { GanttModel } from '../../common/ganttModel';
import { applyGanttPatch } from '../../common/ganttPatch';
import type { GanttPatch } from '../../common/ganttPatch';
import { applyTreePatch, flattenTree } from '../../common/treePatch';
import type { TreeRow } from '../../common/treePatch';
import type { TaskTree, TaskTreeNode, TaskTreePatch } from '../../server/src/protocol';
import type { Patcher } from './revisedModels';

/** The Gantt model is held as is; a patch makes a new one and leaves the old untouched. */
export const GANTT_PATCHER: Patcher<GanttModel, GanttModel, GanttPatch> = {
  hold: (model) => model,
  apply: (held, patch) => {
    const model = applyGanttPatch(held, patch);
    return model && { state: model, model };
  },
};

/** The task tree is held with its preorder rows too, which its patches change. */
export const TASK_TREE_PATCHER: Patcher<TaskTree, readonly TreeRow<TaskTreeNode>[], TaskTreePatch> = {
  hold: (model) => flattenTree(model.roots),
  apply: (rows, patch) => {
    const applied = applyTreePatch<TaskTree, TaskTreeNode>(rows, patch);
    return applied && { state: applied.rows, model: applied.model };
  },
};
