import { readIsoDate } from '../../../common/dates';
import { EXPORT_OPTIONS, IMPORT_OPTIONS, parseExport, parseImport, renameDateTo } from './interopArgs';
import type { ExportInvocation, ImportInvocation, InteropUsageError } from './interopArgs';
import { LOAD_REPORT, LOAD_REPORT_FORMATS, REPORT_FORMATS, REPORT_KINDS } from '../service/features/reports/reportTypes';
import type { LoadReportFormat, ReportFormat, ReportKind } from '../service/features/reports/reportTypes';

/** The commands of `xproj`. */
export const COMMANDS = ['check', 'schedule', 'diff', 'report', 'export', 'import', 'lsp', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export const SCHEDULE_FORMATS = ['table', 'json'] as const;
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The reports of `xproj report`: the rule books' per plan, and the load of one plan or a folder's plans. */
export const CLI_REPORT_KINDS: readonly string[] = [...REPORT_KINDS, LOAD_REPORT];

/** A report and its format: CSV is the load report's alone. */
export type ReportChoice =
  { readonly report: ReportKind; readonly format: ReportFormat } | { readonly report: typeof LOAD_REPORT; readonly format: LoadReportFormat };

/** What the command line asks for, once it has been checked. */
export type Invocation =
  | { readonly kind: 'help'; readonly topic?: CommandName; readonly locale?: string; readonly misuse?: boolean }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'check';
      readonly paths: readonly string[];
      readonly format: CheckFormat;
      readonly statusDate?: string;
      readonly locale?: string;
      /** How many plans to check at once (worker threads); undefined: decided by the files' size and the CPUs. */
      readonly jobs?: number;
      /** Most problems listed per file, then one summary of the rest; 0 for all; undefined: the service's default. */
      readonly maxProblems?: number;
      /** As ESLint's: exit 1 when there are more warnings than this, errors or not. */
      readonly maxWarnings?: number;
      /** As ESLint's: errors only, in the report and in the counts. */
      readonly quiet: boolean;
      /** Apply the fixes that are safe unattended (as `source.fixAll.xproj`) and write the files back. */
      readonly fix: boolean;
      /** `--portfolio FOLDER`: the plans checked (FOLDER's among them) are checked together, for people they share. */
      readonly portfolio?: boolean;
    }
  | {
      readonly kind: 'schedule';
      readonly file: string;
      readonly format: ScheduleFormat;
      readonly statusDate?: string;
      readonly locale?: string;
      /** `--level`: print what a greedy levelling would change, writing nothing. */
      readonly level?: boolean;
    }
  | {
      readonly kind: 'diff';
      /** A git revision of the plan, or a plan file; undefined: the plan's own `baseline`. */
      readonly base?: string;
      readonly file: string;
      readonly format: DiffFormat;
      readonly statusDate?: string;
      readonly locale?: string;
      /** Exit 1 when the finish or a milestone slipped. */
      readonly failOnSlip: boolean;
    }
  | ({
      readonly kind: 'report';
      /** A plan file; for `load`, a folder too (its plans counted together). */
      readonly file: string;
      readonly statusDate?: string;
      readonly locale?: string;
      /** Where to write; standard output when absent. */
      readonly output?: string;
    } & ReportChoice)
  | ExportInvocation
  | ImportInvocation
  | { readonly kind: 'lsp'; readonly locale?: string };

/** Why a command line was refused; messages are worded by the caller in the user's language. */
export type UsageError =
  | { readonly kind: 'unknownCommand'; readonly value: string }
  | { readonly kind: 'unknownOption'; readonly value: string; readonly command?: CommandName }
  | { readonly kind: 'missingValue'; readonly option: string }
  | { readonly kind: 'badFormat'; readonly value: string; readonly allowed: readonly string[] }
  | { readonly kind: 'badDate'; readonly value: string }
  | { readonly kind: 'dateOutOfRange'; readonly value: string }
  | { readonly kind: 'badLocale'; readonly value: string }
  | { readonly kind: 'badJobs'; readonly value: string }
  | { readonly kind: 'badMaxProblems'; readonly value: string }
  | { readonly kind: 'scheduleArity'; readonly count: number }
  | { readonly kind: 'diffArity'; readonly count: number }
  | { readonly kind: 'reportArity'; readonly count: number }
  | { readonly kind: 'badReportKind'; readonly value: string; readonly allowed: readonly string[] }
  | { readonly kind: 'badMaxWarnings'; readonly value: string }
  | { readonly kind: 'unexpectedArgument'; readonly value: string; readonly command: CommandName }
  | { readonly kind: 'noTransport' }
  | InteropUsageError;

export type ParseResult = { readonly ok: true; readonly invocation: Invocation } | { readonly ok: false; readonly error: UsageError; readonly locale?: string };

const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  'format',
  'status-date',
  'locale',
  'jobs',
  'max-problems',
  'max-warnings',
  'portfolio',
  'socket',
  'pipe',
  'clientProcessId',
  ...EXPORT_OPTIONS,
  ...IMPORT_OPTIONS,
]);
const SHORT_FLAGS: Readonly<Record<string, string>> = { '-h': 'help', '-v': 'version' };
/** Short options that take a value. */
const SHORT_VALUES: Readonly<Record<string, string>> = { '-o': 'output' };
/** Options each command accepts besides `--help` and `--locale`. */
const COMMAND_OPTIONS: Readonly<Record<CommandName, ReadonlySet<string>>> = {
  check: new Set(['format', 'status-date', 'jobs', 'max-problems', 'max-warnings', 'quiet', 'fix', 'portfolio']),
  schedule: new Set(['format', 'status-date', 'level']),
  diff: new Set(['format', 'status-date', 'fail-on-slip']),
  report: new Set(['format', 'status-date', 'output']),
  export: new Set([...EXPORT_OPTIONS, 'status-date']),
  import: new Set(IMPORT_OPTIONS),
  // The transports vscode-languageserver's createConnection() reads from process.argv.
  lsp: new Set(['stdio', 'node-ipc', 'socket', 'pipe', 'clientProcessId']),
  help: new Set(),
};
const LSP_TRANSPORTS = ['stdio', 'node-ipc', 'socket', 'pipe'];
const LOCALE = /^(en|zh)([-_][a-z]+)*$/i;

interface RawArgs {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
}

function isCommand(value: string): value is CommandName {
  return (COMMANDS as readonly string[]).includes(value);
}

/** Splits argv into positionals and `--name value` / `--name=value` / `-h` options. */
function tokenize(argv: readonly string[]): RawArgs | UsageError {
  const raw: RawArgs = { positionals: [], options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      raw.positionals.push(...argv.slice(i + 1));
      break;
    }
    const shortValue = SHORT_VALUES[arg];
    if (shortValue !== undefined) {
      const value = argv[++i];
      if (value === undefined || value === '') {
        return { kind: 'missingValue', option: arg };
      }
      raw.options.set(shortValue, value);
      continue;
    }
    const short = SHORT_FLAGS[arg];
    if (short !== undefined) {
      raw.options.set(short, true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') {
        return { kind: 'unknownOption', value: arg };
      }
      raw.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (!VALUE_OPTIONS.has(name)) {
      if (eq >= 0) {
        return { kind: 'unknownOption', value: arg };
      }
      raw.options.set(name, true);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') {
      return { kind: 'missingValue', option: `--${name}` };
    }
    raw.options.set(name, value);
  }
  return raw;
}

function optionValue(raw: RawArgs, name: string): string | undefined {
  const v = raw.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

function pickFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T | UsageError {
  if (value === undefined) {
    return fallback;
  }
  return (allowed as readonly string[]).includes(value) ? (value as T) : { kind: 'badFormat', value, allowed };
}

function isError<T>(value: T | UsageError): value is UsageError {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

/** The report asked for with its format (Markdown by default), or why the format is refused. */
function reportChoice(report: string, format: string | undefined): ReportChoice | UsageError {
  if (report === LOAD_REPORT) {
    const picked = pickFormat(format, LOAD_REPORT_FORMATS, 'markdown');
    return isError(picked) ? picked : { report, format: picked };
  }
  const picked = pickFormat(format, REPORT_FORMATS, 'markdown');
  return isError(picked) ? picked : { report: report as ReportKind, format: picked };
}

/** Parses `xproj`'s argv (without `node` and the script). Pure: no I/O, no process state. */
export function parseArgs(argv: readonly string[]): ParseResult {
  const raw = tokenize(argv[0] === 'export' ? renameDateTo(argv) : argv);
  if (isError(raw)) {
    return { ok: false, error: raw };
  }
  const locale = optionValue(raw, 'locale');
  const fail = (error: UsageError): ParseResult => ({ ok: false, error, locale: locale !== undefined && LOCALE.test(locale) ? locale : undefined });
  if (locale !== undefined && !LOCALE.test(locale)) {
    return fail({ kind: 'badLocale', value: locale });
  }
  const [first, ...rest] = raw.positionals;
  if (first !== undefined && !isCommand(first)) {
    return fail({ kind: 'unknownCommand', value: first });
  }
  if (first === undefined || first === 'help') {
    if (raw.options.has('version') && first === undefined) {
      return { ok: true, invocation: { kind: 'version' } };
    }
    const topic = rest[0];
    if (topic !== undefined && !isCommand(topic)) {
      return fail({ kind: 'unknownCommand', value: topic });
    }
    for (const name of raw.options.keys()) {
      if (name !== 'help' && name !== 'locale') {
        return fail({ kind: 'unknownOption', value: `--${name}` });
      }
    }
    const asked = first === 'help' || raw.options.has('help');
    return { ok: true, invocation: { kind: 'help', topic, locale, misuse: !asked } };
  }
  const command = first;
  for (const name of raw.options.keys()) {
    if (name !== 'help' && name !== 'locale' && !COMMAND_OPTIONS[command].has(name)) {
      return fail({ kind: 'unknownOption', value: `--${name}`, command });
    }
  }
  if (raw.options.has('help')) {
    return { ok: true, invocation: { kind: 'help', topic: command, locale } };
  }
  const statusDate = optionValue(raw, 'status-date');
  const statusDay = statusDate !== undefined ? readIsoDate(statusDate) : undefined;
  if (statusDate !== undefined && typeof statusDay === 'string') {
    return fail({ kind: statusDay === 'out-of-range' ? 'dateOutOfRange' : 'badDate', value: statusDate });
  }
  switch (command) {
    case 'check': {
      const format = pickFormat(optionValue(raw, 'format'), CHECK_FORMATS, 'text');
      if (isError(format)) {
        return fail(format);
      }
      const jobsText = optionValue(raw, 'jobs');
      const jobs = jobsText === undefined ? undefined : Number(jobsText);
      if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64 && /^\d+$/.test(jobsText!))) {
        return fail({ kind: 'badJobs', value: jobsText! });
      }
      const maxText = optionValue(raw, 'max-problems');
      if (maxText !== undefined && !/^\d{1,9}$/.test(maxText)) {
        return fail({ kind: 'badMaxProblems', value: maxText });
      }
      const maxProblems = maxText === undefined ? undefined : Number(maxText);
      const warningsText = optionValue(raw, 'max-warnings');
      if (warningsText !== undefined && !/^\d{1,9}$/.test(warningsText)) {
        return fail({ kind: 'badMaxWarnings', value: warningsText });
      }
      const maxWarnings = warningsText === undefined ? undefined : Number(warningsText);
      const flags = { quiet: raw.options.has('quiet'), fix: raw.options.has('fix') };
      const portfolio = optionValue(raw, 'portfolio');
      const paths = portfolio === undefined ? rest : [...rest, portfolio];
      return {
        ok: true,
        invocation: {
          kind: 'check',
          paths,
          format,
          statusDate,
          locale,
          jobs,
          maxProblems,
          maxWarnings,
          ...flags,
          ...(portfolio !== undefined ? { portfolio: true } : {}),
        },
      };
    }
    case 'schedule': {
      const format = pickFormat(optionValue(raw, 'format'), SCHEDULE_FORMATS, 'table');
      if (isError(format)) {
        return fail(format);
      }
      const file = rest[0];
      if (file === undefined || rest.length > 1) {
        return fail({ kind: 'scheduleArity', count: rest.length });
      }
      return { ok: true, invocation: { kind: 'schedule', file, format, statusDate, locale, ...(raw.options.has('level') ? { level: true } : {}) } };
    }
    case 'diff': {
      const format = pickFormat(optionValue(raw, 'format'), DIFF_FORMATS, 'text');
      if (isError(format)) {
        return fail(format);
      }
      if (rest.length < 1 || rest.length > 2) {
        return fail({ kind: 'diffArity', count: rest.length });
      }
      const [base, file] = rest.length === 2 ? [rest[0], rest[1]!] : [undefined, rest[0]!];
      return {
        ok: true,
        invocation: { kind: 'diff', ...(base !== undefined ? { base } : {}), file, format, statusDate, locale, failOnSlip: raw.options.has('fail-on-slip') },
      };
    }
    case 'report': {
      const [report, file] = rest;
      if (report !== undefined && !CLI_REPORT_KINDS.includes(report)) {
        return fail({ kind: 'badReportKind', value: report, allowed: CLI_REPORT_KINDS });
      }
      if (report === undefined || file === undefined || rest.length > 2) {
        return fail({ kind: 'reportArity', count: rest.length });
      }
      const choice = reportChoice(report, optionValue(raw, 'format'));
      if (isError(choice)) {
        return fail(choice);
      }
      const output = optionValue(raw, 'output');
      return { ok: true, invocation: { kind: 'report', ...choice, file, statusDate, locale, ...(output !== undefined ? { output } : {}) } };
    }
    case 'export': {
      const parsed = parseExport(rest, (name) => optionValue(raw, name));
      return parsed.kind === 'export' ? { ok: true, invocation: { ...parsed, statusDate, locale } } : fail(parsed);
    }
    case 'import': {
      const parsed = parseImport(rest, (name) => optionValue(raw, name));
      return parsed.kind === 'import' ? { ok: true, invocation: { ...parsed, locale } } : fail(parsed);
    }
    case 'lsp': {
      if (rest[0] !== undefined) {
        return fail({ kind: 'unexpectedArgument', value: rest[0], command });
      }
      if (!LSP_TRANSPORTS.some((t) => raw.options.has(t))) {
        return fail({ kind: 'noTransport' });
      }
      // The server reads its transport from process.argv itself (vscode-languageserver's createConnection).
      return { ok: true, invocation: { kind: 'lsp', locale } };
    }
  }
}
