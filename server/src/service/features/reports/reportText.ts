import { formatAmount } from '../../l10n/amounts';
import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import type { Block, Inline, Line } from './reportDocument';
import type { NamedRef, ReportHeader, ReportNotice, TaskLine } from './reportTypes';

const STATUS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { 'not-started': 'not started', 'in-progress': 'in progress', blocked: 'blocked', done: 'done', cancelled: 'cancelled' },
  'zh-cn': { 'not-started': '未开始', 'in-progress': '进行中', blocked: '阻塞', done: '已完成', cancelled: '已取消' },
};

/** The words every report shares. */
export const common = defineMessages(
  {
    subtitle: (date: string, source: string) => `Status date ${date} (${source})`,
    source: (s: string) => ({ option: 'as asked', plan: 'as the plan sets it', today: 'today: the plan sets no status date' })[s] ?? s,
    baseline: (label: string) => ` · measured against baseline ${label}`,
    noProject: () => 'The file has no project section: it is a library of departments and people, and the report has little to draw on.',
    noStatusDate: (date: string) =>
      `The plan has no status_date, so this report uses today's date, ${date}. Set status_date (or pass --status-date) to make it reproducible.`,
    problems: (errors: number, warnings: number) =>
      `The plan has ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}; dates and figures drawn from it may be wrong. Run xproj check for the list.`,
    cycles: (n: number) =>
      `${n} dependency cycle${n === 1 ? '' : 's'}: the tasks on ${n === 1 ? 'it' : 'them'} are scheduled as if the cycle's links were absent, so their dates are too early.`,
    noBudget: () => 'The plan has no budget.',
    noBaseline: () => 'The plan names no baseline, so nothing here is compared with an agreed plan.',
    baselineError: (label: string, error: string) => `The baseline ${label} could not be read (${error}); nothing here is compared with it.`,
    none: () => 'None.',
    more: (n: number) => `…and ${n} more.`,
    dash: () => '—',
    unassigned: () => 'unassigned',
    days: (n: number) => `${n} working day${Math.abs(n) === 1 ? '' : 's'}`,
  },
  {
    subtitle: (date, source) => `状态日期 ${date}（${source}）`,
    source: (s) => ({ option: '按命令指定', plan: '计划中设定', today: '当天日期：计划未设状态日期' })[s] ?? s,
    baseline: (label) => ` · 对照基线 ${label}`,
    noProject: () => '该文件没有 project 部分，是一个部门与人员库，报告可依据的内容很少。',
    noStatusDate: (date) => `计划未设置 status_date，本报告按当天日期 ${date} 计算。请设置 status_date（或使用 --status-date），以便结果可复现。`,
    problems: (errors, warnings) => `计划有 ${errors} 个错误、${warnings} 个警告，据此得出的日期和数字可能不准确。运行 xproj check 查看详情。`,
    cycles: (n) => `存在 ${n} 个循环依赖：环上的任务按去掉环上依赖排期，日期偏早。`,
    noBudget: () => '计划没有预算（budget）。',
    noBaseline: () => '计划未指定基线（baseline），本报告不与批准的计划对照。',
    baselineError: (label, error) => `无法读取基线 ${label}（${error}），本报告不与其对照。`,
    none: () => '无。',
    more: (n) => `……另有 ${n} 项。`,
    dash: () => '—',
    unassigned: () => '未归属',
    days: (n) => `${n} 个工作日`,
  },
);

const CHANGE_STATUS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { proposed: 'proposed', requested: 'requested', approved: 'approved', rejected: 'rejected', implemented: 'implemented' },
  'zh-cn': { proposed: '草拟', requested: '已申请', approved: '已批准', rejected: '已驳回', implemented: '已实施' },
};

/** A change request's status in the report's language. */
export function changeStatus(status: string, locale: Locale): string {
  return CHANGE_STATUS[locale][status] ?? status;
}

export function statusWord(status: string, locale: Locale): string {
  return STATUS[locale][status] ?? status;
}

/** The subtitle and the notices every report starts with. */
export function headerText(h: ReportHeader, locale: Locale): { subtitle: Line; notices: Block[] } {
  const m = common[locale];
  const project: Inline[] = h.project.name !== null || h.project.id !== null ? [{ id: h.project.id ?? '', name: h.project.name }, ' · '] : [];
  const subtitle: Line = [...project, m.subtitle(h.status_date, m.source(h.status_date_source)), ...(h.baseline !== null ? [m.baseline(h.baseline)] : [])];
  return { subtitle, notices: h.notices.map((n) => ({ type: 'notice', line: [notice(n, h, locale)] })) };
}

function notice(n: ReportNotice, h: ReportHeader, locale: Locale): string {
  const m = common[locale];
  switch (n.kind) {
    case 'no-project':
      return m.noProject();
    case 'no-status-date':
      return m.noStatusDate(h.status_date);
    case 'plan-problems':
      return m.problems(n.errors, n.warnings);
    case 'cycles':
      return m.cycles(n.count);
    case 'no-budget':
      return m.noBudget();
    case 'no-baseline':
      return m.noBaseline();
    case 'baseline-error':
      return m.baselineError(n.baseline, n.error);
  }
}

/** A person or department, or a dash. */
export function who(ref: NamedRef | null, locale: Locale): Inline {
  return ref ?? common[locale].dash();
}

/** A task as a table cell: its name with the id. */
export function taskCell(line: TaskLine | undefined, id: string): Inline {
  return { id, name: line?.name ?? null };
}

export function money(amount: number | null, currency: string | null, locale: Locale): string {
  return amount === null ? common[locale].dash() : formatAmount(amount, currency ?? undefined);
}

export function orDash(text: string | null | undefined, locale: Locale): string {
  return text === null || text === undefined || text === '' ? common[locale].dash() : text;
}
