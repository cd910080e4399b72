import { defineMessages } from '../l10n/localize';
import type { Entity, EntityKind, ImportDecl, Plan } from '../model/planModel';
import { resolveRelativeUri, uriBasename } from '../utils/uri';
import type { PlanRule, RuleContext } from './types';

const KINDS: readonly EntityKind[] = ['task', 'risk', 'person', 'department', 'phase', 'budgetItem', 'meeting', 'change'];

const KIND_EN: Readonly<Record<EntityKind, string>> = {
  task: 'task',
  risk: 'risk',
  person: 'person',
  department: 'department',
  phase: 'phase',
  budgetItem: 'budget item',
  meeting: 'meeting',
  change: 'change',
};

const KIND_ZH: Readonly<Record<EntityKind, string>> = {
  task: '任务',
  risk: '风险',
  person: '人员',
  department: '部门',
  phase: '阶段',
  budgetItem: '预算项',
  meeting: '会议',
  change: '变更',
};

const messages = defineMessages(
  {
    duplicate: (kind: EntityKind, id: string) => `Duplicate ${KIND_EN[kind]} id '${id}': it is already defined in this plan.`,
    duplicateImported: (kind: EntityKind, id: string, file: string) => `Duplicate ${KIND_EN[kind]} id '${id}': it is already defined in '${file}'.`,
    importClash: (kind: EntityKind, id: string, file: string, other: string) =>
      `'${file}' defines the ${KIND_EN[kind]} '${id}' that '${other}' already defines.`,
    first: (id: string) => `'${id}' is first defined here.`,
    again: (id: string) => `'${id}' is defined again here.`,
  },
  {
    duplicate: (kind, id) => `${KIND_ZH[kind]} ID“${id}”重复：本计划中已有同名定义。`,
    duplicateImported: (kind, id, file) => `${KIND_ZH[kind]} ID“${id}”重复：已在“${file}”中定义。`,
    importClash: (kind, id, file, other) => `“${file}”定义的${KIND_ZH[kind]}“${id}”已在“${other}”中定义。`,
    first: (id) => `“${id}”首次定义于此。`,
    again: (id) => `“${id}”在此处再次定义。`,
  },
);

/**
 * `duplicate-id`: ids are unique per kind within a plan and its imports. Reported where the
 * plan can fix it: on each local definition after the first, or (when an imported file already
 * defines the id) on every local one. Two imported files that clash are reported on the import
 * entry of the later file when this plan imports it directly; deeper clashes belong to the file
 * that imports both.
 */
export const duplicateIdRule: PlanRule = {
  codes: ['duplicate-id'],
  check(ctx: RuleContext): void {
    const msg = messages[ctx.locale];
    for (const kind of KINDS) {
      for (const [id, definitions] of ctx.symbols.entries(kind)) {
        if (definitions.length < 2) {
          continue;
        }
        const local = definitions.filter((d) => d.uri === ctx.plan.uri);
        const imported = definitions.filter((d) => d.uri !== ctx.plan.uri);
        const first = imported[0] ?? local[0]!;
        const related = [{ uri: first.uri, span: first.idSpan, message: msg.first(id) }];
        for (const d of local) {
          if (d === first) {
            continue;
          }
          const message = first.uri === ctx.plan.uri ? msg.duplicate(kind, id) : msg.duplicateImported(kind, id, uriBasename(first.uri));
          ctx.report({ code: 'duplicate-id', span: d.idSpan, message, related, data: { kind, id } });
        }
        reportImportClashes(ctx, kind, id, imported, msg);
      }
    }
  },
};

function reportImportClashes(ctx: RuleContext, kind: EntityKind, id: string, imported: readonly Entity[], msg: (typeof messages)['en']): void {
  const first = imported[0];
  const reported = new Set<string>();
  for (const d of imported) {
    if (!first || d.uri === first.uri || reported.has(d.uri)) {
      continue;
    }
    reported.add(d.uri);
    const decl = directImport(ctx.plan, d.uri);
    if (decl) {
      ctx.report({
        code: 'duplicate-id',
        span: decl.span,
        message: msg.importClash(kind, id, uriBasename(d.uri), uriBasename(first.uri)),
        related: [
          { uri: first.uri, span: first.idSpan, message: msg.first(id) },
          { uri: d.uri, span: d.idSpan, message: msg.again(id) },
        ],
        data: { kind, id },
      });
    }
  }
}

function directImport(plan: Plan, uri: string): ImportDecl | undefined {
  return plan.imports.find((i) => resolveRelativeUri(plan.uri, i.path) === uri);
}
