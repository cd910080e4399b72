/**
 * Plain-JSON models for the client's views: the task tree (`xproj.tasks`), the risk list
 * (`xproj.risks`) and the Gantt webview. Pure functions of an analysis; positions are LSP ranges.
 */
export { getTaskTree } from './views/taskTree';
export { getRiskList, riskLevel, MEDIUM_RISK_SCORE } from './views/riskList';
export { getGanttModel } from './views/gantt';
export { getResourceLoad } from './views/resourceLoad';
export { getPortfolioView } from './views/portfolioView';
export type { GanttDependency, GanttModel, GanttTask } from '../../../../common/ganttModel';
export type { NamedRef, RiskGroup, RiskLevel, RiskList, RiskListItem, TaskTree, TaskTreeNode, TaskTreePhase, TaskTreeTask } from './views/types';
