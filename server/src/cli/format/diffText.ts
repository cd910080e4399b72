import type { PlanDiff } from '../../service';
import { defineMessages } from '../../service/l10n/localize';
import type { Locale } from '../../service/l10n/localize';
import type { Palette } from './colors';
import { terminalText } from './terminalText';
import { displayWidth, padEnd } from './textWidth';

const messages = defineMessages(
  {
    header: (base: string) => `Compared with ${base}`,
    finish: (base: string, now: string, what: string) => `finish     ${base} → ${now} (${what})`,
    forecast: () => 'forecast',
    planned: () => 'planned',
    milestone: () => 'milestone',
    delta: (days: number) => (days === 0 ? 'on time' : `${days > 0 ? '+' : '-'}${Math.abs(days)}d`),
    added: () => 'added',
    removed: () => 'removed',
    changed: () => 'changed',
    critical: (added: string, removed: string) => `critical   +${added}  -${removed}`,
    budget: (base: string, now: string, delta: string) => `budget     ${base} → ${now} (${delta})`,
    unrecorded: (ids: string) => `no change request: ${ids}`,
    summary: (tasks: number, added: number, removed: number, changed: number) =>
      `${tasks} task${tasks === 1 ? '' : 's'} differ: ${added} added, ${removed} removed, ${changed} changed`,
    same: () => 'no difference',
  },
  {
    header: (base) => `与 ${base} 对比`,
    finish: (base, now, what) => `完成日期   ${base} → ${now}（${what}）`,
    forecast: () => '预测',
    planned: () => '计划',
    milestone: () => '里程碑',
    delta: (days) => (days === 0 ? '按期' : `${days > 0 ? '+' : '-'}${Math.abs(days)} 工作日`),
    added: () => '新增',
    removed: () => '删除',
    changed: () => '修改',
    critical: (added, removed) => `关键路径   +${added}  -${removed}`,
    budget: (base, now, delta) => `预算       ${base} → ${now}（${delta}）`,
    unrecorded: (ids) => `未登记变更申请：${ids}`,
    summary: (tasks, added, removed, changed) => `${tasks} 个任务有差异：新增 ${added}，删除 ${removed}，修改 ${changed}`,
    same: () => '没有差异',
  },
);

/**
 * The diff for a terminal, like `git diff --stat`: the finish and milestones, then one line per
 * task that differs with how far it moved, coloured when the output is a terminal.
 */
export function formatDiffText(diff: PlanDiff, locale: Locale, colors: Palette): string {
  const m = messages[locale];
  const shift = (d: number | null): string => (d === null ? '' : d > 0 ? colors.red(m.delta(d)) : m.delta(d));
  const out = [colors.bold(m.header(terminalText(diff.base)))];
  const f = diff.finish;
  out.push(m.finish(f.base ?? '-', f.forecast ?? f.planned ?? '-', `${f.forecast ? m.forecast() : m.planned()} ${shift(f.delta)}`));
  for (const ms of diff.milestones) {
    if (ms.delta !== 0) {
      out.push(`${m.milestone()} ${terminalText(ms.id)}  ${ms.base ?? '-'} → ${ms.forecast ?? ms.planned ?? '-'} (${shift(ms.delta)})`);
    }
  }
  if (diff.critical_path.added.length > 0 || diff.critical_path.removed.length > 0) {
    out.push(m.critical(terminalText(diff.critical_path.added.join(', ')), terminalText(diff.critical_path.removed.join(', '))));
  }
  if (diff.budget.delta !== null && diff.budget.delta !== 0) {
    const sign = diff.budget.delta > 0 ? '+' : '-';
    out.push(m.budget(String(diff.budget.base), String(diff.budget.total), `${sign}${Math.abs(diff.budget.delta)}`));
  }
  if (diff.tasks.length > 0) {
    out.push('');
    const width = Math.max(...diff.tasks.map((t) => displayWidth(terminalText(t.id))));
    const word = { added: colors.cyan(m.added()), removed: colors.gray(m.removed()), changed: m.changed() };
    for (const t of diff.tasks) {
      const days = (d: number | null): string => (d === null ? '' : d > 0 ? colors.red(`+${d}d`) : `${d}d`);
      const moved = [t.start_delta, t.end_delta].some((d) => d !== null && d !== 0) ? ` ${days(t.start_delta)} .. ${days(t.end_delta)}` : '';
      out.push(` ${padEnd(terminalText(t.id), width)} | ${word[t.change]}${moved}${t.fields.length > 0 ? `  ${t.fields.join(', ')}` : ''}`);
    }
    const count = (c: string): number => diff.tasks.filter((t) => t.change === c).length;
    out.push(` ${m.summary(diff.tasks.length, count('added'), count('removed'), count('changed'))}`);
  } else if ((f.delta ?? 0) === 0) {
    out.push(m.same());
  }
  if (diff.unrecorded.length > 0) {
    out.push('', colors.yellow(m.unrecorded(terminalText(diff.unrecorded.join(', ')))));
  }
  return `${out.join('\n')}\n`;
}
