import type { TaskStatus } from '../taskStatus';
import type { TimeUnit, ZoomLevel } from './timeScale';
import { weekdayOf, ymdOf } from '../dates';
import type { LegendKind } from './legend';

export type Language = 'en' | 'zh';

/** Every label the chart shows, per language: the host sends the locale with each update. */
export interface Strings {
  readonly zoom: Readonly<Record<ZoomLevel, string>>;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly allPhases: string;
  readonly allOwners: string;
  readonly noPhase: string;
  readonly phaseFilter: string;
  readonly ownerFilter: string;
  readonly criticalOnly: string;
  readonly criticalPath: string;
  readonly groupByPhase: string;
  readonly taskColumn: string;
  readonly resizeColumn: string;
  readonly owner: string;
  readonly dates: string;
  readonly slack: string;
  readonly status: string;
  readonly progress: string;
  readonly critical: string;
  readonly milestone: string;
  readonly noTasks: string;
  readonly statusDate: string;
  /** The toolbar's Export menu: its title, and its first (prompt) entry. */
  readonly exportChart: string;
  readonly exportAs: string;
  readonly statuses: Readonly<Record<TaskStatus, string>>;
  /** Toolbar: fit the whole plan into the window; show the baseline's ghost bars; show the legend. */
  readonly fitToWindow: string;
  readonly fitToWindowTitle: string;
  readonly showBaseline: string;
  readonly showBaselineTitle: string;
  readonly showLegend: string;
  readonly collapseNames: string;
  readonly expandNames: string;
  /** What each mark of the chart means. */
  readonly legend: Readonly<Record<LegendKind, string>>;
  readonly today: string;
  readonly forecastEnd: string;
  readonly baseline: string;
  /** "+3 working days late" for the hover card. */
  slip(n: number): string;
  /** The notice above a chart whose dates cannot be trusted. */
  unreliable(cycles: number, errors: number): string;
  workingDays(n: number): string;
  tasks(n: number): string;
  /** `withYear` is the four-digit year, or null for the month alone. */
  month(month: number, withYear: string | null): string;
  weekday(weekday: number): string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const EN: Strings = {
  zoom: { days: 'Days', weeks: 'Weeks', months: 'Months', quarters: 'Quarters' },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  allPhases: 'All phases',
  allOwners: 'All owners',
  noPhase: 'No phase',
  phaseFilter: 'Phase',
  ownerFilter: 'Owner',
  criticalOnly: 'Critical only',
  criticalPath: 'Critical path',
  groupByPhase: 'Group by phase',
  taskColumn: 'Task',
  resizeColumn: 'Drag to resize the task column; double-click to reset',
  owner: 'Owner',
  dates: 'Dates',
  slack: 'Slack',
  status: 'Status',
  progress: 'Progress',
  critical: 'critical',
  milestone: 'milestone',
  noTasks: 'No tasks to show',
  statusDate: 'Status date',
  exportChart: 'Export the chart as SVG, PNG or PDF',
  exportAs: 'Export…',
  statuses: { 'not-started': 'Not started', 'in-progress': 'In progress', blocked: 'Blocked', done: 'Done', cancelled: 'Cancelled' },
  fitToWindow: 'Fit',
  fitToWindowTitle: 'Zoom so that the whole plan fits the window',
  showBaseline: 'Baseline',
  showBaselineTitle: 'Show where the baseline had each task (ghost bars)',
  showLegend: 'Legend',
  collapseNames: 'Hide the task column',
  expandNames: 'Show the task column',
  legend: {
    task: 'Task',
    critical: 'Critical path',
    progress: 'Done part',
    summary: 'Summary',
    milestone: 'Milestone',
    forecast: 'Forecast delay',
    baseline: 'Baseline',
    statusDate: 'Status date',
    today: 'Today',
    holiday: 'Holiday',
    makeup: 'Make-up working day',
    weekend: 'Day off',
  },
  today: 'Today',
  forecastEnd: 'Forecast end',
  baseline: 'Baseline',
  slip: (n) => `${n} working day${Math.abs(n) === 1 ? '' : 's'} late`,
  unreliable: (cycles, errors) =>
    `Dates unreliable: ${[cycles > 0 ? `${cycles} dependency cycle${cycles === 1 ? '' : 's'}` : '', errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : ''].filter((p) => p !== '').join(', ')}. Fix them in the plan for a schedule you can trust.`,
  workingDays: (n) => `${n} working day${Math.abs(n) === 1 ? '' : 's'}`,
  tasks: (n) => `${n} task${n === 1 ? '' : 's'}`,
  month: (m, y) => (y === null ? EN_MONTHS[m]! : `${EN_MONTHS[m]!} ${y}`),
  weekday: (w) => 'SMTWTFS'[w]!,
};

const ZH: Strings = {
  zoom: { days: '日', weeks: '周', months: '月', quarters: '季度' },
  zoomIn: '放大',
  zoomOut: '缩小',
  allPhases: '全部阶段',
  allOwners: '全部负责人',
  noPhase: '未分阶段',
  phaseFilter: '阶段',
  ownerFilter: '负责人',
  criticalOnly: '仅关键任务',
  criticalPath: '关键路径',
  groupByPhase: '按阶段分组',
  taskColumn: '任务',
  resizeColumn: '拖动以调整任务列宽度，双击恢复默认宽度',
  owner: '负责人',
  dates: '日期',
  slack: '总时差',
  status: '状态',
  progress: '进度',
  critical: '关键',
  milestone: '里程碑',
  noTasks: '没有可显示的任务',
  statusDate: '状态日期',
  exportChart: '将甘特图导出为 SVG、PNG 或 PDF',
  exportAs: '导出…',
  statuses: { 'not-started': '未开始', 'in-progress': '进行中', blocked: '受阻', done: '已完成', cancelled: '已取消' },
  fitToWindow: '适应窗口',
  fitToWindowTitle: '缩放到整个计划正好显示在窗口中',
  showBaseline: '基线',
  showBaselineTitle: '显示各任务在基线中的位置（虚影条）',
  showLegend: '图例',
  collapseNames: '隐藏任务列',
  expandNames: '显示任务列',
  legend: {
    task: '任务',
    critical: '关键路径',
    progress: '已完成部分',
    summary: '汇总任务',
    milestone: '里程碑',
    forecast: '预测延误',
    baseline: '基线',
    statusDate: '状态日期',
    today: '今天',
    holiday: '节假日',
    makeup: '调休上班',
    weekend: '休息日',
  },
  today: '今天',
  forecastEnd: '预测结束',
  baseline: '基线',
  slip: (n) => `延后 ${n} 个工作日`,
  unreliable: (cycles, errors) =>
    `日期不可靠：${[cycles > 0 ? `${cycles} 个依赖循环` : '', errors > 0 ? `${errors} 个错误` : ''].filter((p) => p !== '').join('，')}。请先在计划中修正，进度才可信。`,
  workingDays: (n) => `${n} 个工作日`,
  tasks: (n) => `${n} 项任务`,
  month: (m, y) => (y === null ? `${m + 1}月` : `${y}年${m + 1}月`),
  weekday: (w) => '日一二三四五六'[w]!,
};

/** VS Code locales are `zh-cn`, `zh-tw`, `en`, `en-gb`...: any Chinese gets the Chinese table. */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function stringsFor(language: Language): Strings {
  return language === 'zh' ? ZH : EN;
}

/** The label of a header cell, shortened to what `width` pixels can hold; a month names its year only in the top tier. */
export function tickLabel(s: Strings, lang: Language, unit: TimeUnit, day: number, width: number, major: boolean): string {
  const { year: y, month, date } = ymdOf(day);
  const year = String(y).padStart(4, '0');
  switch (unit) {
    case 'year':
      return width >= 30 ? year : '';
    case 'quarter':
      return width >= 18 ? `Q${Math.floor(month / 3) + 1}` : '';
    case 'month':
      if (major && width >= 70) {
        return s.month(month, year);
      }
      return width >= 24 ? s.month(month, null) : '';
    case 'week':
      return width >= 34 ? `${month + 1}/${date}` : '';
    case 'day':
      if (width >= 30 && lang === 'en') {
        return `${s.weekday(weekdayOf(day))} ${date}`;
      }
      return width >= 14 ? String(date) : '';
  }
}

/** `2026-03-02` as shown in hover cards. */
export function formatDate(lang: Language, iso: string): string {
  if (lang === 'zh') {
    return `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
  }
  return iso;
}
