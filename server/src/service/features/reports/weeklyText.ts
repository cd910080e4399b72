import { formatAmount } from '../../l10n/amounts';
import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import { table } from './reportDocument';
import type { Block, Line, ReportDocument } from './reportDocument';
import { changeStatus, common, headerText, orDash, statusWord, taskCell, who } from './reportText';
import type { EarnedValue } from './reportTypes';
import type { WeeklyReport } from './weekly';

/** The earned-value table's columns (not a message: a row of names). */
const EV_COLUMNS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['PV', 'EV', 'SPI', 'AC', 'CPI'],
  'zh-cn': ['计划值 PV', '挣值 EV', '进度绩效 SPI', '实际成本 AC', '成本绩效 CPI'],
};

const messages = defineMessages(
  {
    title: () => 'Weekly status report',
    summary: (done: number, due: number, overdue: number, blocked: number) =>
      `Finished last week: ${done}. Due this week: ${due}. Overdue: ${overdue}. Blocked: ${blocked}.`,
    done: (from: string, to: string) => `Finished last week (${from} to ${to})`,
    due: (from: string, to: string) => `Due this week (${from} to ${to})`,
    stuck: () => 'Overdue and blocked tasks',
    milestones: () => 'Milestones in the next four weeks',
    critical: () => 'Critical path',
    risks: () => 'Risks due for review',
    changes: () => 'Change requests waiting for a decision',
    ev: () => 'Earned value',
    meeting: () => 'Weekly meeting',
    task: () => 'Task',
    owner: () => 'Owner',
    department: () => 'Department',
    finished: () => 'Finished',
    dueOn: () => 'Due',
    forecast: () => 'Forecast',
    progress: () => 'Progress',
    status: () => 'Status',
    escalate: () => 'Goes next to',
    milestone: () => 'Milestone',
    planned: () => 'Planned',
    baseline: () => 'Baseline',
    risk: () => 'Risk',
    review: () => 'Review on',
    change: () => 'Change',
    summaryCol: () => 'Summary',
    requestedBy: () => 'Requested by',
    date: () => 'Date',
    overdueWord: () => 'overdue',
    step: (step: string) =>
      ({ department: 'department head', 'department-head': 'department head', manager: 'project manager', owner: 'project owner', sponsor: 'sponsor' })[step] ??
      step,
    noEscalation: () => 'no escalation path',
    finish: (planned: string, forecast: string, baseline: string) => `Finish: planned ${planned}, forecast ${forecast}, baseline ${baseline}.`,
    joined: (ids: string) => `Now on the critical path, not in the baseline's: ${ids}.`,
    left: (ids: string) => `No longer critical: ${ids}.`,
    unchanged: () => 'The critical path is the same as in the baseline.',
    noBaseline: () => 'Without a baseline the change of the critical path cannot be told.',
    open: (n: number) => `${n} critical task${n === 1 ? ' is' : 's are'} still open.`,
    evUnit: (unit: string) => (unit === 'working-days' ? 'PV and EV in working days of work (no budget item names a task).' : `PV, EV and AC in ${unit}.`),
    evNone: () => 'No work was planned before the status date, so there is nothing to measure yet.',
    evSchedule: (pct: number, spi: number) =>
      spi < 0.95
        ? `The work done is ${pct}% of the work planned by now (SPI ${spi}): the project is behind schedule.`
        : spi > 1.05
          ? `The work done is ${pct}% of the work planned by now (SPI ${spi}): the project is ahead of schedule.`
          : `The work done is ${pct}% of the work planned by now (SPI ${spi}): the project is on schedule.`,
    evCost: (cpi: number) =>
      cpi < 0.95
        ? ` It has spent more than the work done is worth (CPI ${cpi}): over budget.`
        : cpi > 1.05
          ? ` It has spent less than the work done is worth (CPI ${cpi}): under budget.`
          : ` Spending matches the work done (CPI ${cpi}).`,
    evNoCost: () => ' Costs cannot be judged: no budget item records what was spent (spent).',
    noMeeting: () => 'The plan has no weekly meeting (a meetings entry with cadence: weekly).',
    meetingLine: (when: string) => `Next: ${when}`,
    chair: () => 'Chair: ',
    agenda: () => 'Agenda: ',
    noAgenda: () => 'The meeting has no agenda (description) in the plan.',
  },
  {
    title: () => '项目周报（周例会材料）',
    summary: (done, due, overdue, blocked) => `上周完成 ${done} 项，本周到期 ${due} 项，逾期 ${overdue} 项，阻塞 ${blocked} 项。`,
    done: (from, to) => `上周完成（${from} 至 ${to}）`,
    due: (from, to) => `本周到期（${from} 至 ${to}）`,
    stuck: () => '逾期与阻塞任务',
    milestones: () => '未来四周的里程碑',
    critical: () => '关键路径',
    risks: () => '待复查的风险',
    changes: () => '待决策的变更申请',
    ev: () => '挣值分析',
    meeting: () => '周例会',
    task: () => '任务',
    owner: () => '责任人',
    department: () => '部门',
    finished: () => '完成日期',
    dueOn: () => '计划完成',
    forecast: () => '预测完成',
    progress: () => '进度',
    status: () => '状态',
    escalate: () => '下一步升级至',
    milestone: () => '里程碑',
    planned: () => '计划',
    baseline: () => '基线',
    risk: () => '风险',
    review: () => '复查日期',
    change: () => '变更',
    summaryCol: () => '变更内容',
    requestedBy: () => '申请人',
    date: () => '申请日期',
    overdueWord: () => '逾期',
    step: (step) =>
      ({ department: '部门负责人', 'department-head': '部门负责人', manager: '项目经理', owner: '项目总负责人', sponsor: '发起人' })[step] ?? step,
    noEscalation: () => '无升级路径',
    finish: (planned, forecast, baseline) => `完成日期：计划 ${planned}，预测 ${forecast}，基线 ${baseline}。`,
    joined: (ids) => `新进入关键路径（基线中不在关键路径上）：${ids}。`,
    left: (ids) => `不再处于关键路径：${ids}。`,
    unchanged: () => '关键路径与基线相同。',
    noBaseline: () => '没有基线，无法判断关键路径的变化。',
    open: (n) => `关键路径上仍有 ${n} 项任务未完成。`,
    evUnit: (unit) => (unit === 'working-days' ? 'PV 与 EV 以工作日计（没有预算项关联任务）。' : `PV、EV 与 AC 以 ${unit} 计。`),
    evNone: () => '状态日期之前没有计划完成的工作，暂无可衡量的内容。',
    evSchedule: (pct, spi) =>
      spi < 0.95
        ? `已完成的工作是截至目前计划工作的 ${pct}%（SPI ${spi}）：进度落后。`
        : spi > 1.05
          ? `已完成的工作是截至目前计划工作的 ${pct}%（SPI ${spi}）：进度超前。`
          : `已完成的工作是截至目前计划工作的 ${pct}%（SPI ${spi}）：进度正常。`,
    evCost: (cpi) =>
      cpi < 0.95
        ? `实际花费高于已完成工作的价值（CPI ${cpi}）：成本超支。`
        : cpi > 1.05
          ? `实际花费低于已完成工作的价值（CPI ${cpi}）：成本节约。`
          : `花费与已完成的工作相符（CPI ${cpi}）。`,
    evNoCost: () => '无法判断成本：没有预算项记录已支出金额（spent）。',
    noMeeting: () => '计划中没有周例会（cadence: weekly 的会议）。',
    meetingLine: (when) => `下次：${when}`,
    chair: () => '主持人：',
    agenda: () => '议程：',
    noAgenda: () => '计划中没有写明该会议的议程（description）。',
  },
);

/** The weekly report as text. */
export function weeklyDocument(w: WeeklyReport, locale: Locale): ReportDocument {
  const m = messages[locale];
  const c = common[locale];
  const { subtitle, notices } = headerText(w, locale);
  const line = (id: string): Line[] => {
    const t = w.tasks[id];
    return [[taskCell(t, id)], [who(t?.owner ?? null, locale)], [who(t?.department ?? null, locale)]];
  };
  const none: Block = { type: 'paragraph', line: [c.none()] };
  const section = (heading: string, rows: readonly unknown[], body: () => Block[]): Block[] => [
    { type: 'heading', text: heading },
    ...(rows.length > 0 ? body() : [none]),
  ];
  const escalation = new Map(w.escalations.map((e) => [e.task, e]));
  const stuck = [...new Set([...w.overdue, ...w.blocked])];
  const blocks: Block[] = [
    ...notices,
    { type: 'paragraph', line: [{ strong: m.summary(w.done.length, w.due.length, w.overdue.length, w.blocked.length) }] },
    ...section(m.done(w.period.from, w.period.to), w.done, () =>
      table(
        [m.task(), m.owner(), m.department(), m.finished()],
        w.done.map((id) => [...line(id), [orDash(w.tasks[id]?.planned_end, locale)]]),
        c.more,
      ),
    ),
    ...section(m.due(w.next.from, w.next.to), w.due, () =>
      table(
        [m.task(), m.owner(), m.department(), m.dueOn(), m.forecast(), m.progress()],
        w.due.map((id) => {
          const t = w.tasks[id];
          return [...line(id), [orDash(t?.planned_end, locale)], [orDash(t?.forecast_end, locale)], [`${t?.progress ?? 0}%`]];
        }),
        c.more,
        [5],
      ),
    ),
    ...section(m.stuck(), stuck, () =>
      table(
        [m.task(), m.owner(), m.department(), m.status(), m.dueOn(), m.escalate()],
        stuck.map((id) => {
          const t = w.tasks[id];
          const e = escalation.get(id);
          const status = [t?.status === 'blocked' ? statusWord('blocked', locale) : undefined, w.overdue.includes(id) ? m.overdueWord() : undefined]
            .filter((s) => s !== undefined)
            .join(locale === 'zh-cn' ? '、' : ', ');
          return [...line(id), [status], [orDash(t?.planned_end, locale)], e ? [{ id: e.to, name: e.to_name }, ` (${m.step(e.step)})`] : [m.noEscalation()]];
        }),
        c.more,
      ),
    ),
    ...section(m.milestones(), w.milestones, () =>
      table(
        [m.milestone(), m.planned(), m.forecast(), m.baseline()],
        w.milestones.map((ms) => [
          [taskCell(w.tasks[ms.id], ms.id)],
          [orDash(ms.planned, locale)],
          [orDash(ms.forecast, locale)],
          [orDash(ms.baseline, locale)],
        ]),
        c.more,
      ),
    ),
    { type: 'heading', text: m.critical() },
    ...criticalBlocks(w, locale),
    ...section(m.risks(), w.risks_due, () =>
      table(
        [m.risk(), m.owner(), m.review()],
        w.risks_due.map((id) => {
          const k = w.risk_details[id];
          return [[{ id, name: k?.title ?? null }], [who(k?.owner ?? null, locale)], [orDash(k?.next_review, locale)]];
        }),
        c.more,
      ),
    ),
    ...section(m.changes(), w.changes_pending, () =>
      table(
        [m.change(), m.summaryCol(), m.requestedBy(), m.status(), m.date()],
        w.changes_pending.map((id) => {
          const ch = w.change_details[id];
          return [
            [id],
            [orDash(ch?.summary, locale)],
            [who(ch?.requested_by ?? null, locale)],
            [ch?.status ? changeStatus(ch.status, locale) : common[locale].dash()],
            [orDash(ch?.date, locale)],
          ];
        }),
        c.more,
      ),
    ),
    { type: 'heading', text: m.ev() },
    ...evBlocks(w.earned_value, locale),
    { type: 'heading', text: m.meeting() },
    ...meetingBlocks(w, locale),
  ];
  return { locale, title: m.title(), subtitle, blocks };
}

function criticalBlocks(w: WeeklyReport, locale: Locale): Block[] {
  const m = messages[locale];
  const c = common[locale];
  const f = w.critical_path.finish;
  const out: Block[] = [{ type: 'paragraph', line: [m.finish(f.planned, orDash(f.forecast, locale), orDash(f.baseline, locale))] }];
  const { added, removed } = w.critical_path;
  const list = (ids: readonly string[]): string => ids.slice(0, 20).join(', ') + (ids.length > 20 ? ` ${c.more(ids.length - 20)}` : '');
  if (added === null || removed === null) {
    out.push({ type: 'paragraph', line: [m.noBaseline()] });
  } else if (added.length === 0 && removed.length === 0) {
    out.push({ type: 'paragraph', line: [m.unchanged()] });
  } else {
    out.push({ type: 'list', items: [...(added.length > 0 ? [[m.joined(list(added))]] : []), ...(removed.length > 0 ? [[m.left(list(removed))]] : [])] });
  }
  out.push({ type: 'paragraph', line: [m.open(w.critical_path.open.length)] });
  return out;
}

function evBlocks(ev: EarnedValue, locale: Locale): Block[] {
  const m = messages[locale];
  const c = common[locale];
  const num = (n: number | null): string => (n === null ? c.dash() : formatAmount(n));
  const sentence =
    ev.spi === null ? m.evNone() : m.evSchedule(Math.round(ev.spi * 100), ev.spi) + (ev.cpi !== null ? m.evCost(ev.cpi) : ev.ac === null ? m.evNoCost() : '');
  return [
    { type: 'table', head: EV_COLUMNS[locale], rows: [[[num(ev.pv)], [num(ev.ev)], [num(ev.spi)], [num(ev.ac)], [num(ev.cpi)]]], numeric: [0, 1, 2, 3, 4] },
    { type: 'paragraph', line: [sentence] },
    { type: 'paragraph', line: [m.evUnit(ev.unit)] },
  ];
}

function meetingBlocks(w: WeeklyReport, locale: Locale): Block[] {
  const m = messages[locale];
  const meeting = w.meeting;
  if (!meeting) {
    return [{ type: 'paragraph', line: [m.noMeeting()] }];
  }
  const when = [meeting.date, meeting.time, meeting.form].filter((s): s is string => s !== null).join(' · ');
  return [
    { type: 'paragraph', line: [{ strong: meeting.name ?? meeting.id }, ...(when ? [` — ${m.meetingLine(when)}`] : [])] },
    ...(meeting.chair ? [{ type: 'paragraph' as const, line: [m.chair(), meeting.chair] }] : []),
    { type: 'paragraph', line: meeting.agenda ? [m.agenda(), meeting.agenda] : [m.noAgenda()] },
  ];
}
