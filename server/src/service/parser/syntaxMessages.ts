import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import { formatCount } from '../l10n/amounts';
import type { ReadLimit, SyntaxProblem } from './yamlParser';

/** Chinese wording for `yaml`'s error codes; the English text comes from `yaml` itself. */
const ZH_BY_CODE: Readonly<Record<string, string>> = {
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_ALIAS: '无效的别名',
  BAD_DIRECTIVE: '无效的指令',
  BAD_DQ_ESCAPE: '双引号字符串中有无效的转义序列',
  BAD_INDENT: '缩进不正确',
  BAD_PROP_ORDER: '锚点和标签的顺序不正确',
  BAD_SCALAR_START: '标量值不能以此字符开头',
  BLOCK_AS_IMPLICIT_KEY: '块结构不能用作隐式键',
  BLOCK_IN_FLOW: '流式集合中不能出现块结构',
  DUPLICATE_KEY: '映射中的键必须唯一',
  IMPOSSIBLE: '无法解析的结构',
  KEY_OVER_1024_CHARS: '隐式键不能超过 1024 个字符',
  MISSING_CHAR: '缺少字符（例如引号或括号未闭合）',
  MULTILINE_IMPLICIT_KEY: '隐式键必须在同一行内',
  MULTIPLE_ANCHORS: '一个节点只能有一个锚点',
  MULTIPLE_DOCS: '此处只允许一个文档',
  MULTIPLE_TAGS: '一个节点只能有一个标签',
  TAB_AS_INDENT: '不能用制表符缩进',
  TAG_RESOLVE_FAILED: '无法解析标签',
  UNEXPECTED_TOKEN: '意外的标记',
  PARSER_FAILURE: '无法解析此文件',
};

const messages = defineMessages(
  {
    syntax: (detail: string) => `YAML syntax: ${detail}`,
    folded: (detail: string, count: string, line: string) =>
      `YAML syntax: ${detail}. The ${count} syntax problems after it, up to line ${line}, are folded into this one: they most likely follow from it.`,
    foldedOne: (detail: string, line: string) =>
      `YAML syntax: ${detail}. The syntax problem after it, on line ${line}, is folded into this one: it most likely follows from it.`,
    textTooLong: (length: string, max: string) =>
      `The file is ${length} characters long; XProj reads plans of up to ${max} characters, so this one was not read.`,
    lineTooLong: (length: string, max: string) =>
      `This line is ${length} characters long; XProj reads lines of up to ${max} characters, so the file was not read. Break the line up: a long list can be written one \`- item\` per line.`,
    flowTooLong: (max: string) =>
      `This flow collection holds more than ${max} items; XProj reads up to ${max} items in one \`[...]\` or \`{...}\`, so the file was not read. Write a long list one \`- item\` per line.`,
    nestingTooDeep: (max: string) =>
      `From here the YAML nests more than ${max} levels deep, so the file was not read. A line break inside \`{...}\` or \`[...]\` just above, or a bracket left open, usually does this.`,
    extraDocument: () => 'A plan holds one YAML document; everything after the first `---` is ignored.',
    extraDocuments: (count: string) => `A plan holds one YAML document; the ${count} documents after the first are ignored.`,
    tooDeep: (depth: number) => `Subtasks nest more than ${depth} levels deep; deeper levels are ignored.`,
    aliases: () => 'Too many alias expansions (a possible "billion laughs" document); aliases past the limit are ignored.',
    holidayAndWorkday: (day: string) =>
      `${day} is both a holiday and an extra workday of this plan; it is taken as a holiday. Remove it from one of the lists.`,
  },
  {
    syntax: (detail) => `YAML 语法错误：${detail}`,
    folded: (detail, count, line) => `YAML 语法错误：${detail}。其后直到第 ${line} 行的 ${count} 个语法问题已合并到这一条：它们很可能由此引起。`,
    foldedOne: (detail, line) => `YAML 语法错误：${detail}。其后第 ${line} 行的 1 个语法问题已合并到这一条：它很可能由此引起。`,
    textTooLong: (length, max) => `文件长 ${length} 个字符；XProj 只读取不超过 ${max} 个字符的计划，因此没有读取此文件。`,
    lineTooLong: (length, max) =>
      `此行长 ${length} 个字符；XProj 只读取不超过 ${max} 个字符的行，因此没有读取此文件。请拆分此行：长列表可以每行写一个 \`- 项\`。`,
    flowTooLong: (max) =>
      `此流式集合超过 ${max} 项；XProj 在一个 \`[...]\` 或 \`{...}\` 中最多读取 ${max} 项，因此没有读取此文件。长列表请每行写一个 \`- 项\`。`,
    nestingTooDeep: (max) => `YAML 从此处起嵌套超过 ${max} 层，因此没有读取此文件。通常是上方 \`{...}\` 或 \`[...]\` 中间换了行，或括号未闭合。`,
    extraDocument: () => '一个计划只包含一个 YAML 文档；第一个 `---` 之后的内容将被忽略。',
    extraDocuments: (count) => `一个计划只包含一个 YAML 文档；第一个文档之后的 ${count} 个文档将被忽略。`,
    tooDeep: (depth) => `子任务嵌套超过 ${depth} 层，更深的层级将被忽略。`,
    aliases: () => '别名展开次数过多（可能是“十亿笑声”式文档），超出限制的别名将被忽略。',
    holidayAndWorkday: (day) => `${day} 在本计划中既是节假日又是调休工作日，按节假日处理。请从其中一个列表中删去。`,
  },
);

export function syntaxMessage(problem: SyntaxProblem, locale: Locale): string {
  const m = messages[locale];
  if (problem.limit) {
    return limitMessage(problem.limit, locale);
  }
  const detail = locale === 'zh-cn' ? (ZH_BY_CODE[problem.yamlCode] ?? problem.message) : problem.message;
  const folded = problem.folded;
  if (!folded) {
    return m.syntax(detail);
  }
  const line = formatCount(folded.lastLine);
  return folded.count === 1 ? m.foldedOne(detail, line) : m.folded(detail, formatCount(folded.count), line);
}

function limitMessage(limit: ReadLimit, locale: Locale): string {
  const m = messages[locale];
  const max = formatCount(limit.max);
  switch (limit.kind) {
    case 'text':
      return m.textTooLong(formatCount(limit.actual ?? 0), max);
    case 'line':
      return m.lineTooLong(formatCount(limit.actual ?? 0), max);
    case 'flow':
      return m.flowTooLong(max);
    case 'nesting':
      return m.nestingTooDeep(max);
  }
}

/** The message for the documents after the first. */
export function extraDocumentsMessage(count: number, locale: Locale): string {
  const m = messages[locale];
  return count === 1 ? m.extraDocument() : m.extraDocuments(formatCount(count));
}

export function structureMessages(locale: Locale): (typeof messages)['en'] {
  return messages[locale];
}
