import { MAX_DATE_ISO, MIN_DATE_ISO } from '../../../common/dates';
import { defineMessages } from '../service/l10n/localize';
import type { Locale } from '../service/l10n/localize';
import { MAX_PLAN_BYTES } from '../files/planReader';
import type { PlanReadError } from '../files/planReader';
import type { UsageError } from './args';
import { terminalText } from './format/terminalText';
import { interopUsageText } from './interopMessages';

const quoteList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** The CLI's own messages; the plan's diagnostics are worded by the service. */
export const cliMessages = defineMessages(
  {
    unknownCommand: (value: string) => `Unknown command '${value}'.`,
    unknownOption: (value: string, command: string) => (command ? `Unknown option '${value}' for '${command}'.` : `Unknown option '${value}'.`),
    missingValue: (option: string) => `Option '${option}' needs a value.`,
    badFormat: (value: string, allowed: string) => `Unknown format '${value}'; use one of ${allowed}.`,
    badDate: (value: string) => `'${value}' is not a valid date; write it as YYYY-MM-DD.`,
    dateOutOfRange: (value: string) => `'${value}' is outside the dates XProj supports, ${MIN_DATE_ISO} to ${MAX_DATE_ISO}.`,
    badLocale: (value: string) => `Unknown locale '${value}'; use 'en' or 'zh-cn'.`,
    badJobs: (value: string) => `'--jobs ${value}' must be a whole number from 1 to 64.`,
    badMaxProblems: (value: string) => `'--max-problems ${value}' must be a whole number (0 lists every problem).`,
    scheduleArity: (count: number) => `'schedule' takes exactly one plan file (got ${count}).`,
    diffArity: (count: number) => `'diff' takes a plan file, and before it the baseline to compare with (got ${count} arguments).`,
    reportArity: (count: number) =>
      `'report' takes a kind (weekly, funds, risks, closing or load) and one plan file, or a folder for load (got ${count} arguments).`,
    noLoad: (where: string) => `No one is booked on an open task in ${where} in the weeks shown: the load report is empty.`,
    badReportKind: (value: string, allowed: string) => `Unknown report '${value}'; use one of ${allowed}.`,
    noBaseline: (file: string) => `${file} names no baseline: give one (xproj diff v1.0 ${file}) or add project.baseline to the plan.`,
    unexpectedArgument: (value: string, command: string) => `'${command}' takes no argument '${value}'.`,
    noTransport: () => `'lsp' needs a transport: --stdio (or --node-ipc, --socket=<port>, --pipe=<name>).`,
    seeHelp: () => `Run 'xproj --help' for usage.`,
    pathNotFound: (path: string) => `Path not found: ${path}`,
    unreadable: (path: string, reason: string) => `Cannot read ${path}: ${reason}`,
    notRegularFile: () => 'not a regular file (a device, pipe or socket)',
    tooLarge: (limitMb: number) => `larger than the ${limitMb} MB a plan file may be`,
    notFound: () => 'no such file',
    notAFile: (path: string) => `${path} is a folder; 'schedule' takes one plan file.`,
    noPlans: (where: string) => `No *.xproj.yaml or *.xproj.yml files found in ${where}.`,
    fixed: (path: string, count: number, what: string) => `${path}: fixed ${count} problem${count === 1 ? '' : 's'} (${what}).`,
    tooManyWarnings: (count: number, max: number) => `${count} warnings, more than --max-warnings ${max} allows.`,
    badMaxWarnings: (value: string) => `'--max-warnings ${value}' must be a whole number.`,
    noProject: (path: string) => `${path} has no project: it is a library of departments, people and phases, with no schedule to print.`,
    internalError: (path: string, detail: string) => `Internal error while checking ${path}:\n${detail}`,
    summary: (errors: number, warnings: number, others: string, files: number) =>
      `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${others} in ${plural(files, 'file')}`,
    infos: (count: number) => `, ${count} info`,
    hints: (count: number) => `, ${plural(count, 'hint')}`,
    scheduleHasErrors: (count: number) => `Note: the plan has ${plural(count, 'error')}; run 'xproj check' to see them.`,
    lspMissing: (path: string) => `The XProj language server is not built: ${path} does not exist. Run 'npm run build' first.`,
  },
  {
    unknownCommand: (value) => `未知命令“${value}”。`,
    unknownOption: (value, command) => (command ? `“${command}”不支持选项“${value}”。` : `未知选项“${value}”。`),
    missingValue: (option) => `选项“${option}”缺少取值。`,
    badFormat: (value, allowed) => `未知格式“${value}”，可用：${allowed}。`,
    badDate: (value) => `“${value}”不是有效日期，请写成 YYYY-MM-DD。`,
    dateOutOfRange: (value) => `“${value}”超出了 XProj 支持的日期范围（${MIN_DATE_ISO} 至 ${MAX_DATE_ISO}）。`,
    badLocale: (value) => `未知语言“${value}”，可用“en”或“zh-cn”。`,
    badJobs: (value) => `“--jobs ${value}”须为 1 到 64 之间的整数。`,
    badMaxProblems: (value) => `“--max-problems ${value}”须为非负整数（0 表示列出全部问题）。`,
    scheduleArity: (count) => `“schedule”只接受一个计划文件（实际 ${count} 个）。`,
    diffArity: (count) => `“diff”接受一个计划文件，前面可加要对比的基线（实际 ${count} 个参数）。`,
    reportArity: (count) => `“report”接受一个报告类型（weekly、funds、risks、closing 或 load）和一个计划文件（load 也可以是文件夹）（实际 ${count} 个参数）。`,
    noLoad: (where) => `在所列各周内，${where} 中没有人被安排在未关闭的任务上：负荷报告为空。`,
    badReportKind: (value, allowed) => `未知的报告类型“${value}”，请使用 ${allowed} 之一。`,
    noBaseline: (file) => `${file} 没有指定基线：请给出基线（xproj diff v1.0 ${file}），或在计划中添加 project.baseline。`,
    unexpectedArgument: (value, command) => `“${command}”不接受参数“${value}”。`,
    noTransport: () => `“lsp”需要指定通信方式：--stdio（或 --node-ipc、--socket=<端口>、--pipe=<名称>）。`,
    seeHelp: () => `运行“xproj --help”查看用法。`,
    pathNotFound: (path) => `路径不存在：${path}`,
    unreadable: (path, reason) => `无法读取 ${path}：${reason}`,
    notRegularFile: () => '不是普通文件（而是设备、管道或套接字）',
    tooLarge: (limitMb) => `文件超过计划文件允许的 ${limitMb} MB`,
    notFound: () => '文件不存在',
    notAFile: (path) => `${path} 是文件夹；“schedule”只接受一个计划文件。`,
    noPlans: (where) => `在 ${where} 中没有找到 *.xproj.yaml 或 *.xproj.yml 文件。`,
    fixed: (path, count, what) => `${path}：已修复 ${count} 个问题（${what}）。`,
    tooManyWarnings: (count, max) => `共 ${count} 个警告，超过 --max-warnings ${max} 的上限。`,
    badMaxWarnings: (value) => `“--max-warnings ${value}”须为非负整数。`,
    noProject: (path) => `${path} 没有 project：它是部门、人员和阶段的库文件，没有排期可输出。`,
    internalError: (path, detail) => `检查 ${path} 时发生内部错误：\n${detail}`,
    summary: (errors, warnings, others, files) => `${files} 个文件中共有 ${errors} 个错误、${warnings} 个警告${others}`,
    infos: (count) => `、${count} 条提示信息`,
    hints: (count) => `、${count} 条建议`,
    scheduleHasErrors: (count) => `注意：该计划有 ${count} 个错误，运行“xproj check”查看。`,
    lspMissing: (path) => `XProj 语言服务器尚未构建：${path} 不存在。请先运行“npm run build”。`,
  },
);

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The message for a refused command line, followed by a pointer to the help. */
export function usageMessage(error: UsageError, locale: Locale): string {
  const msg = cliMessages[locale];
  const text = ((): string => {
    switch (error.kind) {
      case 'unknownCommand':
        return msg.unknownCommand(error.value);
      case 'unknownOption':
        return msg.unknownOption(error.value, error.command ?? '');
      case 'missingValue':
        return msg.missingValue(error.option);
      case 'badFormat':
        return msg.badFormat(error.value, quoteList(error.allowed));
      case 'badDate':
        return msg.badDate(error.value);
      case 'dateOutOfRange':
        return msg.dateOutOfRange(error.value);
      case 'badJobs':
        return msg.badJobs(error.value);
      case 'badMaxWarnings':
        return msg.badMaxWarnings(error.value);
      case 'badMaxProblems':
        return msg.badMaxProblems(error.value);
      case 'badLocale':
        return msg.badLocale(error.value);
      case 'scheduleArity':
        return msg.scheduleArity(error.count);
      case 'diffArity':
        return msg.diffArity(error.count);
      case 'reportArity':
        return msg.reportArity(error.count);
      case 'badReportKind':
        return msg.badReportKind(error.value, quoteList(error.allowed));
      case 'unexpectedArgument':
        return msg.unexpectedArgument(error.value, error.command);
      case 'noTransport':
        return msg.noTransport();
      case 'interopArity':
      case 'missingTo':
      case 'badExportFormat':
      case 'binaryNeedsOutput':
      case 'badRange':
        return interopUsageText(error, locale);
    }
  })();
  // The values quoted come from the command line, which may hold a file name with any character.
  return `xproj: ${terminalText(text)}\n${msg.seeHelp()}\n`;
}

/** Why a plan file was not read, as the end of an `unreadable` message. */
export function readErrorReason(error: PlanReadError, detail: string | undefined, locale: Locale): string {
  const msg = cliMessages[locale];
  switch (error) {
    case 'not-a-file':
      return msg.notRegularFile();
    case 'too-large':
      return msg.tooLarge(MAX_PLAN_BYTES / (1024 * 1024));
    case 'not-found':
      return msg.notFound();
    case 'not-plan-path':
    case 'unreadable':
      return detail ?? error;
  }
}
