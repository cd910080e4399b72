import { TextEdit } from 'vscode-languageserver-types';
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { spanToRange } from './diagnostics';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import { ID_PATTERN, idEdit, idTextSpan } from './navigation/idText';
import { PlanSources, findOccurrences } from './navigation/sources';
import { keyOf, targetAt } from './navigation/target';
import type { NavigationTarget } from './navigation/target';
import type { EntityKind } from '../model/planModel';

/** Why a rename was refused; stable, for hosts and tests. The message is for the user. */
export type RenameRefusalReason = 'not-an-id' | 'role' | 'keyword' | 'unknown' | 'invalid-name' | 'collision';

/** Thrown by `XprojRename` with a localised message; the server answers with it as a `ResponseError`. */
export class RenameRefusal extends Error {
  constructor(
    readonly reason: RenameRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'RenameRefusal';
  }
}

const KINDS_EN: Readonly<Record<EntityKind, string>> = {
  person: 'person',
  department: 'department',
  phase: 'phase',
  task: 'task',
  risk: 'risk',
  budgetItem: 'budget item',
  meeting: 'meeting',
  change: 'change',
};

const KINDS_ZH: Readonly<Record<EntityKind, string>> = {
  person: '人员',
  department: '部门',
  phase: '阶段',
  task: '任务',
  risk: '风险',
  budgetItem: '预算项',
  meeting: '会议',
  change: '变更',
};

const messages = defineMessages(
  {
    notAnId: () => 'Place the cursor on the id of a task, person, department, phase, risk, budget item, meeting or change to rename it.',
    role: (word: string) => `'${word}' is a role word, not an id; it cannot be renamed.`,
    keyword: (word: string) => `'${word}' is a keyword meaning every participant; it cannot be renamed.`,
    unknown: (id: string) => `'${id}' is not defined in this plan or its imports, so there is nothing to rename.`,
    empty: () => 'The new id must not be empty.',
    invalid: (name: string) => `'${name}' is not a valid id: use letters, digits, '-', '_' and '.' only.`,
    collision: (kind: EntityKind, name: string) => `A ${KINDS_EN[kind]} with the id '${name}' already exists.`,
  },
  {
    notAnId: () => '请将光标放在任务、人员、部门、阶段、风险、预算项、会议或变更的 id 上再重命名。',
    role: (word) => `“${word}”是角色词，不是 id，不能重命名。`,
    keyword: (word) => `“${word}”是表示全体参会人的关键字，不能重命名。`,
    unknown: (id) => `“${id}”未在本计划或其导入文件中定义，无可重命名。`,
    empty: () => '新 id 不能为空。',
    invalid: (name) => `“${name}”不是有效的 id：只能使用字母、数字、“-”、“_”和“.”。`,
    collision: (kind, name) => `已存在 id 为“${name}”的${KINDS_ZH[kind]}。`,
  },
);

type EntityTarget = Extract<NavigationTarget, { type: 'entity' }>;

/** Renames ids of every entity kind, in this plan, the imported file that defines it, and plans that use it. */
export class XprojRename {
  private readonly sources = new PlanSources();

  constructor(readonly locale: Locale) {}

  /**
   * The id under the cursor (inside its quotes, if any) and its text.
   * @throws RenameRefusal on role words, keywords, unknown ids and positions not on an id.
   * @returns null when `analysis` belongs to another document.
   */
  prepareRename(document: TextDocument, position: Position, analysis: PlanAnalysis): { range: Range; placeholder: string } | null {
    if (document.uri !== analysis.uri) {
      return null;
    }
    const target = this.renameTarget(analysis, document.offsetAt(position));
    return { range: spanToRange(document, idTextSpan(analysis.text, target.span)), placeholder: target.entity.id };
  }

  /**
   * The edits that rename the entity under the cursor to `newName` everywhere it is known:
   * its definition, this plan, the imported file that defines it and the `others` that see it.
   * @throws RenameRefusal as `prepareRename` does, and on an invalid or already used new name.
   * @returns null when `analysis` belongs to another document or the name does not change.
   */
  doRename(document: TextDocument, position: Position, newName: string, analysis: PlanAnalysis, others: readonly PlanAnalysis[] = []): WorkspaceEdit | null {
    if (document.uri !== analysis.uri) {
      return null;
    }
    const msg = messages[this.locale];
    const target = this.renameTarget(analysis, document.offsetAt(position));
    if (newName.length === 0) {
      throw new RenameRefusal('invalid-name', msg.empty());
    }
    if (!ID_PATTERN.test(newName)) {
      throw new RenameRefusal('invalid-name', msg.invalid(newName));
    }
    const { entity } = target;
    if (newName === entity.id) {
      return null;
    }
    const key = keyOf(entity);
    const sources = this.sources.collect(analysis, document, others, key.kind);
    if (sources.some((s) => s.visible.has(key.uri) && s.table.definitions(key.kind, newName).length > 0)) {
      throw new RenameRefusal('collision', msg.collision(key.kind, newName));
    }
    const changes: Record<string, TextEdit[]> = {};
    for (const { source, definition, references } of findOccurrences(key, sources, target.ref ? undefined : entity)) {
      changes[source.uri] = (definition ? [definition, ...references] : references).map((span) => {
        const edit = idEdit(source.text, span, entity.id, newName);
        return TextEdit.replace(spanToRange(source.document, edit.span), edit.newText);
      });
    }
    return { changes };
  }

  private renameTarget(analysis: PlanAnalysis, offset: number): EntityTarget {
    const msg = messages[this.locale];
    const target = targetAt(analysis, offset);
    switch (target?.type) {
      case 'entity':
        return target;
      case 'role':
        throw new RenameRefusal('role', msg.role(target.ref.id));
      case 'all':
        throw new RenameRefusal('keyword', msg.keyword(target.ref.id));
      case 'unknown':
        throw new RenameRefusal('unknown', msg.unknown(target.ref.id));
      default:
        throw new RenameRefusal('not-an-id', msg.notAnId());
    }
  }
}
