import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import { buildPlan } from './planBuilder';
import type { ImportDecl, Plan } from '../model/planModel';
import { parseYaml } from './yamlParser';
import type { Problem } from '../model/problems';
import { resolveRelativeUri, uriBasename } from '../utils/uri';

/** Why the host did not give an imported file's text. */
export type FileReadError = 'not-found' | 'not-a-file' | 'too-large' | 'unreadable' | 'outside-workspace' | 'not-plan-path';

/**
 * Reads another plan file (an import) by URI: its text, or why it was not read. A plain string is
 * the text and undefined means the file does not exist (what in-memory hosts and tests give).
 */
export type FileReader = (uri: string) => { readonly text: string } | { readonly error: FileReadError } | string | undefined;

/** A file pulled in through `imports`, directly or through another import. */
export interface ImportedFile {
  readonly uri: string;
  readonly text: string;
  readonly plan: Plan;
  /** The root plan's import through which this file was reached. */
  readonly via: ImportDecl;
}

export interface ImportResult {
  readonly files: readonly ImportedFile[];
  /** `import-error` problems, all on the root plan's `imports` entries. */
  readonly problems: readonly Problem[];
}

/** Imports nested deeper than this are not followed. */
const MAX_IMPORT_DEPTH = 32;
/** At most this many files are read through one plan's imports, however they nest. */
export const MAX_IMPORTED_FILES = 256;
const PLAN_FILE_NAME = /\.xproj\.ya?ml$/i;

const messages = defineMessages(
  {
    unresolvable: (path: string) => `Cannot resolve the import path '${path}'.`,
    missing: (file: string, chain: string) => `Cannot read '${file}'${chain}: the file does not exist.`,
    notPlanPath: (path: string) => `'${path}' is not read: imports name plan files, '*.xproj.yaml' or '*.xproj.yml'.`,
    notAFile: (file: string, chain: string) => `'${file}'${chain} is not read: it is not a regular file (a folder, device, pipe or socket).`,
    tooLarge: (file: string, chain: string) => `'${file}'${chain} is not read: it is larger than the 32 MB a plan file may be.`,
    unreadable: (file: string, chain: string) => `Cannot read '${file}'${chain}: the file is not readable.`,
    outsideWorkspace: (file: string, chain: string) =>
      `'${file}'${chain} is not read: it is outside the workspace, and this workspace is not trusted (Restricted Mode).`,
    tooMany: (file: string) => `More than ${MAX_IMPORTED_FILES} files are imported; '${file}' and the rest are not read.`,
    syntax: (file: string, chain: string, count: number) => `'${file}'${chain} has ${count} YAML syntax error(s); fix them in that file.`,
    notPlan: (file: string, chain: string) => `'${file}'${chain} is not an XProj file: its top level must be a mapping with departments, people or phases.`,
    cycle: (cycle: string) => `Import cycle: ${cycle}.`,
    tooDeep: (file: string) => `Imports nest more than ${MAX_IMPORT_DEPTH} levels deep at '${file}'; deeper imports are ignored.`,
    via: (file: string) => ` (imported by '${file}')`,
  },
  {
    unresolvable: (path) => `无法解析导入路径“${path}”。`,
    missing: (file, chain) => `无法读取“${file}”${chain}：文件不存在。`,
    notPlanPath: (path) => `未读取“${path}”：导入只能指向计划文件（*.xproj.yaml 或 *.xproj.yml）。`,
    notAFile: (file, chain) => `未读取“${file}”${chain}：它不是普通文件（而是文件夹、设备、管道或套接字）。`,
    tooLarge: (file, chain) => `未读取“${file}”${chain}：文件超过计划文件允许的 32 MB。`,
    unreadable: (file, chain) => `无法读取“${file}”${chain}：文件不可读。`,
    outsideWorkspace: (file, chain) => `未读取“${file}”${chain}：它位于工作区之外，而此工作区未受信任（受限模式）。`,
    tooMany: (file) => `导入的文件超过 ${MAX_IMPORTED_FILES} 个；“${file}”及其余文件未读取。`,
    syntax: (file, chain, count) => `“${file}”${chain}有 ${count} 个 YAML 语法错误，请在该文件中修正。`,
    notPlan: (file, chain) => `“${file}”${chain}不是 XProj 文件：其顶层必须是包含 departments、people 或 phases 的映射。`,
    cycle: (cycle) => `导入形成循环：${cycle}。`,
    tooDeep: (file) => `导入嵌套超过 ${MAX_IMPORT_DEPTH} 层（在“${file}”处），更深的导入已忽略。`,
    via: (file) => `（由“${file}”导入）`,
  },
);

/**
 * Follows a plan's imports (and theirs) through `readFile`. Never throws: missing files,
 * unparsable files, non-plans and cycles become `import-error` problems on the root plan's
 * import entry through which they were reached.
 */
export function resolveImports(plan: Plan, readFile: FileReader | undefined, locale: Locale): ImportResult {
  const msg = messages[locale];
  const files: ImportedFile[] = [];
  const problems: Problem[] = [];
  const loaded = new Set<string>([plan.uri]);

  const visit = (importer: Plan, stack: string[], via: ImportDecl | undefined): void => {
    for (const decl of importer.imports) {
      const top = via ?? decl;
      const chain = via ? msg.via(uriBasename(importer.uri)) : '';
      const report = (message: string): void => {
        problems.push({ code: 'import-error', span: top.span, message, data: { path: top.path } });
      };
      const target = resolveRelativeUri(importer.uri, decl.path);
      if (target === undefined) {
        report(msg.unresolvable(decl.path));
        continue;
      }
      const cycleStart = stack.indexOf(target);
      if (cycleStart >= 0) {
        report(msg.cycle([...stack.slice(cycleStart), target].map(uriBasename).join(' → ')));
        continue;
      }
      if (loaded.has(target)) {
        continue;
      }
      if (stack.length > MAX_IMPORT_DEPTH) {
        report(msg.tooDeep(uriBasename(target)));
        continue;
      }
      // Checked before anything is read: `imports: [/dev/zero]` or `../../etc/shadow` reads nothing.
      if (!PLAN_FILE_NAME.test(target)) {
        report(msg.notPlanPath(decl.path));
        continue;
      }
      if (loaded.size > MAX_IMPORTED_FILES) {
        report(msg.tooMany(uriBasename(target)));
        continue;
      }
      loaded.add(target);
      const read = readFile?.(target);
      const text = typeof read === 'string' ? read : read !== undefined && 'text' in read ? read.text : undefined;
      if (text === undefined) {
        const error = typeof read === 'object' && 'error' in read ? read.error : 'not-found';
        report(readErrorMessage(msg, error, uriBasename(target), chain, decl.path));
        continue;
      }
      const parsed = parseYaml(text);
      const errors = parsed.problems.filter((p) => p.severity === 'error').length;
      if (errors > 0) {
        report(msg.syntax(uriBasename(target), chain, errors));
      }
      const { plan: imported } = buildPlan(parsed.document, target);
      if (imported.rootSpan === undefined) {
        if (errors === 0) {
          report(msg.notPlan(uriBasename(target), chain));
        }
        continue;
      }
      files.push({ uri: target, text, plan: imported, via: top });
      visit(imported, [...stack, target], top);
    }
  };

  visit(plan, [plan.uri], undefined);
  return { files, problems };
}

function readErrorMessage(msg: (typeof messages)[Locale], error: FileReadError, file: string, chain: string, path: string): string {
  switch (error) {
    case 'not-found':
      return msg.missing(file, chain);
    case 'not-a-file':
      return msg.notAFile(file, chain);
    case 'too-large':
      return msg.tooLarge(file, chain);
    case 'unreadable':
      return msg.unreadable(file, chain);
    case 'outside-workspace':
      return msg.outsideWorkspace(file, chain);
    case 'not-plan-path':
      return msg.notPlanPath(path);
  }
}
