import type { CodeAction } from 'vscode-languageserver-types';
import type { YAMLMap } from 'yaml';
import { defineMessages } from '../../l10n/localize';
import { dataString, dataStrings, entityAt, mapOf, quickFix } from './fixContext';
import type { FixContext, QuickFixProvider } from './fixContext';

const titles = defineMessages(
  {
    set: (key: string, value: string) => `Set ${key} to '${value}'`,
  },
  {
    set: (key, value) => `将 ${key} 设为“${value}”`,
  },
);

/** At most this many people are offered for one field. */
const MAX_CANDIDATES = 5;

/** Where a new key reads best: after these keys when they exist, else at the end. */
const AFTER: Readonly<Record<string, readonly string[]>> = {
  owner: ['name', 'title', 'id'],
  manager: ['owner', 'name', 'id'],
  liaison: ['head', 'name', 'id'],
  approved_by: [],
};

/** One "Set <key> to X" per value, the first preferred. */
function setKeyFixes(ctx: FixContext, map: YAMLMap<unknown, unknown> | undefined, key: string, values: readonly string[]): CodeAction[] {
  if (!map) {
    return [];
  }
  const t = titles[ctx.locale];
  return values.slice(0, MAX_CANDIDATES).flatMap((value, i) => quickFix(ctx, t.set(key, value), [ctx.editor.setKey(map, key, value, AFTER[key])], i === 0));
}

/** `missing-owner`: the candidates of the rule's data (department head, liaison, manager...) as owner. */
export const missingOwnerFixes: QuickFixProvider = (ctx) => {
  const { plan } = ctx.analysis;
  const candidates = dataStrings(ctx, 'candidates');
  const id = dataString(ctx, 'id');
  switch (dataString(ctx, 'kind')) {
    case 'project': {
      const role = dataString(ctx, 'role');
      return role === 'owner' || role === 'manager' ? setKeyFixes(ctx, mapOf(ctx, plan.project), role, candidates) : [];
    }
    case 'task':
      return setKeyFixes(ctx, mapOf(ctx, entityAt(ctx, plan.tasks, id)), 'owner', candidates);
    case 'risk':
      return setKeyFixes(ctx, mapOf(ctx, entityAt(ctx, plan.risks, id)), 'owner', candidates);
    default:
      return [];
  }
};

/** `missing-liaison`: the department's head or members as liaison, when this plan defines the department. */
export const missingLiaisonFixes: QuickFixProvider = (ctx) => {
  const department = entityAt(ctx, ctx.analysis.plan.departments, dataString(ctx, 'department'));
  return setKeyFixes(ctx, mapOf(ctx, department), 'liaison', dataStrings(ctx, 'candidates'));
};

/** `approval-missing`: the approver the amount requires. */
export const approvalMissingFixes: QuickFixProvider = (ctx) => {
  const required = dataString(ctx, 'required');
  const item = entityAt(ctx, ctx.analysis.plan.budget?.items ?? [], dataString(ctx, 'item'));
  return required === undefined ? [] : setKeyFixes(ctx, mapOf(ctx, item), 'approved_by', [required]);
};
