import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import { table } from './reportDocument';
import type { Block, ReportDocument } from './reportDocument';
import { common, headerText, orDash, who } from './reportText';
import type { RiskEntry, RisksReport } from './risks';

const messages = defineMessages(
  {
    title: () => 'Risk register review',
    summary: (open: number, high: number, overdue: number) => `Open risks: ${open}, of which high: ${high}. Reviews overdue: ${overdue}.`,
    register: () => 'The register by score',
    changes: () => 'New and closed since the last review',
    overdue: () => 'Reviews overdue',
    noPlan: () => 'High risks without a contingency plan',
    owners: () => 'Who owns what',
    risk: () => 'Risk',
    score: () => 'Score',
    level: () => 'Level',
    owner: () => 'Owner',
    response: () => 'Response',
    status: () => 'Status',
    review: () => 'Next review',
    contingency: () => 'Contingency plan',
    levelWord: (l: string) => ({ high: 'high', medium: 'medium', low: 'low', unrated: 'not rated' })[l] ?? l,
    statusWord: (s: string) => ({ open: 'open', closed: 'closed', occurred: 'occurred' })[s] ?? s,
    responseWord: (r: string) => ({ avoid: 'avoid', mitigate: 'mitigate', transfer: 'transfer', accept: 'accept' })[r] ?? r,
    overdueMark: () => ' (overdue)',
    added: (ids: string) => `New: ${ids}`,
    closed: (ids: string) => `Closed: ${ids}`,
    noBaseline: () => 'Without a baseline (the register as last agreed) new and closed risks cannot be told apart from the rest.',
    nobody: () => 'no owner',
  },
  {
    title: () => '风险登记册评审',
    summary: (open, high, overdue) => `未关闭的风险 ${open} 项，其中高风险 ${high} 项；复查超期 ${overdue} 项。`,
    register: () => '风险登记册（按分值排序）',
    changes: () => '自上次评审以来新增和关闭的风险',
    overdue: () => '复查超期的风险',
    noPlan: () => '缺少应急预案的高风险',
    owners: () => '风险责任人',
    risk: () => '风险',
    score: () => '分值',
    level: () => '等级',
    owner: () => '责任人',
    response: () => '应对策略',
    status: () => '状态',
    review: () => '下次复查',
    contingency: () => '应急预案',
    levelWord: (l) => ({ high: '高', medium: '中', low: '低', unrated: '未评估' })[l] ?? l,
    statusWord: (s) => ({ open: '未关闭', closed: '已关闭', occurred: '已发生' })[s] ?? s,
    responseWord: (r) => ({ avoid: '规避', mitigate: '减轻', transfer: '转移', accept: '接受' })[r] ?? r,
    overdueMark: () => '（超期）',
    added: (ids) => `新增：${ids}`,
    closed: (ids) => `关闭：${ids}`,
    noBaseline: () => '没有基线（上次确认的登记册），无法区分新增和关闭的风险。',
    nobody: () => '无责任人',
  },
);

/** The risk register review as text. */
export function risksDocument(r: RisksReport, locale: Locale): ReportDocument {
  const m = messages[locale];
  const c = common[locale];
  const { subtitle, notices } = headerText(r, locale);
  const byId = new Map(r.risks.map((k) => [k.id, k]));
  const cell = (id: string): { id: string; name: string | null } => ({ id, name: byId.get(id)?.title ?? null });
  const join = (ids: readonly string[]): string => ids.join(locale === 'zh-cn' ? '、' : ', ');
  const open = r.risks.filter((k) => k.status !== 'closed');
  const ownerOf = (k: RiskEntry): { id: string; name: string | null } | string => (k.owner !== null ? { id: k.owner, name: k.owner_name } : c.dash());
  const blocks: Block[] = [
    ...notices,
    { type: 'paragraph', line: [{ strong: m.summary(open.length, open.filter((k) => k.level === 'high').length, r.reviews_overdue.length) }] },
    { type: 'heading', text: m.register() },
    ...(r.risks.length === 0
      ? [{ type: 'paragraph' as const, line: [c.none()] }]
      : table(
          [m.risk(), m.score(), m.level(), m.owner(), m.response(), m.status(), m.review()],
          r.risks.map((k) => [
            [cell(k.id)],
            [k.score !== null ? String(k.score) : c.dash()],
            [k.level === 'high' ? { strong: m.levelWord(k.level) } : m.levelWord(k.level)],
            [ownerOf(k)],
            [k.response !== null ? m.responseWord(k.response) : c.dash()],
            [m.statusWord(k.status)],
            k.review_overdue ? [{ strong: `${k.next_review ?? ''}${m.overdueMark()}` }] : [orDash(k.next_review, locale)],
          ]),
          c.more,
          [1],
        )),
    { type: 'heading', text: m.changes() },
    r.new_since_review === null || r.closed_since_review === null
      ? { type: 'paragraph', line: [m.noBaseline()] }
      : r.new_since_review.length === 0 && r.closed_since_review.length === 0
        ? { type: 'paragraph', line: [c.none()] }
        : {
            type: 'list',
            items: [
              ...(r.new_since_review.length > 0 ? [[m.added(join(r.new_since_review))]] : []),
              ...(r.closed_since_review.length > 0 ? [[m.closed(join(r.closed_since_review))]] : []),
            ],
          },
    { type: 'heading', text: m.overdue() },
    ...(r.reviews_overdue.length === 0
      ? [{ type: 'paragraph' as const, line: [c.none()] }]
      : table(
          [m.risk(), m.owner(), m.review()],
          r.reviews_overdue.map((id) => [[cell(id)], [ownerOf(byId.get(id)!)], [orDash(byId.get(id)?.next_review, locale)]]),
          c.more,
        )),
    { type: 'heading', text: m.noPlan() },
    ...(r.high_without_contingency.length === 0
      ? [{ type: 'paragraph' as const, line: [c.none()] }]
      : table(
          [m.risk(), m.score(), m.owner()],
          r.high_without_contingency.map((id) => [[cell(id)], [String(byId.get(id)?.score ?? '')], [ownerOf(byId.get(id)!)]]),
          c.more,
        )),
    { type: 'heading', text: m.owners() },
    r.by_owner.length === 0
      ? { type: 'paragraph', line: [c.none()] }
      : { type: 'list', items: r.by_owner.map((o) => [who(o.owner, locale) === c.dash() ? m.nobody() : who(o.owner, locale), `: ${join(o.risks)}`]) },
  ];
  return { locale, title: m.title(), subtitle, blocks };
}
