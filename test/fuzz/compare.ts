import type { Diagnostic } from 'vscode-languageserver-types';

/** The parts of a diagnostic the user sees and a checkpoint compares. */
function key(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${String(d.code)} ${d.severity} ${start.line}:${start.character}-${end.line}:${end.character} ${d.message}`;
}

/**
 * Compares the diagnostics of an edited server with a fresh one's (code, range, message, severity,
 * in order). Returns undefined when equal, else what differs first.
 */
export function compareDiagnostics(actual: readonly Diagnostic[], expected: readonly Diagnostic[]): string | undefined {
  const a = actual.map(key);
  const e = expected.map(key);
  const first = a.findIndex((k, i) => k !== e[i]);
  if (first < 0 && a.length === e.length) {
    return undefined;
  }
  const index = first < 0 ? Math.min(a.length, e.length) : first;
  const sortedExpected = [...e].sort();
  const sameSet = a.length === e.length && [...a].sort().every((k, i) => k === sortedExpected[i]);
  return (
    `${a.length} diagnostics, a fresh server ${e.length}${sameSet ? ' (the same ones, in another order)' : ''}; ` +
    `first difference at #${index}: ${JSON.stringify(a[index] ?? null)} vs fresh ${JSON.stringify(e[index] ?? null)}`
  );
}
