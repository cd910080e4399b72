import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import type { ClosingReport } from './closing';
import { table } from './reportDocument';
import type { Block, ReportDocument } from './reportDocument';
import { changeStatus, common, headerText, money, orDash, who } from './reportText';

const messages = defineMessages(
  {
    title: () => 'Project closing report',
    goals: () => 'Goals and success criteria',
    goal: () => 'Goal',
    measure: () => 'Measure',
    deadline: () => 'Deadline',
    result: () => 'Result (to fill in)',
    criteria: () => 'Success criteria:',
    noGoals: () => 'The charter states no goals (project.goals).',
    deliverables: () => 'Deliverables and their acceptance',
    deliverable: () => 'Deliverable',
    acceptance: () => 'Acceptance standard',
    task: () => 'Task',
    owner: () => 'Owner',
    delivered: () => 'Delivered',
    yes: () => 'yes',
    no: () => 'no',
    signed: () => 'Accepted (signature)',
    schedule: () => 'Schedule against the baseline',
    start: () => 'Start',
    target: () => 'Target end',
    planned: () => 'Planned finish',
    forecast: () => 'Forecast finish',
    baseline: () => 'Baseline finish',
    delta: () => 'Against the baseline',
    tasks: (done: number, cancelled: number, all: number, open: number) => `Tasks: ${done} done, ${cancelled} cancelled, ${open} still open, of ${all}.`,
    openList: (ids: string) => `Still open: ${ids}`,
    milestone: () => 'Milestone',
    cost: () => 'Cost against the baseline',
    what: () => 'What',
    amount: () => 'Amount',
    budget: () => 'Budget (total)',
    baselineBudget: () => 'Baseline budget',
    committed: () => 'Budget items',
    spent: () => 'Spent',
    changes: () => 'Changes made',
    change: () => 'Change',
    summary: () => 'Summary',
    status: () => 'Status',
    requestedBy: () => 'Requested by',
    approvedBy: () => 'Approved by',
    date: () => 'Date',
    lessons: () => 'Lessons learned',
    lessonsPrompt: () => 'What went well, what did not, and why (for the team to fill in).',
    proposals: () => 'Improvement proposals',
    proposalsPrompt: () => 'What the next cross-department project should do differently, and who takes it up (for the team to fill in).',
    later: (n: number) => (n === 0 ? 'on time' : n > 0 ? `${n} working day${n === 1 ? '' : 's'} late` : `${-n} working day${n === -1 ? '' : 's'} early`),
  },
  {
    title: () => '项目总结报告',
    goals: () => '目标与成功标准',
    goal: () => '目标',
    measure: () => '衡量方式',
    deadline: () => '期限',
    result: () => '达成情况（待填写）',
    criteria: () => '成功标准：',
    noGoals: () => '项目章程中没有写明目标（project.goals）。',
    deliverables: () => '交付物及验收',
    deliverable: () => '交付物',
    acceptance: () => '验收标准',
    task: () => '任务',
    owner: () => '责任人',
    delivered: () => '已交付',
    yes: () => '是',
    no: () => '否',
    signed: () => '验收签字',
    schedule: () => '进度与基线对比',
    start: () => '开始日期',
    target: () => '目标完成日期',
    planned: () => '计划完成',
    forecast: () => '预测完成',
    baseline: () => '基线完成',
    delta: () => '与基线相比',
    tasks: (done, cancelled, all, open) => `任务共 ${all} 项：已完成 ${done} 项，已取消 ${cancelled} 项，未完成 ${open} 项。`,
    openList: (ids) => `未完成：${ids}`,
    milestone: () => '里程碑',
    cost: () => '成本与基线对比',
    what: () => '项目',
    amount: () => '金额',
    budget: () => '预算总额',
    baselineBudget: () => '基线预算总额',
    committed: () => '预算项合计',
    spent: () => '已支出',
    changes: () => '变更记录',
    change: () => '变更',
    summary: () => '变更内容',
    status: () => '状态',
    requestedBy: () => '申请人',
    approvedBy: () => '批准人',
    date: () => '日期',
    lessons: () => '经验教训',
    lessonsPrompt: () => '哪些做得好、哪些做得不好，原因是什么（由项目团队填写）。',
    proposals: () => '协同改进建议',
    proposalsPrompt: () => '下一个跨部门项目应当怎样改进，由谁负责落实（由项目团队填写）。',
    later: (n) => (n === 0 ? '按期' : n > 0 ? `延后 ${n} 个工作日` : `提前 ${-n} 个工作日`),
  },
);

/** The closing report as text, with headed spaces for what only the team can write. */
export function closingDocument(r: ClosingReport, locale: Locale): ReportDocument {
  const m = messages[locale];
  const c = common[locale];
  const { subtitle, notices } = headerText(r, locale);
  const s = r.schedule;
  const cur = r.cost.currency;
  const delta = (n: number | null): string => (n === null ? c.dash() : m.later(n));
  const blocks: Block[] = [
    ...notices,
    { type: 'heading', text: m.goals() },
    ...(r.goals.length === 0
      ? [{ type: 'paragraph' as const, line: [m.noGoals()] }]
      : table(
          [m.goal(), m.measure(), m.deadline(), m.result()],
          r.goals.map((g) => [[g.text], [orDash(g.measure, locale)], [orDash(g.deadline, locale)], ['']]),
          c.more,
        )),
    ...(r.success_criteria.length > 0
      ? [
          { type: 'paragraph' as const, line: [{ strong: m.criteria() }] },
          { type: 'list' as const, items: r.success_criteria.map((t) => [t]) },
        ]
      : []),
    { type: 'heading', text: m.deliverables() },
    ...(r.deliverables.length === 0
      ? [{ type: 'paragraph' as const, line: [c.none()] }]
      : table(
          [m.deliverable(), m.acceptance(), m.task(), m.owner(), m.delivered(), m.signed()],
          r.deliverables.map((d) => [
            [d.name],
            [orDash(d.acceptance, locale)],
            [{ id: d.task, name: d.task_name }],
            [who(d.owner, locale)],
            [d.delivered ? m.yes() : { strong: m.no() }],
            [''],
          ]),
          c.more,
          undefined,
          // Every deliverable is signed off at closing: none is left out of the list.
          Infinity,
        )),
    { type: 'heading', text: m.schedule() },
    {
      type: 'table',
      head: [m.start(), m.target(), m.planned(), m.forecast(), m.baseline(), m.delta()],
      rows: [
        [
          [s.start],
          [orDash(s.target_end, locale)],
          [s.planned_finish],
          [orDash(s.forecast_finish, locale)],
          [orDash(s.baseline_finish, locale)],
          [delta(s.delta)],
        ],
      ],
    },
    { type: 'paragraph', line: [m.tasks(s.tasks_done, s.tasks_cancelled, s.tasks, s.tasks_open.length)] },
    ...(s.tasks_open.length > 0
      ? [
          {
            type: 'paragraph' as const,
            line: [m.openList(s.tasks_open.slice(0, 30).join(', ') + (s.tasks_open.length > 30 ? ` ${c.more(s.tasks_open.length - 30)}` : ''))],
          },
        ]
      : []),
    ...(r.milestones.length > 0
      ? table(
          [m.milestone(), m.planned(), m.forecast(), m.baseline(), m.delta()],
          r.milestones.map((ms) => [
            [{ id: ms.id, name: ms.name }],
            [orDash(ms.planned, locale)],
            [orDash(ms.forecast, locale)],
            [orDash(ms.baseline, locale)],
            [delta(ms.delta)],
          ]),
          c.more,
        )
      : []),
    { type: 'heading', text: m.cost() },
    {
      type: 'table',
      head: [m.what(), m.amount()],
      rows: [
        [[m.baselineBudget()], [money(r.cost.baseline_total, cur, locale)]],
        [[m.budget()], [money(r.cost.total, cur, locale)]],
        [[m.committed()], [money(r.cost.committed, cur, locale)]],
        [[m.spent()], [money(r.cost.spent, cur, locale)]],
      ],
      numeric: [1],
    },
    { type: 'heading', text: m.changes() },
    ...(r.changes.length === 0
      ? [{ type: 'paragraph' as const, line: [c.none()] }]
      : table(
          [m.change(), m.date(), m.summary(), m.requestedBy(), m.approvedBy(), m.status()],
          r.changes.map((ch) => [
            [ch.id],
            [orDash(ch.date, locale)],
            [orDash(ch.summary, locale)],
            [who(ch.requested_by, locale)],
            [who(ch.approved_by, locale)],
            [ch.status !== null ? changeStatus(ch.status, locale) : c.dash()],
          ]),
          c.more,
          undefined,
          Infinity,
        )),
    { type: 'heading', text: m.lessons() },
    { type: 'blank', prompt: m.lessonsPrompt() },
    { type: 'heading', text: m.proposals() },
    { type: 'blank', prompt: m.proposalsPrompt() },
  ];
  return { locale, title: m.title(), subtitle, blocks };
}
