import type { Severity } from '../service';
import type { PlacedProblem } from './planLoader';

/** One checked file and its problems. */
export interface CheckedFile {
  readonly displayPath: string;
  readonly absolutePath: string;
  readonly problems: readonly PlacedProblem[];
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

export function countSeverities(files: readonly CheckedFile[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) {
    for (const p of f.problems) {
      counts[p.severity]++;
    }
  }
  return counts;
}
