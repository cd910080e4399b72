import { defineMessages } from '../service/l10n/localize';
import type { Locale } from '../service/l10n/localize';
import type { InteropUsageError } from './interopArgs';

/** The messages of `xproj export` and `xproj import`. */
export const interopMessages = defineMessages(
  {
    arity: (command: string, count: number) => `'${command}' takes exactly one file (got ${count}).`,
    missingTo: () => `'export' needs --to FORMAT (tjp, mspdi, xlsx, csv, ics, mermaid, svg, png or pdf).`,
    badFormat: (value: string, allowed: string) => `Unknown export format '${value}'; use one of ${allowed}.`,
    binaryNeedsOutput: (format: string) => `${format} is not text: give the file to write with -o FILE.`,
    badRange: (from: string, until: string) => `The range ends (${until}) before it starts (${from}).`,
    wrote: (path: string) => `Wrote ${path}`,
    cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
    exportFailed: (format: string, reason: string) => `Cannot export as ${format}: ${reason}`,
    importFailed: (path: string, reason: string) => `Cannot import ${path}: ${reason}`,
    notCarried: (count: number) => `${count} thing${count === 1 ? '' : 's'} could not be carried over (listed at the top of the plan):`,
    importedPlanHasErrors: (count: number) => `The imported plan still has ${count} error${count === 1 ? '' : 's'}; run 'xproj check' on it.`,
  },
  {
    arity: (command, count) => `“${command}”只接受一个文件（实际 ${count} 个）。`,
    missingTo: () => `“export”需要 --to 格式（tjp、mspdi、xlsx、csv、ics、mermaid、svg、png 或 pdf）。`,
    badFormat: (value, allowed) => `未知导出格式“${value}”，可用：${allowed}。`,
    binaryNeedsOutput: (format) => `${format} 不是文本格式：请用 -o 文件 指定要写入的文件。`,
    badRange: (from, until) => `日期范围的结束日（${until}）早于开始日（${from}）。`,
    wrote: (path) => `已写入 ${path}`,
    cannotWrite: (path, reason) => `无法写入 ${path}：${reason}`,
    exportFailed: (format, reason) => `无法导出为 ${format}：${reason}`,
    importFailed: (path, reason) => `无法导入 ${path}：${reason}`,
    notCarried: (count) => `有 ${count} 项内容无法转换（已列在计划文件开头）：`,
    importedPlanHasErrors: (count) => `导入的计划仍有 ${count} 个错误，请对其运行“xproj check”。`,
  },
);

type InteropUsageKinds = Exclude<InteropUsageError['kind'], 'badDate'>;

/** The wording of a refused `export` or `import` command line. */
export function interopUsageText(error: Extract<InteropUsageError, { kind: InteropUsageKinds }>, locale: Locale): string {
  const msg = interopMessages[locale];
  switch (error.kind) {
    case 'interopArity':
      return msg.arity(error.command, error.count);
    case 'missingTo':
      return msg.missingTo();
    case 'badExportFormat':
      return msg.badFormat(error.value, error.allowed.map((v) => `'${v}'`).join(', '));
    case 'binaryNeedsOutput':
      return msg.binaryNeedsOutput(error.format);
    case 'badRange':
      return msg.badRange(error.from, error.until);
  }
}
