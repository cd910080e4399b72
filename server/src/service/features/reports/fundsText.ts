import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import type { FundsGroup, FundsReport } from './funds';
import { table } from './reportDocument';
import type { Block, ReportDocument } from './reportDocument';
import { common, headerText, money, who } from './reportText';

const messages = defineMessages(
  {
    title: () => 'Fund usage report',
    totals: () => 'Totals against the budget',
    items: () => 'Budget items',
    pending: () => 'Items waiting for approval',
    byPhase: () => 'By phase',
    byDepartment: () => 'By department',
    what: () => 'What',
    amount: () => 'Amount',
    budget: () => 'Budget (total)',
    committed: () => 'Items (committed)',
    spent: () => 'Spent',
    remaining: () => 'Remaining',
    reserve: () => 'Reserve (total less items)',
    item: () => 'Item',
    needs: () => 'Approval needed',
    approvedBy: () => 'Approved by',
    approval: () => 'Approval',
    phase: () => 'Phase',
    department: () => 'Department',
    count: () => 'Items',
    state: (s: string) => ({ missing: 'no approver', 'not-an-approver': 'not an approver', 'too-low': 'level too low', ok: 'ok' })[s] ?? s,
    over: (amount: string) => `The items add up to ${amount} more than the budget's total.`,
    noItems: () => 'The budget has no items.',
    allApproved: () => 'Every item has the approval its amount needs.',
    pendingLine: (amount: string, state: string, level: string) => ` — ${amount}, ${state}${level ? ` → ${level}` : ''}`,
    roleHolder: () => ': ',
    level: (level: string) =>
      ({ 'department-head': 'department head', finance: 'finance', manager: 'project manager', owner: 'project owner', sponsor: 'sponsor' })[level] ?? level,
  },
  {
    title: () => '项目资金使用报告',
    totals: () => '预算总览',
    items: () => '预算项',
    pending: () => '待审批的预算项',
    byPhase: () => '按阶段',
    byDepartment: () => '按部门',
    what: () => '项目',
    amount: () => '金额',
    budget: () => '预算总额',
    committed: () => '预算项合计',
    spent: () => '已支出',
    remaining: () => '剩余',
    reserve: () => '不可预见费（总额减预算项）',
    item: () => '预算项',
    needs: () => '所需审批',
    approvedBy: () => '审批人',
    approval: () => '审批情况',
    phase: () => '阶段',
    department: () => '部门',
    count: () => '项数',
    state: (s) => ({ missing: '未审批', 'not-an-approver': '审批人无权限', 'too-low': '审批级别不足', ok: '已审批' })[s] ?? s,
    over: (amount) => `预算项合计超出预算总额 ${amount}。`,
    noItems: () => '预算中没有预算项。',
    allApproved: () => '所有预算项均已按金额取得相应审批。',
    pendingLine: (amount, state, level) => ` — ${amount}，${state}${level ? ` → ${level}` : ''}`,
    roleHolder: () => '：',
    level: (level) => ({ 'department-head': '部门负责人', finance: '财务部', manager: '项目经理', owner: '项目总负责人', sponsor: '发起人' })[level] ?? level,
  },
);

/** The fund-usage report as text. */
export function fundsDocument(f: FundsReport, locale: Locale): ReportDocument {
  const m = messages[locale];
  const c = common[locale];
  const { subtitle, notices } = headerText(f, locale);
  const cur = f.currency;
  const amount = (n: number | null): string => money(n, cur, locale);
  const blocks: Block[] = [
    ...notices,
    { type: 'heading', text: m.totals() },
    {
      type: 'table',
      head: [m.what(), m.amount()],
      rows: [
        [[m.budget()], [amount(f.total)]],
        [[m.committed()], [amount(f.committed)]],
        [[m.spent()], [amount(f.spent)]],
        [[m.remaining()], [amount(f.remaining)]],
        [[m.reserve()], [amount(f.reserve)]],
      ],
      numeric: [1],
    },
    ...(f.reserve !== null && f.reserve < 0 ? [{ type: 'notice' as const, line: [m.over(amount(-f.reserve))] }] : []),
    { type: 'heading', text: m.items() },
    ...(f.items.length === 0
      ? [{ type: 'paragraph' as const, line: [m.noItems()] }]
      : table(
          [m.item(), m.amount(), m.needs(), m.approvedBy(), m.approval(), m.spent(), m.remaining()],
          f.items.map((i) => [
            [{ id: i.id, name: i.name }],
            [amount(i.amount)],
            [i.level_required !== null ? m.level(i.level_required) : c.dash()],
            // A role word (`finance`, `owner`) is shown as the role, with the person it stands for where the plan says.
            i.approver_role !== null ? [m.level(i.approver_role), ...(i.approver ? [m.roleHolder(), i.approver] : [])] : [who(i.approver, locale)],
            [i.approval === 'ok' ? m.state('ok') : { strong: m.state(i.approval) }],
            [amount(i.spent)],
            [amount(i.remaining)],
          ]),
          c.more,
          [1, 5, 6],
        )),
    { type: 'heading', text: m.pending() },
    f.pending.length === 0
      ? { type: 'paragraph', line: [m.allApproved()] }
      : {
          type: 'list',
          items: f.items
            .filter((i) => f.pending.includes(i.id))
            .map((i) => [
              { id: i.id, name: i.name },
              m.pendingLine(amount(i.amount), m.state(i.approval), i.level_required !== null ? m.level(i.level_required) : ''),
            ]),
        },
    { type: 'heading', text: m.byPhase() },
    ...groupTable(f.by_phase, m.phase(), cur, locale),
    { type: 'heading', text: m.byDepartment() },
    ...groupTable(f.by_department, m.department(), cur, locale),
  ];
  return { locale, title: m.title(), subtitle, blocks };
}

function groupTable(groups: readonly FundsGroup[], label: string, currency: string | null, locale: Locale): Block[] {
  const m = messages[locale];
  const c = common[locale];
  if (groups.length === 0) {
    return [{ type: 'paragraph', line: [c.none()] }];
  }
  return table(
    [label, m.count(), m.amount(), m.spent()],
    groups.map((g) => [
      [g.id !== null ? { id: g.id, name: g.name } : c.unassigned()],
      [String(g.items)],
      [money(g.amount, currency, locale)],
      [money(g.spent, currency, locale)],
    ]),
    c.more,
    [1, 2, 3],
  );
}
