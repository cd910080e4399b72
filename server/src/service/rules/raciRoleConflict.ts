import { defineMessages } from '../l10n/localize';
import type { RaciLetter, Ref, Task } from '../model/planModel';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const LETTER_EN: Readonly<Record<RaciLetter, string>> = {
  R: 'responsible (R)',
  A: 'accountable (A)',
  C: 'consulted (C)',
  I: 'informed (I)',
};
const LETTER_ZH: Readonly<Record<RaciLetter, string>> = {
  R: 'R（执行）',
  A: 'A（问责）',
  C: 'C（咨询）',
  I: 'I（知会）',
};

const messages = defineMessages(
  {
    conflict: (id: string, task: string, earlier: RaciLetter, later: RaciLetter) =>
      `'${id}' is both ${LETTER_EN[earlier]} and ${LETTER_EN[later]} on task ${task}; give each a single role.`,
    earlierHere: (id: string, letter: RaciLetter) => `'${id}' is ${LETTER_EN[letter]} here.`,
  },
  {
    conflict: (id, task, earlier, later) => `“${id}”在任务${task}中同时是 ${LETTER_ZH[earlier]}和 ${LETTER_ZH[later]}，每方只应担任一个角色。`,
    earlierHere: (id, letter) => `“${id}”在此处是 ${LETTER_ZH[letter]}。`,
  },
);

const LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

interface Entry {
  readonly ref: Ref;
  readonly letter: RaciLetter;
}

/**
 * `raci-role-conflict`: one person or department in two RACI letters of one task. Accountable
 * and responsible together is the usual "does and answers for it" and is allowed; consulting or
 * informing someone who already does or answers for the work is a muddle. Unknown ids are left
 * to `unknown-reference`.
 */
export const raciRoleConflictRule: PlanRule = {
  codes: ['raci-role-conflict'],
  scope: 'entity',
  check(ctx: RuleContext): void {
    const msg = messages[ctx.locale];
    for (const task of ctx.plan.tasks) {
      for (const [earlier, later] of conflicts(task, (r) => ctx.symbols.resolve(r) !== undefined)) {
        ctx.report({
          code: 'raci-role-conflict',
          span: later.ref.span,
          message: msg.conflict(later.ref.id, labelFor(task, ctx.locale), earlier.letter, later.letter),
          related: [{ uri: ctx.plan.uri, span: earlier.ref.span, message: msg.earlierHere(earlier.ref.id, earlier.letter) }],
          data: { task: task.id, id: later.ref.id, letters: [earlier.letter, later.letter] },
        });
      }
    }
  },
};

/** Each entry that conflicts with an earlier one of the same id, paired with the first such. */
function conflicts(task: Task, known: (ref: Ref) => boolean): [Entry, Entry][] {
  const raci = task.raci;
  // Most tasks name everyone once: that is settled without resolving or allocating anything.
  if (!raci || !repeatsAnId(raci)) {
    return [];
  }
  const entries: Entry[] = LETTERS.flatMap((letter) => raci[letter].filter(known).map((ref) => ({ ref, letter })));
  entries.sort((a, b) => a.ref.span.offset - b.ref.span.offset);
  const out: [Entry, Entry][] = [];
  entries.forEach((later, i) => {
    const earlier = entries
      .slice(0, i)
      .find((e) => e.ref.id === later.ref.id && e.letter !== later.letter && !isAccountableAndResponsible(e.letter, later.letter));
    if (earlier) {
      out.push([earlier, later]);
    }
  });
  return out;
}

function isAccountableAndResponsible(a: RaciLetter, b: RaciLetter): boolean {
  return (a === 'A' && b === 'R') || (a === 'R' && b === 'A');
}

/** Whether any id appears twice among the task's RACI letters. */
function repeatsAnId(raci: NonNullable<Task['raci']>): boolean {
  const seen = new Set<string>();
  for (const letter of LETTERS) {
    for (const ref of raci[letter]) {
      if (seen.has(ref.id)) {
        return true;
      }
      seen.add(ref.id);
    }
  }
  return false;
}
