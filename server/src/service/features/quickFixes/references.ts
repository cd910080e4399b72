import type { CodeAction } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq } from 'yaml';
import { defineMessages } from '../../l10n/localize';
import type { EntityKind } from '../../model/planModel';
import { dataString, dataStrings, labelOf, quickFix, scalarWith } from './fixContext';
import type { FixContext, QuickFixProvider } from './fixContext';

type Creatable = 'person' | 'department' | 'phase' | 'task' | 'risk';

const KIND_EN: Readonly<Record<Creatable, string>> = { person: 'person', department: 'department', phase: 'phase', task: 'task', risk: 'risk' };
const KIND_ZH: Readonly<Record<Creatable, string>> = { person: '人员', department: '部门', phase: '阶段', task: '任务', risk: '风险' };

const titles = defineMessages(
  {
    change: (who: string) => `Change to ${who}`,
    create: (kind: Creatable, id: string) => `Create ${KIND_EN[kind]} '${id}'`,
    rename: (id: string) => `Rename to '${id}'`,
  },
  {
    change: (who) => `改为${who}`,
    create: (kind, id) => `新建${KIND_ZH[kind]}“${id}”`,
    rename: (id) => `重命名为“${id}”`,
  },
);

/** The top-level list each kind is defined in, and the key of its display name. */
const LISTS: Readonly<Record<Creatable, { readonly key: string; readonly name: string }>> = {
  person: { key: 'people', name: 'name' },
  department: { key: 'departments', name: 'name' },
  phase: { key: 'phases', name: 'name' },
  task: { key: 'tasks', name: 'name' },
  risk: { key: 'risks', name: 'title' },
};

/** The contract's id syntax: only such ids can be created without a schema error. */
const ID = /^[\p{L}\p{M}\p{N}_.-]+$/u;
const MAX_SUGGESTIONS = 5;

/**
 * `unknown-reference`: "Change to X" for each did-you-mean suggestion (the first preferred), and
 * "Create <kind> X" for each kind the field accepts, appending `{id: X, name: X}` to that kind's
 * top-level list (created at the end of the plan when missing).
 */
export const unknownReferenceFixes: QuickFixProvider = (ctx) => {
  const id = dataString(ctx, 'id');
  const node = scalarWith(ctx, id);
  if (id === undefined || !node) {
    return [];
  }
  const t = titles[ctx.locale];
  const changes = dataStrings(ctx, 'suggestions')
    .slice(0, MAX_SUGGESTIONS)
    .flatMap((s, i) => quickFix(ctx, t.change(labelOf(ctx, s)), [ctx.editor.renameScalar(node, s)], i === 0));
  const creatable = dataStrings(ctx, 'accepts').filter((k): k is Creatable => k in LISTS);
  return [...changes, ...(ID.test(id) ? creatable.flatMap((kind) => createEntity(ctx, kind, id)) : [])];
};

function createEntity(ctx: FixContext, kind: Creatable, id: string): CodeAction[] {
  const root = ctx.editor.root();
  if (!isMap(root)) {
    return [];
  }
  const { key, name } = LISTS[kind];
  const list = ctx.editor.pair(root, key)?.value;
  const entity = { id, [name]: id };
  const edit = isSeq(list) ? ctx.editor.appendItem(list, entity) : ctx.editor.appendToList(root, key, entity, true);
  return quickFix(ctx, titles[ctx.locale].create(kind, id), [edit]);
}

/** `duplicate-id`: renames this definition to the first free `<id>-<n>`, keeping the quotes. */
export const duplicateIdFixes: QuickFixProvider = (ctx) => {
  const id = dataString(ctx, 'id');
  const kind = dataString(ctx, 'kind') as EntityKind | undefined;
  const node = scalarWith(ctx, id);
  const holder = ctx.editor.pathAt(ctx.offset).pop();
  // The import clashes are reported on an `imports` entry, which is not this plan's to rename.
  const isIdValue = holder !== undefined && !holder.isKey && isScalar(holder.pair?.key) && holder.pair.key.value === 'id';
  if (id === undefined || kind === undefined || !node || !isIdValue) {
    return [];
  }
  let n = 2;
  while (ctx.analysis.symbols.definitions(kind, `${id}-${n}`).length > 0) {
    n++;
  }
  return quickFix(ctx, titles[ctx.locale].rename(`${id}-${n}`), [ctx.editor.renameScalar(node, `${id}-${n}`)], true);
};
