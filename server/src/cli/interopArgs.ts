import { parseIsoDate } from '../../../common/dates';
import { BINARY_FORMATS, EXPORT_FORMATS, isExportFormat } from '../interop/export/formats';
import type { ExportFormat } from '../interop/export/formats';

/** Options of `xproj export` (besides `--status-date`, `--locale`, `--help`). */
export const EXPORT_OPTIONS = ['to', 'output', 'from', 'until'] as const;
/** Options of `xproj import`. */
export const IMPORT_OPTIONS = ['output'] as const;

export interface ExportInvocation {
  readonly kind: 'export';
  readonly file: string;
  readonly format: ExportFormat;
  /** Where to write; standard output when absent (text formats only). */
  readonly output?: string;
  /** The chart's first and last day (svg, png, pdf), ISO dates. */
  readonly from?: string;
  readonly until?: string;
  readonly statusDate?: string;
  readonly locale?: string;
}

export interface ImportInvocation {
  readonly kind: 'import';
  readonly file: string;
  readonly output?: string;
  readonly locale?: string;
}

/** Why an `export` or `import` command line was refused. */
export type InteropUsageError =
  | { readonly kind: 'interopArity'; readonly command: 'export' | 'import'; readonly count: number }
  | { readonly kind: 'missingTo' }
  | { readonly kind: 'badExportFormat'; readonly value: string; readonly allowed: readonly string[] }
  | { readonly kind: 'binaryNeedsOutput'; readonly format: string }
  | { readonly kind: 'badRange'; readonly from: string; readonly until: string }
  | { readonly kind: 'badDate'; readonly value: string };

/**
 * `--to` names the format (`--to pdf`), and, for a chart, may also end its date range
 * (`--from 2026-03-01 --to 2026-04-30`): a date after `--to` is read as `--until`.
 */
export function renameDateTo(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (arg === '--to' && parseIsoDate(argv[i + 1] ?? '') !== undefined) {
      out.push(`--until=${argv[++i]!}`);
    } else if (arg.startsWith('--to=') && parseIsoDate(arg.slice(5)) !== undefined) {
      out.push(`--until=${arg.slice(5)}`);
    } else {
      out.push(arg);
    }
  }
  return out;
}

export function parseExport(rest: readonly string[], option: (name: string) => string | undefined): ExportInvocation | InteropUsageError {
  const file = rest[0];
  if (file === undefined || rest.length > 1) {
    return { kind: 'interopArity', command: 'export', count: rest.length };
  }
  const to = option('to');
  if (to === undefined) {
    return { kind: 'missingTo' };
  }
  if (!isExportFormat(to)) {
    return { kind: 'badExportFormat', value: to, allowed: EXPORT_FORMATS };
  }
  const output = option('output');
  if (output === undefined && BINARY_FORMATS.has(to)) {
    return { kind: 'binaryNeedsOutput', format: to };
  }
  const from = option('from');
  const until = option('until');
  for (const d of [from, until]) {
    if (d !== undefined && parseIsoDate(d) === undefined) {
      return { kind: 'badDate', value: d };
    }
  }
  if (from !== undefined && until !== undefined && parseIsoDate(from)! > parseIsoDate(until)!) {
    return { kind: 'badRange', from, until };
  }
  return { kind: 'export', file, format: to, output, from, until };
}

export function parseImport(rest: readonly string[], option: (name: string) => string | undefined): ImportInvocation | InteropUsageError {
  const file = rest[0];
  if (file === undefined || rest.length > 1) {
    return { kind: 'interopArity', command: 'import', count: rest.length };
  }
  return { kind: 'import', file, output: option('output') };
}
