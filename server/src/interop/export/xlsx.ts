import ExcelJS from 'exceljs';
import type { Locale } from '../../service/l10n/localize';
import { defineMessages } from '../../service/l10n/localize';
import { riskScore } from '../../service/model/riskScore';
import type { ExportPlan } from './planFacts';
import { CALENDAR_SHEET } from '../taskColumns';
import { WEEKDAY_NAMES } from '../../../../common/weekdays';
import { taskTable } from './taskTable';
import type { Cell } from './taskTable';

const sheets = defineMessages(
  {
    tasks: () => 'Tasks',
    people: () => 'People',
    risks: () => 'Risks',
    budget: () => 'Budget',
    amount: (currency: string) => `Amount (${currency})`,
    total: () => 'Total',
    budgetTotal: () => 'Approved budget',
  },
  {
    tasks: () => '任务',
    people: () => '人员',
    risks: () => '风险',
    budget: () => '预算',
    amount: (currency) => `金额（${currency}）`,
    total: () => '合计',
    budgetTotal: () => '预算总额',
  },
);

/** Column headers of the other sheets, by language. */
const HEADERS: Readonly<Record<Locale, { readonly people: readonly string[]; readonly risks: readonly string[]; readonly budget: readonly string[] }>> = {
  en: {
    people: ['ID', 'Name', 'Department', 'Capacity (FTE)', 'Email', 'Tasks owned'],
    risks: ['ID', 'Title', 'Category', 'Likelihood', 'Impact', 'Score', 'Response', 'Owner', 'Contingency', 'Status', 'Next review', 'Affects'],
    budget: ['ID', 'Name', '', 'Task', 'Approved by'],
  },
  'zh-cn': {
    people: ['ID', '姓名', '部门', '投入（FTE）', '邮箱', '负责任务数'],
    risks: ['ID', '风险', '类别', '可能性', '影响', '评分', '应对策略', '负责人', '应急预案', '状态', '下次复查', '影响任务'],
    budget: ['ID', '名称', '', '任务', '审批人'],
  },
};

const DATE_FORMAT = 'yyyy-mm-dd';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
const CRITICAL_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFC00000' } };

/** A day number as the Date exceljs stores as an Excel date (UTC midnight, no time zone shift). */
function excelDate(day: number): Date {
  return new Date(day * 86_400_000);
}

function cellValue(cell: Cell): ExcelJS.CellValue {
  return cell === null ? null : typeof cell === 'object' ? excelDate(cell.day) : cell;
}

/** A sheet with a bold, shaded, frozen header row and an autofilter, columns sized to their text. */
function addSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], rows: readonly ExcelJS.CellValue[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...headers]);
  for (const row of rows) {
    sheet.addRow(row);
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  headers.forEach((h, i) => {
    const widest = Math.max(width(h), ...rows.map((r) => width(r[i])));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2));
  });
  return sheet;
}

/** Display width: CJK characters take two columns. */
function width(value: ExcelJS.CellValue): number {
  if (value instanceof Date) {
    return 10;
  }
  const text = value === null || value === undefined ? '' : String(value);
  let w = 0;
  for (const ch of text) {
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  }
  return w;
}

/**
 * An Excel workbook: the task table (a row per task in WBS order, names indented by level,
 * summaries bold, the critical path in red, start and end as real date cells), and sheets for
 * people, risks and the budget; every sheet with a frozen header row and filters.
 */
export async function exportXlsx(plan: ExportPlan, locale: Locale): Promise<Uint8Array> {
  const msg = sheets[locale];
  const { analysis } = plan;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'XProj';
  // Fixed, so that the same plan gives the same workbook content.
  workbook.created = excelDate(plan.statusDate);
  workbook.modified = excelDate(plan.statusDate);
  workbook.title = plan.projectName;

  const table = taskTable(plan, locale);
  const tasks = addSheet(
    workbook,
    msg.tasks(),
    table.headers,
    table.rows.map((r) => r.map(cellValue)),
  );
  const nameColumn = table.columns.indexOf('name') + 1;
  table.columns.forEach((c, i) => {
    if (c === 'start' || c === 'end') {
      tasks.getColumn(i + 1).numFmt = DATE_FORMAT;
    }
  });
  table.tasks.forEach((t, i) => {
    const row = tasks.getRow(i + 2);
    row.getCell(nameColumn).alignment = { indent: t.task.depth };
    if (t.summary) {
      row.font = { bold: true };
    }
    if (t.critical && !t.summary) {
      row.font = CRITICAL_FONT;
    }
  });

  const owned = new Map<string, number>();
  for (const t of plan.tasks) {
    if (t.task.owner) {
      owned.set(t.task.owner.id, (owned.get(t.task.owner.id) ?? 0) + 1);
    }
  }
  addSheet(
    workbook,
    msg.people(),
    HEADERS[locale].people,
    plan.people.map((p) => {
      const department = p.department ? analysis.symbols.department(p.department.id) : undefined;
      return [
        p.id,
        p.name?.value ?? p.id,
        department ? (department.name?.value ?? department.id) : (p.department?.id ?? null),
        p.capacity,
        p.email?.value ?? null,
        owned.get(p.id) ?? 0,
      ];
    }),
  );

  const risks = analysis.plan.risks.map((r) => {
    const owner = r.owner ? (analysis.symbols.person(r.owner.id)?.name?.value ?? r.owner.id) : null;
    const review = r.nextReview ? excelDate(r.nextReview.day) : null;
    return [
      r.id,
      r.title?.value ?? r.id,
      r.category?.value ?? null,
      r.likelihood?.value ?? null,
      r.impact?.value ?? null,
      riskScore(r) ?? null,
      r.response?.value ?? null,
      owner,
      r.contingency?.value ?? null,
      r.status?.value ?? null,
      review,
      r.affects.map((a) => a.id).join(', '),
    ] as ExcelJS.CellValue[];
  });
  const riskSheet = addSheet(workbook, msg.risks(), HEADERS[locale].risks, risks);
  riskSheet.getColumn(11).numFmt = DATE_FORMAT;

  const budget = analysis.plan.budget;
  const currency = budget?.currency?.value ?? 'CNY';
  const items: ExcelJS.CellValue[][] = (budget?.items ?? []).map((b) => [
    b.id,
    b.name?.value ?? b.id,
    b.amount?.value ?? null,
    b.task?.id ?? null,
    b.approvedBy?.id ?? null,
  ]);
  const budgetSheet = addSheet(
    workbook,
    msg.budget(),
    HEADERS[locale].budget.map((h, i) => (i === 2 ? msg.amount(currency) : h)),
    items,
  );
  if (items.length > 0) {
    const total = budgetSheet.addRow([
      null,
      msg.total(),
      { formula: `SUM(C2:C${items.length + 1})`, result: items.reduce((s, r) => s + (typeof r[2] === 'number' ? r[2] : 0), 0) },
    ]);
    total.font = { bold: true };
  }
  if (budget?.total) {
    budgetSheet.addRow([null, msg.budgetTotal(), budget.total.value]).font = { bold: true };
  }
  budgetSheet.getColumn(3).numFmt = '#,##0.00';

  // The calendar the durations count in, so that an import of this workbook schedules the same days.
  const cal = CALENDAR_SHEET[locale];
  const rules = plan.calendar.rules;
  const near = (r: { from: number; to: number }): boolean => r.from <= r.to && r.to >= plan.start - 366 && r.from <= plan.finish + 366;
  const calendarRows: ExcelJS.CellValue[][] = [
    [cal.workdays, (rules.workdays.length > 0 ? [...new Set(rules.workdays)].sort() : [1, 2, 3, 4, 5]).map((w) => WEEKDAY_NAMES[w]).join(', '), null],
    ...rules.holidays.filter(near).map((h) => [cal.holiday, excelDate(h.from), excelDate(h.to)]),
    ...(rules.extraWorkdays ?? []).filter(near).map((h) => [cal.makeup, excelDate(h.from), excelDate(h.to)]),
  ];
  const calendarSheet = addSheet(workbook, cal.name, cal.headers, calendarRows);
  calendarSheet.getColumn(2).numFmt = DATE_FORMAT;
  calendarSheet.getColumn(3).numFmt = DATE_FORMAT;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
