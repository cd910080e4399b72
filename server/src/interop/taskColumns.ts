import { TASK_STATUSES } from '../../../common/taskStatus';
import type { TaskStatus } from '../../../common/taskStatus';
import type { Locale } from '../service/l10n/localize';

/** The columns of a task table (csv, xlsx), in order. Imports find them by any of their headers. */
export const TASK_COLUMNS = [
  'wbs',
  'id',
  'name',
  'phase',
  'owner',
  'department',
  'start',
  'end',
  'duration',
  'dependencies',
  'status',
  'progress',
  'slack',
  'critical',
] as const;

export type TaskColumn = (typeof TASK_COLUMNS)[number];

/** Headers by language. */
export const COLUMN_HEADERS: Readonly<Record<Locale, Readonly<Record<TaskColumn, string>>>> = {
  en: {
    wbs: 'WBS',
    id: 'ID',
    name: 'Name',
    phase: 'Phase',
    owner: 'Owner',
    department: 'Department',
    start: 'Start',
    end: 'End',
    duration: 'Duration (working days)',
    dependencies: 'Dependencies',
    status: 'Status',
    progress: 'Progress (%)',
    slack: 'Slack (working days)',
    critical: 'Critical',
  },
  'zh-cn': {
    wbs: 'WBS',
    id: 'ID',
    name: '任务名称',
    phase: '阶段',
    owner: '负责人',
    department: '部门',
    start: '开始日期',
    end: '结束日期',
    duration: '工期（工作日）',
    dependencies: '前置任务',
    status: '状态',
    progress: '进度（%）',
    slack: '总时差（工作日）',
    critical: '关键任务',
  },
};

/** More spellings imports accept, lower-cased: what people and other tools name these columns. */
const ALIASES: Readonly<Record<TaskColumn, readonly string[]>> = {
  wbs: ['outline', 'outline number', '大纲编号', '编号', '序号'],
  id: ['task id', 'key', '任务id', '任务编号'],
  name: ['task', 'task name', 'title', 'summary', '任务', '名称'],
  phase: ['stage', '项目阶段'],
  owner: ['responsible', 'assignee', 'resource names', 'resources', '责任人', '资源名称'],
  department: ['dept', 'team', '部门名称', '责任部门'],
  start: ['start date', 'begin', '开始', '开始时间'],
  end: ['finish', 'end date', 'finish date', 'due', 'due date', '完成', '结束', '完成日期', '结束时间'],
  duration: ['duration', 'days', '工期', '工期（天）'],
  dependencies: ['predecessors', 'depends on', 'depends_on', '前置', '依赖', '紧前任务'],
  status: ['state', '任务状态'],
  progress: ['progress', '% complete', 'percent complete', 'complete', '完成百分比', '进度', '完成率'],
  slack: ['slack', 'total slack', 'float', '总时差', '时差'],
  critical: ['关键', '关键路径'],
};

/** The column a header names, in either language or a common alias; undefined for others. */
export function columnOf(header: string): TaskColumn | undefined {
  const h = header.trim().toLowerCase();
  for (const c of TASK_COLUMNS) {
    if (COLUMN_HEADERS.en[c].toLowerCase() === h || COLUMN_HEADERS['zh-cn'][c] === h || ALIASES[c].includes(h)) {
      return c;
    }
  }
  return undefined;
}

export const STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<TaskStatus, string>>>> = {
  en: { 'not-started': 'Not started', 'in-progress': 'In progress', blocked: 'Blocked', done: 'Done', cancelled: 'Cancelled' },
  'zh-cn': { 'not-started': '未开始', 'in-progress': '进行中', blocked: '受阻', done: '已完成', cancelled: '已取消' },
};

/** A status from its code word or its label in either language. */
export function statusOf(text: string): TaskStatus | undefined {
  const t = text.trim().toLowerCase();
  for (const s of TASK_STATUSES) {
    if (s === t || STATUS_LABELS.en[s].toLowerCase() === t || STATUS_LABELS['zh-cn'][s] === t) {
      return s;
    }
  }
  return undefined;
}

export const YES: Readonly<Record<Locale, string>> = { en: 'yes', 'zh-cn': '是' };

/** The xlsx calendar sheet: its name and the labels of its rows, by language. */
export const CALENDAR_SHEET: Readonly<
  Record<Locale, { readonly name: string; readonly headers: readonly string[]; readonly workdays: string; readonly holiday: string; readonly makeup: string }>
> = {
  en: { name: 'Calendar', headers: ['Kind', 'From', 'To'], workdays: 'Working weekdays', holiday: 'Holiday', makeup: 'Make-up working day' },
  'zh-cn': { name: '日历', headers: ['类型', '开始', '结束'], workdays: '工作日', holiday: '节假日', makeup: '调休上班' },
};

/** Which calendar row a label names, in either language. */
export function calendarRowKind(label: string): 'workdays' | 'holiday' | 'makeup' | undefined {
  const l = label.trim();
  for (const t of Object.values(CALENDAR_SHEET)) {
    if (l === t.workdays) {
      return 'workdays';
    }
    if (l === t.holiday) {
      return 'holiday';
    }
    if (l === t.makeup) {
      return 'makeup';
    }
  }
  return undefined;
}
