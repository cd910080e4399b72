import { formatAmount } from '../l10n/amounts';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import { code, escapeMarkdown } from './hover/markdown';
import type { PlanDiff, TaskChange } from './planDiff';

const messages = defineMessages(
  {
    title: (base: string, name: string) => `### ${name}: changes since ${base}`,
    finish: (base: string, planned: string, forecast: string, delta: string) => `**Finish:** baseline ${base} → planned ${planned}${forecast} (${delta})`,
    forecast: (date: string) => `, forecast ${date}`,
    delta: (days: number) => (days === 0 ? 'on time' : `${days > 0 ? '+' : '−'}${Math.abs(days)} working day${Math.abs(days) === 1 ? '' : 's'}`),
    milestones: () => '**Milestones**',
    milestoneHeader: () => '| Milestone | Baseline | Planned | Forecast | Change |',
    critical: (added: string, removed: string) => `**Critical path:** ${added}${removed}`,
    joined: (ids: string) => `now through ${ids}`,
    left: (ids: string, first: boolean) => `${first ? '' : '; '}no longer through ${ids}`,
    tasks: (added: number, removed: number, redated: number, reowned: number) =>
      `**Tasks:** ${added} added, ${removed} removed, ${redated} re-dated, ${reowned} with a new owner`,
    taskHeader: () => '| Task | Change | Start | End | What changed |',
    added: () => 'added',
    removed: () => 'removed',
    changed: () => 'changed',
    budget: (base: string, total: string, delta: string) => `**Budget:** ${base} → ${total} (${delta})`,
    unrecorded: (ids: string) => `**Changes without a change request:** ${ids}`,
    nothing: () => 'No difference from the baseline.',
    more: (n: number) => `…and ${n} more`,
  },
  {
    title: (base, name) => `### ${name}：自 ${base} 以来的变化`,
    finish: (base, planned, forecast, delta) => `**完成日期：**基线 ${base} → 计划 ${planned}${forecast}（${delta}）`,
    forecast: (date) => `，预测 ${date}`,
    delta: (days) => (days === 0 ? '按期' : `${days > 0 ? '延后' : '提前'} ${Math.abs(days)} 个工作日`),
    milestones: () => '**里程碑**',
    milestoneHeader: () => '| 里程碑 | 基线 | 计划 | 预测 | 变化 |',
    critical: (added, removed) => `**关键路径：**${added}${removed}`,
    joined: (ids) => `新增 ${ids}`,
    left: (ids, first) => `${first ? '' : '；'}不再经过 ${ids}`,
    tasks: (added, removed, redated, reowned) => `**任务：**新增 ${added} 个，删除 ${removed} 个，改期 ${redated} 个，更换负责人 ${reowned} 个`,
    taskHeader: () => '| 任务 | 变化 | 开始 | 结束 | 改动内容 |',
    added: () => '新增',
    removed: () => '删除',
    changed: () => '修改',
    budget: (base, total, delta) => `**预算：**${base} → ${total}（${delta}）`,
    unrecorded: (ids) => `**未登记变更申请的改动：**${ids}`,
    nothing: () => '与基线没有差异。',
    more: (n) => `……另有 ${n} 项`,
  },
);

/** Rows a table lists before it says how many more there are: a diff is read in a pull request or a mail. */
const MAX_ROWS = 40;

/**
 * The diff as Markdown that reads well in a pull request, the weekly mail or a wiki: the finish
 * and milestones first (what a steering group asks), then the critical path, the tasks, the
 * budget and what changed without a change request.
 */
export function planDiffMarkdown(diff: PlanDiff, projectName: string, locale: Locale, currency?: string): string {
  const m = messages[locale];
  const out = [m.title(code(diff.base), escapeMarkdown(projectName)), ''];
  const slip = (days: number | null): string => (days === null ? '—' : days > 0 ? `**${m.delta(days)}**` : m.delta(days));
  const f = diff.finish;
  out.push(m.finish(f.base ?? '—', f.planned ?? '—', f.forecast ? m.forecast(f.forecast) : '', slip(f.delta)), '');
  if (diff.milestones.length > 0) {
    out.push(m.milestones(), '', m.milestoneHeader(), '|---|---|---|---|---|');
    for (const ms of diff.milestones.slice(0, MAX_ROWS)) {
      out.push(`| ${code(ms.id)} | ${ms.base ?? '—'} | ${ms.planned ?? '—'} | ${ms.forecast ?? '—'} | ${slip(ms.delta)} |`);
    }
    if (diff.milestones.length > MAX_ROWS) {
      out.push('', m.more(diff.milestones.length - MAX_ROWS));
    }
    out.push('');
  }
  const { added, removed } = diff.critical_path;
  if (added.length > 0 || removed.length > 0) {
    const joined = added.length > 0 ? m.joined(added.map(code).join(', ')) : '';
    out.push(m.critical(joined, removed.length > 0 ? m.left(removed.map(code).join(', '), added.length === 0) : ''), '');
  }
  const count = (test: (t: TaskChange) => boolean): number => diff.tasks.filter(test).length;
  const redated = count((t) => t.change === 'changed' && (t.start_delta !== 0 || t.end_delta !== 0));
  const reowned = count((t) => t.fields.includes('owner'));
  if (diff.tasks.length > 0) {
    out.push(
      m.tasks(
        count((t) => t.change === 'added'),
        count((t) => t.change === 'removed'),
        redated,
        reowned,
      ),
      '',
      m.taskHeader(),
      '|---|---|---|---|---|',
    );
    const word = { added: m.added(), removed: m.removed(), changed: m.changed() };
    const signed = (d: number | null): string => (d === null || d === 0 ? '' : `${d > 0 ? '+' : '−'}${Math.abs(d)}`);
    for (const t of diff.tasks.slice(0, MAX_ROWS)) {
      const name = t.name !== undefined && t.name !== t.id ? ` ${escapeMarkdown(t.name)}` : '';
      out.push(`| ${code(t.id)}${name} | ${word[t.change]} | ${signed(t.start_delta)} | ${signed(t.end_delta)} | ${t.fields.join(', ')} |`);
    }
    if (diff.tasks.length > MAX_ROWS) {
      out.push('', m.more(diff.tasks.length - MAX_ROWS));
    }
    out.push('');
  }
  const b = diff.budget;
  if (b.delta !== null && b.delta !== 0 && b.base !== null && b.total !== null) {
    out.push(
      m.budget(formatAmount(b.base, currency), formatAmount(b.total, currency), `${b.delta > 0 ? '+' : '−'}${formatAmount(Math.abs(b.delta), currency)}`),
      '',
    );
  }
  if (diff.unrecorded.length > 0) {
    out.push(m.unrecorded(diff.unrecorded.map(code).join(', ')), '');
  }
  if (diff.tasks.length === 0 && diff.milestones.every((ms) => ms.delta === 0) && (f.delta ?? 0) === 0 && (b.delta ?? 0) === 0) {
    out.push(m.nothing(), '');
  }
  return out.join('\n');
}
