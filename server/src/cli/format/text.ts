import type { Severity } from '../../service';
import type { Locale } from '../../service/l10n/localize';
import { cliMessages } from '../messages';
import type { CheckedFile } from '../report';
import { countSeverities } from '../report';
import type { Palette } from './colors';
import { terminalLines, terminalText } from './terminalText';

function severityColor(severity: Severity, colors: Palette): (text: string) => string {
  switch (severity) {
    case 'error':
      return colors.red;
    case 'warning':
      return colors.yellow;
    case 'info':
      return colors.blue;
    case 'hint':
      return colors.gray;
  }
}

/**
 * tsc / ESLint-style output: `path:line:col - severity code: message`, so terminals and VS Code's
 * problem matchers link each line; a blank line between files; a summary line at the end.
 */
export function formatText(files: readonly CheckedFile[], locale: Locale, colors: Palette): string {
  const out: string[] = [];
  for (const file of files) {
    if (file.problems.length === 0) {
      continue;
    }
    for (const p of file.problems) {
      const where = `${colors.cyan(terminalText(file.displayPath))}:${colors.yellow(String(p.line))}:${colors.yellow(String(p.column))}`;
      // A line break in a message (or in a name it quotes) starts an indented line: never one that
      // could pass for a problem's own line or for the summary.
      const message = terminalLines(p.message).replace(/\n/g, '\n    ');
      out.push(`${where} - ${severityColor(p.severity, colors)(p.severity)} ${colors.gray(p.code)}: ${message}`);
    }
    out.push('');
  }
  const counts = countSeverities(files);
  const msg = cliMessages[locale];
  const others = (counts.info > 0 ? msg.infos(counts.info) : '') + (counts.hint > 0 ? msg.hints(counts.hint) : '');
  const summary = msg.summary(counts.error, counts.warning, others, files.length);
  out.push(counts.error > 0 ? colors.bold(colors.red(summary)) : counts.warning > 0 ? colors.bold(colors.yellow(summary)) : summary);
  return `${out.join('\n')}\n`;
}
