import { isMap, isSeq } from 'yaml';
import { formatDay } from '../../../../../common/dates';
import { defineMessages } from '../../l10n/localize';
import { dataString, quickFix } from './fixContext';
import type { QuickFixProvider } from './fixContext';

const titles = defineMessages(
  {
    record: (id: string) => `Record a change request for '${id}' (proposed)`,
    summary: (id: string, what: string) => `${id}: ${what}`,
  },
  {
    record: (id) => `为“${id}”登记一项变更申请（已起草）`,
    summary: (id, what) => `${id}：${what}`,
  },
);

/**
 * `change-unrecorded`: a `changes` entry drafted from what changed: the next free `CR-n`, the status
 * date, what changed as its summary, the manager as requester, `status: proposed`, and the task or
 * budget item in `affects`. The team fills in the reason and gets it approved.
 */
export const changeUnrecordedFixes: QuickFixProvider = (ctx) => {
  const id = dataString(ctx, 'task') ?? dataString(ctx, 'item');
  const root = ctx.editor.root();
  if (id === undefined || !isMap(root)) {
    return [];
  }
  const { plan, statusDate } = ctx.analysis;
  const taken = new Set(plan.changes.map((c) => c.id));
  let n = plan.changes.length + 1;
  while (taken.has(`CR-${n}`)) {
    n++;
  }
  const t = titles[ctx.locale];
  const manager = plan.project?.manager?.id;
  const entry = {
    id: `CR-${n}`,
    date: formatDay(statusDate),
    summary: t.summary(id, dataString(ctx, 'summary') ?? ''),
    ...(manager ? { requested_by: manager } : {}),
    status: 'proposed',
    affects: [id],
  };
  const list = ctx.editor.pair(root, 'changes')?.value;
  const edit = isSeq(list) ? ctx.editor.appendItem(list, entry) : ctx.editor.appendToList(root, 'changes', entry, true);
  return quickFix(ctx, t.record(id), [edit], true);
};
