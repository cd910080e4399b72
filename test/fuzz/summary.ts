import type { FuzzReport } from './driver';

const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

/** The session's numbers as a two-column table, for the console and the report. */
export function formatSummary(report: FuzzReport): string {
  const unknown = report.findings.filter((f) => !f.known);
  const known = report.findings.filter((f) => f.known);
  const kinds = Object.entries(report.kinds)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const rows: [string, string][] = [
    ['plan', `${report.tasks} tasks, ${(report.planBytes / 1024).toFixed(0)} KB, seed ${report.seed}`],
    ['edits (didChange)', `${report.edits} (+ ${report.floodRestores} flood restores)`],
    ['edit kinds', kinds],
    ['requests sent', String(report.requestsSent)],
    ['answered', String(report.answered)],
    ['cancel notifications', `${report.cancelSent} (answered as cancelled: ${report.cancelledAnswers})`],
    ['error responses', String(report.errorResponses)],
    ['hostile requests', String(report.hostileRequests)],
    ['unanswered', String(report.unanswered)],
    ['crashes', String(report.crashes)],
    ['checkpoints equal / unequal', `${report.checkpointsEqual} / ${report.checkpointsUnequal}`],
    ['publishes (flooded)', `${report.publishes} (${report.floodPublishes})`],
    ['largest publishDiagnostics', `${report.largestPublishBytes} B`],
    ['peak RSS (VmHWM)', mb(report.peakRssKb)],
    ['settled RSS (idle, end)', mb(report.settledRssKb)],
    ['final text', `${(report.finalTextBytes / 1024).toFixed(0)} KB`],
    ['findings (new / known)', `${unknown.length} / ${known.length}`],
    [
      'duration',
      `${(report.durationMs / 1000).toFixed(1)} s (waiting: ${Object.entries(report.waits)
        .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`)
        .join(', ')})`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
