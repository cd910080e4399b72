import type { LevellingProposal } from '../../service';
import type { Locale } from '../../service/l10n/localize';
import { defineMessages } from '../../service/l10n/localize';
import { terminalText } from './terminalText';
import { displayWidth, padEnd, padStart } from './textWidth';

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Task', 'From', 'To', 'Days', 'Person', 'Reason'],
  'zh-cn': ['任务', '原开始', '建议开始', '推迟', '人员', '原因'],
};

const messages = defineMessages(
  {
    none: () => 'No overallocation to level: nothing would change.',
    note: () => "Proposed only: nothing is written. Delays stay within each task's total slack, so the finish holds; successors are not moved.",
  },
  {
    none: () => '没有需要平衡的超负荷：无需调整。',
    note: () => '仅为建议，不写入任何文件。推迟均在各任务的总浮动时间内，完成日期不变；后续任务未移动。',
  },
);

/** `xproj schedule --level`: the proposals as an aligned table, Chinese text lined up. */
export function formatLevellingTable(proposals: readonly LevellingProposal[], locale: Locale): string {
  const msg = messages[locale];
  if (proposals.length === 0) {
    return `${msg.none()}\n`;
  }
  const headers = HEADERS[locale];
  const rows = proposals.map((p) => [terminalText(p.task), p.from, p.to, String(p.days), terminalText(p.person), terminalText(p.reason)]);
  const widths = headers.map((h, i) => rows.reduce((w, r) => Math.max(w, displayWidth(r[i]!)), displayWidth(h)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 3 ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line), '', msg.note(), ''].join('\n');
}

/** `xproj schedule --level --format json`: the proposals as an array of `{task, from, to, days, person, reason}`. */
export function formatLevellingJson(proposals: readonly LevellingProposal[]): string {
  return `${JSON.stringify(
    proposals.map((p) => ({ task: p.task, from: p.from, to: p.to, days: p.days, person: p.person, reason: p.reason })),
    null,
    2,
  )}\n`;
}
