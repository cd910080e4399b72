import { formatLoad } from '../../l10n/amounts';
import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import type { LoadPerson, LoadReport, LoadTask, LoadWeek } from './load';
import { plainText, table } from './reportDocument';
import type { Block, Inline, Line, ReportDocument } from './reportDocument';
import { common, headerText } from './reportText';

/** Weeks per table: a quarter reads on one printed page. */
const WEEKS_PER_TABLE = 13;
/** People per table before "…and N more": every person, short of an absurd organisation. */
const MAX_PEOPLE = 500;

export const loadMessages = defineMessages(
  {
    title: () => 'Load by person and week',
    plansSubtitle: (n: number) => `${n} plans counted together · `,
    datesDiffer: () => 'status dates differ by plan (see Plans)',
    summary: (over: number, people: number, weeks: number) =>
      over === 0
        ? `No one of ${people} ${people === 1 ? 'person' : 'people'} booked is over capacity.`
        : `${over} of ${people} ${people === 1 ? 'person' : 'people'} booked ${over === 1 ? 'is' : 'are'} over capacity, in ${weeks} person-week${weeks === 1 ? '' : 's'}.`,
    legend: () =>
      'Each cell is the busiest day of the week: load / capacity, in FTE (full-time equivalents). ▲ marks a week with a day over capacity. Weeks start on Monday; a blank cell is a week without load.',
    overHeading: () => 'Over capacity',
    gridHeading: (from: string, to: string) => `Load by week, ${from} to ${to}`,
    plansHeading: () => 'Plans',
    planLine: (file: string, date: string) => ` (${file}), status date ${date}`,
    planNotice: (plan: string) => `${plan}: `,
    person: () => 'Person',
    department: () => 'Department',
    week: () => 'Week of',
    peak: () => 'Busiest day',
    tasks: () => 'Tasks on the days over',
    /** A task's plan, before and after the task: languages put it on different sides. */
    planBefore: (_plan: string) => '',
    planAfter: (plan: string) => ` in ${plan}`,
    definedIn: (file: string) => ` · ${file}`,
    noDepartment: () => 'no department',
    empty: () =>
      'No one is booked on an open task of these plans in the weeks shown (assignees of leaf tasks that are not done, cancelled or milestones): there is no load to report.',
    leftOut: (before: number, after: number, first: string, last: string) =>
      `The schedules span more weeks than a report shows: ${before} before the week of ${first} and ${after} after the week of ${last} are left out.`,
    separator: () => ', ',
  },
  {
    title: () => '人员周负荷报告',
    plansSubtitle: (n) => `合并统计 ${n} 个计划 · `,
    datesDiffer: () => '各计划状态日期不同（见“计划”）',
    summary: (over, people, weeks) =>
      over === 0 ? `已安排工作的 ${people} 人均未超出产能。` : `已安排工作的 ${people} 人中有 ${over} 人超出产能，共 ${weeks} 人周。`,
    legend: () => '每格为该周负荷最高一天的“负荷/产能”（单位 FTE，全职当量）。▲ 表示该周有一天超出产能。每周从周一开始；空格表示该周无负荷。',
    overHeading: () => '超出产能',
    gridHeading: (from, to) => `各周负荷（${from} 至 ${to}）`,
    plansHeading: () => '计划',
    planLine: (file, date) => `（${file}），状态日期 ${date}`,
    planNotice: (plan) => `${plan}：`,
    person: () => '人员',
    department: () => '部门',
    week: () => '周（周一）',
    peak: () => '最高日负荷',
    tasks: () => '超负荷当日的任务',
    planBefore: (plan) => `${plan}：`,
    planAfter: () => '',
    definedIn: (file) => ` · ${file}`,
    noDepartment: () => '无部门',
    empty: () => '在所列各周内，这些计划中没有人被安排在未关闭的任务上（未完成、未取消的末级任务，不含里程碑的 assignees），没有可报告的负荷。',
    leftOut: (before, after, first, last) => `排期跨越的周数超出报告范围：${first} 所在周之前的 ${before} 周和 ${last} 所在周之后的 ${after} 周未列出。`,
    separator: () => '、',
  },
);

/** A load over a capacity, as cells and the CSV show it: `1.1/1`. */
export function loadCell(week: LoadWeek, capacity: number): string {
  return `${formatLoad(week.peak)}/${formatLoad(capacity)}`;
}

/** The load report as text: who is over capacity and when, then the weeks of everyone, by department. */
export function loadDocument(r: LoadReport, locale: Locale): ReportDocument {
  const m = loadMessages[locale];
  const c = common[locale];
  const several = r.plans.length > 1;
  const blocks: Block[] = [...planNotices(r, locale)];
  const { before, after } = r.weeks_left_out;
  if (before > 0 || after > 0) {
    blocks.push({ type: 'notice', line: [m.leftOut(before, after, r.weeks[0] ?? '', r.weeks[r.weeks.length - 1] ?? '')] });
  }
  if (r.people.length === 0) {
    blocks.push({ type: 'notice', line: [m.empty()] });
  } else {
    const overWeeks = r.people.flatMap((p) => p.weeks.filter((w) => w.over).map((w) => ({ p, w })));
    const overPeople = r.people.filter((p) => p.weeks.some((w) => w.over)).length;
    blocks.push({ type: 'paragraph', line: [{ strong: m.summary(overPeople, r.people.length, overWeeks.length) }] }, { type: 'paragraph', line: [m.legend()] });
    const label = personLabel(r.people, locale);
    if (overWeeks.length > 0) {
      blocks.push(
        { type: 'heading', text: m.overHeading() },
        ...table(
          [m.person(), m.department(), m.week(), m.peak(), m.tasks()],
          overWeeks.map(({ p, w }) => [
            label(p),
            [p.department ?? m.noDepartment()],
            [w.week],
            [loadCell(w, p.capacity)],
            tasksLine(w.over_tasks, several, locale),
          ]),
          c.more,
          [3],
          MAX_PEOPLE,
        ),
      );
    }
    for (let from = 0; from < r.weeks.length; from += WEEKS_PER_TABLE) {
      blocks.push(...weekTable(r, r.weeks.slice(from, from + WEEKS_PER_TABLE), label, locale));
    }
  }
  if (several) {
    blocks.push({ type: 'heading', text: m.plansHeading() });
    blocks.push({ type: 'list', items: r.plans.map((p) => [p.name, m.planLine(p.file, p.status_date)]) });
  }
  return { locale, title: m.title(), subtitle: subtitle(r, locale), blocks };
}

function subtitle(r: LoadReport, locale: Locale): Line {
  const only = r.plans[0];
  if (r.plans.length === 1 && only) {
    return headerText(only, locale).subtitle;
  }
  const m = loadMessages[locale];
  const c = common[locale];
  const dates = new Set(r.plans.map((p) => `${p.status_date} ${p.status_date_source}`));
  const date = only && dates.size === 1 ? c.subtitle(only.status_date, c.source(only.status_date_source)) : m.datesDiffer();
  return [m.plansSubtitle(r.plans.length), date];
}

/** Each plan's notices (problems, no status date...); with several plans, one per text, naming the plans it is about. */
function planNotices(r: LoadReport, locale: Locale): Block[] {
  const m = loadMessages[locale];
  if (r.plans.length === 1) {
    return headerText(r.plans[0]!, locale).notices;
  }
  const byText = new Map<string, { line: Line; plans: string[] }>();
  for (const p of r.plans) {
    for (const n of headerText(p, locale).notices) {
      if (n.type !== 'notice') {
        continue;
      }
      const key = plainText(n.line);
      const seen = byText.get(key) ?? { line: n.line, plans: [] };
      seen.plans.push(p.name);
      byText.set(key, seen);
    }
  }
  return [...byText.values()].map(({ line, plans }): Block => ({ type: 'notice', line: [m.planNotice(plans.join(m.separator())), ...line] }));
}

/** A person as rows name them; with the defining file when two people of the report share an id. */
function personLabel(people: readonly LoadPerson[], locale: Locale): (p: LoadPerson) => Line {
  const m = loadMessages[locale];
  const count = new Map<string, number>();
  for (const p of people) {
    count.set(p.id, (count.get(p.id) ?? 0) + 1);
  }
  return (p) => [{ id: p.id, name: p.name }, ...(count.get(p.id)! > 1 ? [m.definedIn(p.defined_in)] : [])];
}

function tasksLine(tasks: readonly LoadTask[], several: boolean, locale: Locale): Line {
  const m = loadMessages[locale];
  const out: Inline[] = [];
  tasks.forEach((t, i) => {
    const [before, after] = several ? [m.planBefore(t.plan), m.planAfter(t.plan)] : ['', ''];
    out.push(...[i > 0 ? m.separator() : '', before].filter((text) => text !== ''), { id: t.task, name: t.task_name }, ...(after !== '' ? [after] : []));
  });
  return out;
}

/** One table of up to `WEEKS_PER_TABLE` weeks: department (on its first row), person, a cell per week. */
function weekTable(r: LoadReport, weeks: readonly string[], label: (p: LoadPerson) => Line, locale: Locale): Block[] {
  const m = loadMessages[locale];
  const alerts: { row: number; column: number }[] = [];
  let previous: string | undefined;
  const rows = r.people.map((p, row): Line[] => {
    const department = p.department?.id ?? '';
    const first = row === 0 || department !== previous;
    previous = department;
    const byWeek = new Map(p.weeks.map((w) => [w.week, w]));
    const cells = weeks.map((week, i): Line => {
      const w = byWeek.get(week);
      if (!w) {
        return [];
      }
      if (w.over) {
        alerts.push({ row, column: i + 2 });
        return [{ strong: `▲ ${loadCell(w, p.capacity)}` }];
      }
      return [loadCell(w, p.capacity)];
    });
    return [first ? [p.department ?? m.noDepartment()] : [], label(p), ...cells];
  });
  const head = [m.department(), m.person(), ...weeks.map((w) => w.slice(5))];
  return [
    { type: 'heading', text: m.gridHeading(weeks[0]!, weeks[weeks.length - 1]!) },
    ...table(
      head,
      rows,
      common[locale].more,
      weeks.map((_, i) => i + 2),
      MAX_PEOPLE,
      alerts,
    ),
  ];
}
