import { formatCount } from '../l10n/amounts';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import type { LeveledProblem, Severity } from '../model/problems';

/**
 * How many problems one document shows by default. A single keystroke (a newline inside a flow
 * collection) once turned every later token of a 5,000-task plan into a problem: 347,269
 * diagnostics, 100 MB per publish.
 */
export const MAX_PROBLEMS = 1000;

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

const messages = defineMessages(
  {
    summary: (shown: string, total: string, hidden: string, breakdown: string) =>
      `${shown} of ${total} problems are shown, errors first; ${hidden} more are not (${breakdown}). Run \`xproj check --max-problems 0\` on this file to list them all.`,
    error: (count: string) => `${count} ${count === '1' ? 'error' : 'errors'}`,
    warning: (count: string) => `${count} ${count === '1' ? 'warning' : 'warnings'}`,
    info: (count: string) => `${count} info`,
    hint: (count: string) => `${count} ${count === '1' ? 'hint' : 'hints'}`,
    separator: () => ', ',
  },
  {
    summary: (shown, total, hidden, breakdown) =>
      `共 ${total} 个问题，仅显示 ${shown} 个（错误优先）；其余 ${hidden} 个未显示（${breakdown}）。对此文件运行 \`xproj check --max-problems 0\` 可列出全部。`,
    error: (count) => `${count} 个错误`,
    warning: (count) => `${count} 个警告`,
    info: (count) => `${count} 条提示信息`,
    hint: (count) => `${count} 条建议`,
    separator: () => '、',
  },
);

/**
 * The key of the summary's `data` that counts the problems left out, so code actions can tell it
 * from the problems it stands for; `hiddenBySeverity` breaks the count down (for a status bar).
 */
export const HIDDEN_PROBLEMS_KEY = 'hiddenProblems';

/**
 * At most `max` of a document's problems (all when `max` is 0 or there are no more), errors
 * before warnings before infos before hints, each in document order; then, when any were left
 * out, one summary first, at the document's start, that counts them. The summary carries the code and
 * severity of the first problem it stands for (the most severe, then the earliest).
 */
export function capProblems(problems: readonly LeveledProblem[], max: number, locale: Locale): readonly LeveledProblem[] {
  if (max <= 0 || problems.length <= max) {
    return problems;
  }
  const counts = [0, 0, 0, 0];
  for (const p of problems) {
    counts[RANK[p.severity]]!++;
  }
  // Every problem ranked before `cutRank` is shown, and the first `cutTake` of rank `cutRank`.
  let cutRank = 0;
  let cutTake = max;
  while (cutTake >= counts[cutRank]!) {
    cutTake -= counts[cutRank]!;
    cutRank++;
  }
  const shown: LeveledProblem[] = [];
  const hiddenCounts = [0, 0, 0, 0];
  let first: LeveledProblem | undefined;
  for (const p of problems) {
    const rank = RANK[p.severity];
    if (rank < cutRank || (rank === cutRank && cutTake > 0)) {
      shown.push(p);
      cutTake -= rank === cutRank ? 1 : 0;
      continue;
    }
    hiddenCounts[rank]!++;
    if (!first || rank < RANK[first.severity]) {
      first = p;
    }
  }
  const m = messages[locale];
  const breakdown = SEVERITIES.filter((_, r) => hiddenCounts[r]! > 0)
    .map((s) => m[s](formatCount(hiddenCounts[RANK[s]]!)))
    .join(m.separator());
  const hidden = problems.length - shown.length;
  const summary: LeveledProblem = {
    code: first!.code,
    severity: first!.severity,
    span: { offset: 0, length: 0 },
    message: m.summary(formatCount(shown.length), formatCount(problems.length), formatCount(hidden), breakdown),
    data: {
      [HIDDEN_PROBLEMS_KEY]: hidden,
      hiddenBySeverity: {
        error: hiddenCounts[0]!,
        warning: hiddenCounts[1]!,
        info: hiddenCounts[2]!,
        hint: hiddenCounts[3]!,
      },
    },
  };
  return [summary, ...shown];
}
