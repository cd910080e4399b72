import { criticalTaskCount, formatDay, scheduleReliability } from '../../service';
import type { PlanAnalysis } from '../../service';
import type { Locale } from '../../service/l10n/localize';
import { defineMessages } from '../../service/l10n/localize';
import type { Palette } from './colors';
import { scheduleRows } from './scheduleRows';
import { escapedCharWidth, terminalText } from './terminalText';
import { displayWidth, padEnd, padStart, truncateToWidth } from './textWidth';

const MAX_NAME_WIDTH = 40;
const GAP = '  ';

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['ID', 'Name', 'Start', 'End', 'Days', 'Slack', 'Critical', 'Owner'],
  'zh-cn': ['ID', '名称', '开始', '结束', '工期', '浮动', '关键', '负责人'],
};
/** The end columns of the forecast and the baseline, after `End`, when the plan has them. */
const TRACKING_HEADERS: Readonly<Record<Locale, { readonly forecast: string; readonly baseline: string }>> = {
  en: { forecast: 'Forecast', baseline: 'Baseline' },
  'zh-cn': { forecast: '预测结束', baseline: '基线结束' },
};

const messages = defineMessages(
  {
    project: (name: string, start: string, end: string, tasks: number, critical: number) =>
      `Project ${name}: ${start} .. ${end}, ${tasks} task${tasks === 1 ? '' : 's'}, ${critical} on the critical path`,
    unreliable: (cycles: number, errors: number) =>
      `The dates are unreliable: ${[cycles > 0 ? `${cycles} dependency cycle${cycles === 1 ? '' : 's'} (left out)` : '', errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ')}; run 'xproj check'.`,
    forecast: (end: string, statusDate: string) => `Forecast finish ${end} (status date ${statusDate})`,
    baseline: (end: string, label: string) => `Baseline finish ${end} (${label})`,
  },
  {
    project: (name, start, end, tasks, critical) => `项目 ${name}：${start} .. ${end}，共 ${tasks} 个任务，关键路径上 ${critical} 个`,
    unreliable: (cycles, errors) =>
      `日期不可靠：${[cycles > 0 ? `${cycles} 个循环依赖（已忽略）` : '', errors > 0 ? `${errors} 个错误` : ''].filter(Boolean).join('，')}；请运行“xproj check”。`,
    forecast: (end, statusDate) => `预测完成 ${end}（状态日期 ${statusDate}）`,
    baseline: (end, label) => `基线完成 ${end}（${label}）`,
  },
);

interface Column {
  readonly cells: readonly string[];
  readonly alignRight: boolean;
}

/** A readable table of the schedule, aligned by terminal columns so Chinese names line up. */
export function formatScheduleTable(analysis: PlanAnalysis, locale: Locale, colors: Palette): string {
  const msg = messages[locale];
  const rows = scheduleRows(analysis);
  const day = (d: number | undefined): string => (d !== undefined ? formatDay(d) : '-');
  const num = (n: number | undefined): string => (n !== undefined ? String(n) : '-');
  const { plan, schedule } = analysis;
  const baseline = analysis.baseline && 'plan' in analysis.baseline ? analysis.baseline.plan : undefined;
  const tracking = TRACKING_HEADERS[locale];
  const extra: [string, Column][] = [
    // The forecast's column only where it says something: some task lands later than planned.
    ...(rows.some((r) => r.forecastEnd !== r.end)
      ? [[tracking.forecast, { cells: rows.map((r) => day(r.forecastEnd)), alignRight: false }] as [string, Column]]
      : []),
    ...(baseline ? [[tracking.baseline, { cells: rows.map((r) => day(r.baselineEnd)), alignRight: false }] as [string, Column]] : []),
  ];
  const [fixed, rest] = [HEADERS[locale].slice(0, 4), HEADERS[locale].slice(4)];
  const headers = [...fixed, ...extra.map(([h]) => h), ...rest];
  const columns: Column[] = [
    { cells: rows.map((r) => terminalText(r.id)), alignRight: false },
    { cells: rows.map((r) => terminalText(truncateToWidth('  '.repeat(r.depth) + r.name, MAX_NAME_WIDTH, escapedCharWidth))), alignRight: false },
    { cells: rows.map((r) => day(r.start)), alignRight: false },
    { cells: rows.map((r) => day(r.end)), alignRight: false },
    ...extra.map(([, c]) => c),
    { cells: rows.map((r) => num(r.days)), alignRight: true },
    { cells: rows.map((r) => num(r.slack)), alignRight: true },
    { cells: rows.map((r) => (r.critical ? '*' : '')), alignRight: false },
    // People read names; the id is what they find in the file: "李娜 (li-na)".
    { cells: rows.map((r) => terminalText(r.ownerName !== undefined ? `${r.ownerName} (${r.owner ?? ''})` : (r.owner ?? ''))), alignRight: false },
  ];
  const widths = columns.map((c, i) => c.cells.reduce((w, cell) => Math.max(w, displayWidth(cell)), displayWidth(headers[i] ?? '')));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (columns[i]!.alignRight ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!)))
      .join(GAP)
      .trimEnd();

  const name = plan.project?.name?.value ?? plan.project?.id?.value ?? analysis.uri;
  const out = [msg.project(terminalText(name), formatDay(schedule.start), formatDay(schedule.finish), rows.length, criticalTaskCount(schedule))];
  const doubt = scheduleReliability(analysis);
  if (doubt) {
    out.push(colors.yellow(msg.unreliable(doubt.cycles, doubt.errors)));
  }
  out.push('');
  out.push(colors.bold(line(headers)));
  rows.forEach((row, r) => {
    const text = line(columns.map((c) => c.cells[r]!));
    out.push(row.critical ? colors.red(text) : text);
  });
  // Where the plan will land, when that is not where it is planned to, and where it was meant to.
  const footer = [
    ...(schedule.forecast && schedule.forecast.finish !== schedule.finish
      ? [msg.forecast(formatDay(schedule.forecast.finish), formatDay(schedule.forecast.statusDate))]
      : []),
    ...(baseline ? [msg.baseline(formatDay(baseline.finish), terminalText(baseline.label))] : []),
  ];
  if (footer.length > 0) {
    out.push('', ...footer);
  }
  return `${out.join('\n')}\n`;
}
