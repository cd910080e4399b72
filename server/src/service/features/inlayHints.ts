import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import { formatDay } from '../../../../common/dates';

const messages = defineMessages(
  {
    range: (start: string, end: string) => `${start} → ${end}`,
    task: (start: string, end: string, days: number) => `Computed dates: ${start} to ${end}, ${days === 1 ? '1 working day' : `${days} working days`}.`,
    summary: (start: string, end: string) => `Spans its subtasks: ${start} to ${end}.`,
    milestone: (date: string) => `Computed milestone date: ${date}.`,
  },
  {
    range: (start, end) => `${start} → ${end}`,
    task: (start, end, days) => `推算日期：${start} 至 ${end}，共 ${days} 个工作日。`,
    summary: (start, end) => `涵盖其子任务：${start} 至 ${end}。`,
    milestone: (date) => `里程碑推算日期：${date}。`,
  },
);

/**
 * The computed dates of tasks that do not write a `start`, right after their id, where the eye
 * looks for which task a line is. Tasks on a dependency cycle get none: their dates ignore the
 * cycle's edges and would mislead.
 */
export class XprojInlayHints {
  constructor(private readonly locale: Locale) {}

  getInlayHints(document: TextDocument, range: Range, analysis: PlanAnalysis): InlayHint[] {
    const m = messages[this.locale];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const hints: InlayHint[] = [];
    for (const task of analysis.plan.tasks) {
      const at = task.idSpan.offset + task.idSpan.length;
      if (at < from || at > to || task.start) {
        continue;
      }
      const s = analysis.schedule.tasks.get(task);
      if (!s || s.inCycle) {
        continue;
      }
      const start = formatDay(s.start);
      const end = formatDay(s.end);
      const milestone = task.milestone && !s.summary;
      hints.push({
        position: document.positionAt(at),
        label: milestone ? start : m.range(start, end),
        tooltip: milestone ? m.milestone(start) : s.summary ? m.summary(start, end) : m.task(start, end, s.duration),
        paddingLeft: true,
      });
    }
    return hints;
  }
}
