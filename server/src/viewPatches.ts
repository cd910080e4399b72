import type { GanttModel } from '../../common/ganttModel';
import { diffGantt, isEmptyGanttPatch } from '../../common/ganttPatch';
import type { GanttPatch } from '../../common/ganttPatch';
import { diffTree, isEmptyTreePatch, preorder } from '../../common/treePatch';
import type { TaskTree, TaskTreeNode, TaskTreePatch } from './protocol';
import type { ViewDiffer } from './viewRevisions';

/** The Gantt model is remembered whole: its rows are the objects just sent. */
export const GANTT_PATCHES: ViewDiffer<GanttModel, GanttModel, GanttPatch> = {
  remember: (model) => model,
  diff: (base, next) => diffGantt(base, next),
  isEmpty: (base, patch) => isEmptyGanttPatch(base, patch),
};

interface SentTree {
  readonly uri: string;
  readonly statusDate: string;
  /** The tree's nodes in preorder: the objects just sent. */
  readonly nodes: readonly TaskTreeNode[];
}

/** The task tree is remembered as its nodes in preorder, which its patches are made of. */
export const TASK_TREE_PATCHES: ViewDiffer<TaskTree, SentTree, TaskTreePatch> = {
  remember: (model) => ({ uri: model.uri, statusDate: model.statusDate, nodes: preorder<TaskTreeNode>(model.roots) }),
  diff: (base, next, state) => diffTree<TaskTree, TaskTreeNode>(base.nodes, next, state.nodes),
  isEmpty: (base, patch) => isEmptyTreePatch(patch) && patch.uri === base.uri && patch.statusDate === base.statusDate,
};
