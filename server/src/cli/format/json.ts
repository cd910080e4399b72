import type { CheckedFile } from '../report';

/** One JSON array of `{file, line, column, endLine, endColumn, severity, code, message}` (FORMAT.md). */
export function formatJson(files: readonly CheckedFile[]): string {
  const rows: string[] = [];
  for (const file of files) {
    for (const p of file.problems) {
      const row = {
        file: file.displayPath,
        line: p.line,
        column: p.column,
        endLine: p.endLine,
        endColumn: p.endColumn,
        severity: p.severity,
        code: p.code,
        message: p.message,
      };
      rows.push(JSON.stringify(row));
    }
  }
  // One problem per line: still one JSON document, yet easy to grep and diff.
  return rows.length === 0 ? '[]\n' : `[\n${rows.join(',\n')}\n]\n`;
}
