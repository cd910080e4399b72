import { formatDay } from '../../service';
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

const messages = defineMessages(
  {
    project: (name: string, start: string, end: string, tasks: number, critical: number) =>
      `Project ${name}: ${start} .. ${end}, ${tasks} task${tasks === 1 ? '' : 's'}, ${critical} critical`,
  },
  {
    project: (name, start, end, tasks, critical) => `项目 ${name}：${start} .. ${end}，共 ${tasks} 个任务，${critical} 个关键任务`,
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
  const headers = HEADERS[locale];
  const columns: Column[] = [
    { cells: rows.map((r) => terminalText(r.id)), alignRight: false },
    { cells: rows.map((r) => terminalText(truncateToWidth('  '.repeat(r.depth) + r.name, MAX_NAME_WIDTH, escapedCharWidth))), alignRight: false },
    { cells: rows.map((r) => day(r.start)), alignRight: false },
    { cells: rows.map((r) => day(r.end)), alignRight: false },
    { cells: rows.map((r) => num(r.days)), alignRight: true },
    { cells: rows.map((r) => num(r.slack)), alignRight: true },
    { cells: rows.map((r) => (r.critical ? '*' : '')), alignRight: false },
    { cells: rows.map((r) => terminalText(r.owner ?? '')), alignRight: false },
  ];
  const widths = columns.map((c, i) => c.cells.reduce((w, cell) => Math.max(w, displayWidth(cell)), displayWidth(headers[i] ?? '')));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (columns[i]!.alignRight ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!)))
      .join(GAP)
      .trimEnd();

  const { plan, schedule } = analysis;
  const name = plan.project?.name?.value ?? plan.project?.id?.value ?? analysis.uri;
  const critical = rows.filter((r) => r.critical).length;
  const out = [msg.project(terminalText(name), formatDay(schedule.start), formatDay(schedule.finish), rows.length, critical), ''];
  out.push(colors.bold(line(headers)));
  rows.forEach((row, r) => {
    const text = line(columns.map((c) => c.cells[r]!));
    out.push(row.critical ? colors.red(text) : text);
  });
  return `${out.join('\n')}\n`;
}
