import type { Severity } from '../service';
import type { PlacedProblem } from './planLoader';

/** One checked file and its problems. */
export interface CheckedFile {
  readonly displayPath: string;
  readonly absolutePath: string;
  /** At most `--max-problems` of them, then a summary of the rest. */
  readonly problems: readonly PlacedProblem[];
  /** Every problem's severity, the ones left out too. */
  readonly counts: SeverityCounts;
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

/** How many problems of each severity. */
export function severityCounts(problems: readonly { readonly severity: Severity }[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const p of problems) {
    counts[p.severity]++;
  }
  return counts;
}

/** The files' problems by severity, counting those left out of the listing. */
export function countSeverities(files: readonly CheckedFile[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) {
    for (const severity of Object.keys(counts) as Severity[]) {
      counts[severity] += f.counts[severity];
    }
  }
  return counts;
}
