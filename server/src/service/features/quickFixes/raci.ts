import type { CodeAction } from 'vscode-languageserver-types';
import type { YAMLMap } from 'yaml';
import { defineMessages } from '../../l10n/localize';
import type { RaciLetter, Task } from '../../model/planModel';
import { dataString, dataStrings, entityAt, labelOf, mapOf, quickFix, removeRef, scalarWith } from './fixContext';
import type { FixContext, QuickFixProvider } from './fixContext';

const titles = defineMessages(
  {
    makeAccountable: (who: string) => `Make ${who} Accountable (A)`,
    addResponsible: (who: string) => `Add ${who} to Responsible (R)`,
    keepOnly: (who: string) => `Keep only ${who} as Accountable (A)`,
    remove: (who: string, letter: RaciLetter) => `Remove ${who} from ${letter}`,
    headInstead: (department: string, head: string) => `Replace department ${department} by its head ${head}`,
  },
  {
    makeAccountable: (who) => `将${who}设为 A（问责人）`,
    addResponsible: (who) => `将${who}加入 R（执行人）`,
    keepOnly: (who) => `只保留${who}为 A（问责人）`,
    remove: (who, letter) => `从 ${letter} 中移除${who}`,
    headInstead: (department, head) => `将部门${department}替换为其负责人${head}`,
  },
);

/** Removing a role from these letters cannot leave the task without someone doing or answering for it. */
const LESSER: readonly RaciLetter[] = ['I', 'C'];
const MAX_CANDIDATES = 5;

interface RaciTarget {
  readonly task: Task;
  readonly map: YAMLMap<unknown, unknown>;
}

/** The task named by `data.task` and its `raci` mapping. */
function target(ctx: FixContext): RaciTarget | undefined {
  const task = entityAt(ctx, ctx.analysis.plan.tasks, dataString(ctx, 'task'));
  const map = mapOf(ctx, task?.raci);
  return task && map ? { task, map } : undefined;
}

function makeAccountable(ctx: FixContext, t: RaciTarget, id: string, preferred: boolean): CodeAction[] {
  return quickFix(ctx, titles[ctx.locale].makeAccountable(labelOf(ctx, id)), [ctx.editor.setKey(t.map, 'A', id)], preferred);
}

function addResponsible(ctx: FixContext, t: RaciTarget, id: string, preferred: boolean): CodeAction[] {
  return quickFix(ctx, titles[ctx.locale].addResponsible(labelOf(ctx, id)), [ctx.editor.appendToList(t.map, 'R', id)], preferred);
}

/** `raci-owner-mismatch`: the owner joins R (preferred: it takes nobody's role away), or becomes the A. */
export const raciOwnerMismatchFixes: QuickFixProvider = (ctx) => {
  const t = target(ctx);
  const owner = dataString(ctx, 'owner');
  return t && owner !== undefined ? [...addResponsible(ctx, t, owner, true), ...makeAccountable(ctx, t, owner, false)] : [];
};

/** `raci-no-responsible`: the owner or an assignee (the rule's candidates, owner first) joins R. */
export const raciNoResponsibleFixes: QuickFixProvider = (ctx) => {
  const t = target(ctx);
  return t
    ? dataStrings(ctx, 'candidates')
        .slice(0, MAX_CANDIDATES)
        .flatMap((id, i) => addResponsible(ctx, t, id, i === 0))
    : [];
};

/** `raci-no-accountable`: the owner or a responsible person (owner first) becomes the A. */
export const raciNoAccountableFixes: QuickFixProvider = (ctx) => {
  const t = target(ctx);
  return t
    ? dataStrings(ctx, 'candidates')
        .slice(0, MAX_CANDIDATES)
        .flatMap((id, i) => makeAccountable(ctx, t, id, i === 0))
    : [];
};

/** `raci-multiple-accountable`: one action per accountable, each keeping only that one (the first written preferred). */
export const raciMultipleAccountableFixes: QuickFixProvider = (ctx) => {
  const t = target(ctx);
  if (!t?.task.raci) {
    return [];
  }
  const ids = [...new Set(t.task.raci.A.map((r) => r.id))];
  const first = dataString(ctx, 'first') ?? ids[0];
  return ids.flatMap((id) => quickFix(ctx, titles[ctx.locale].keepOnly(labelOf(ctx, id)), [ctx.editor.setKey(t.map, 'A', id)], id === first));
};

/**
 * `raci-role-conflict`: drop one of the two roles. Only from C or I, or from a letter that keeps
 * someone else, so the fix never causes `raci-no-accountable` or `raci-no-responsible`; the lesser
 * role (I, then C) is preferred.
 */
export const raciRoleConflictFixes: QuickFixProvider = (ctx) => {
  const t = target(ctx);
  const id = dataString(ctx, 'id');
  const raci = t?.task.raci;
  if (!t || !raci || id === undefined) {
    return [];
  }
  const letters = dataStrings(ctx, 'letters').filter((l): l is RaciLetter => ['R', 'A', 'C', 'I'].includes(l));
  const removable = letters.filter((l) => LESSER.includes(l) || raci[l].some((r) => r.id !== id));
  const preferred = LESSER.find((l) => removable.includes(l)) ?? removable[0];
  return removable.flatMap((letter) => {
    const refs = raci[letter].filter((r) => r.id === id);
    const ref = refs.find((r) => r.span.offset === ctx.offset) ?? refs[0];
    const edit = ref ? removeRef(ctx, t.map, letter, ref) : undefined;
    return quickFix(ctx, titles[ctx.locale].remove(labelOf(ctx, id), letter), [edit], letter === preferred);
  });
};

/** `raci-accountable-not-person`: the department's head (a known person) takes its place. */
export const raciAccountableNotPersonFixes: QuickFixProvider = (ctx) => {
  const department = dataString(ctx, 'department');
  const head = dataString(ctx, 'head');
  const node = scalarWith(ctx, department);
  if (department === undefined || head === undefined || !node) {
    return [];
  }
  return quickFix(ctx, titles[ctx.locale].headInstead(labelOf(ctx, department), labelOf(ctx, head)), [ctx.editor.renameScalar(node, head)], true);
};
