import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import { buildPlan } from './planBuilder';
import type { ImportDecl, Plan } from '../model/planModel';
import { parseYaml } from './yamlParser';
import type { Problem } from '../model/problems';
import { resolveRelativeUri, uriBasename } from '../utils/uri';

/** Reads another plan file (an import). Returns undefined when it does not exist or cannot be read. */
export type FileReader = (uri: string) => string | undefined;

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

const messages = defineMessages(
  {
    unresolvable: (path: string) => `Cannot resolve the import path '${path}'.`,
    missing: (file: string, chain: string) => `Cannot read '${file}'${chain}: the file does not exist or is not readable.`,
    syntax: (file: string, chain: string, count: number) => `'${file}'${chain} has ${count} YAML syntax error(s); fix them in that file.`,
    notPlan: (file: string, chain: string) => `'${file}'${chain} is not an XProj file: its top level must be a mapping with departments, people or phases.`,
    cycle: (cycle: string) => `Import cycle: ${cycle}.`,
    tooDeep: (file: string) => `Imports nest more than ${MAX_IMPORT_DEPTH} levels deep at '${file}'; deeper imports are ignored.`,
    via: (file: string) => ` (imported by '${file}')`,
  },
  {
    unresolvable: (path) => `无法解析导入路径“${path}”。`,
    missing: (file, chain) => `无法读取“${file}”${chain}：文件不存在或不可读。`,
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
      loaded.add(target);
      const text = readFile?.(target);
      if (text === undefined) {
        report(msg.missing(uriBasename(target), chain));
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
