import type { Department, Entity, Person, Ref, RefAccept } from '../../model/planModel';
import type { RoleWord } from '../../symbols/roles';
import { formatAmount, formatLoad } from '../../l10n/amounts';
import { rankApprovalLevels } from '../../symbols/approvalLevels';
import { cardTitle, definedIn, entityLabel, field, refLabel } from './context';
import type { CardContext } from './context';
import type { RaciCounts } from './hoverIndex';
import { bulletList, code, escapeMarkdown, fieldLines, idThenName, inlineList, paragraphs } from './markdown';
import type { HoverMessages } from './messages';
import { roleMeaning } from './valueMeanings';

/** `R ×5, A ×3`, in RACI order, leaving out letters the id never holds. */
export function raciSummary(counts: RaciCounts | undefined, locale: CardContext['locale']): string | undefined {
  if (!counts) {
    return undefined;
  }
  const parts = (['R', 'A', 'C', 'I'] as const).filter((l) => counts[l] > 0).map((l) => `${l} ×${counts[l]}`);
  return parts.length > 0 ? parts.join(locale === 'zh-cn' ? '，' : ', ') : undefined;
}

export function personCard(ctx: CardContext, person: Person): string {
  const { m, index, locale } = ctx;
  const more = (n: number): string => m.more(n);
  const named = (e: Entity): string => entityLabel(ctx, e);
  const owned = index.tasksOwnedBy(person.id);
  const ownedList = bulletList(owned, (t) => idThenName(t.id, t.name?.value), more);
  return paragraphs([
    cardTitle(m.person(), person.id, person.name?.value),
    fieldLines([
      field(ctx, m.departmentLabel(), refLabel(ctx, person.department)),
      m.capacity(formatLoad(person.capacity)),
      field(ctx, m.role(), person.role && escapeMarkdown(person.role.value)),
      field(ctx, m.email(), person.email && escapeMarkdown(person.email.value)),
    ]),
    owned.length > 0 ? `${m.ownsTasks(owned.length)}\n\n${ownedList}` : undefined,
    fieldLines([
      field(ctx, m.raci(), raciSummary(index.raciOf(person.id), locale)),
      field(
        ctx,
        m.ownsRisks(),
        inlineList(index.risksOwnedBy(person.id), (r) => idThenName(r.id, r.name?.value), locale, more),
      ),
      field(ctx, m.chairs(), inlineList(index.meetingsChairedBy(person.id), named, locale, more)),
      field(ctx, m.heads(), inlineList(index.departmentsHeadedBy(person.id), named, locale, more)),
      field(ctx, m.liaisonFor(), inlineList(index.departmentsWithLiaison(person.id), named, locale, more)),
    ]),
    definedIn(ctx, person),
  ]);
}

export function departmentCard(ctx: CardContext, department: Department): string {
  const { m, index, locale } = ctx;
  const members = index.membersOf(department.id);
  const memberList = inlineList(
    members,
    (p) => entityLabel(ctx, p),
    locale,
    (n) => m.more(n),
  );
  return paragraphs([
    cardTitle(m.department(), department.id, department.name?.value),
    fieldLines([
      field(ctx, m.head(), refLabel(ctx, department.head)),
      field(ctx, m.liaison(), refLabel(ctx, department.liaison)),
      m.tasksWithDepartment(index.taskCountOf(department.id)),
      field(ctx, m.raci(), raciSummary(index.raciOf(department.id), locale)),
      field(ctx, m.members(members.length), memberList),
    ]),
    definedIn(ctx, department),
  ]);
}

/** Who holds a role word in this plan, where the plan says so. */
function roleHolder(ctx: CardContext, role: RoleWord): string | undefined {
  const project = ctx.analysis.plan.project;
  switch (role) {
    case 'owner':
      return refLabel(ctx, project?.owner);
    case 'manager':
      return refLabel(ctx, project?.manager);
    case 'sponsor':
      return refLabel(ctx, project?.sponsor);
    case 'finance': {
      const finance = ctx.analysis.symbols.department('finance');
      return finance?.head ? refLabel(ctx, finance.head) : undefined;
    }
    default:
      return undefined;
  }
}

export function roleCard(ctx: CardContext, role: RoleWord): string {
  const { m } = ctx;
  const budget = ctx.analysis.plan.budget;
  const limits = rankApprovalLevels(budget?.approvals ?? [])
    .filter((l) => l.approver === role)
    .map((l) => (l.upTo === undefined ? m.approvesAny() : m.approvesUpTo(formatAmount(l.upTo, budget?.currency?.value))));
  const holder = roleHolder(ctx, role);
  return paragraphs([
    `**${m.roleWord()}** ${code(role)}`,
    roleMeaning(role, ctx.locale),
    fieldLines([holder !== undefined ? m.heldBy(holder) : undefined, ...limits]),
  ]);
}

export function allCard(m: HoverMessages): string {
  return m.all();
}

const KIND_WORDS: Readonly<Record<Exclude<RefAccept, 'all'>, (m: HoverMessages) => string>> = {
  person: (m) => m.kindPerson(),
  department: (m) => m.kindDepartment(),
  phase: (m) => m.kindPhase(),
  task: (m) => m.kindTask(),
  risk: (m) => m.kindRisk(),
  budgetItem: (m) => m.kindBudgetItem(),
  role: (m) => m.kindRole(),
};

/** For an id that resolves to nothing: which kinds were looked in (the diagnostic says the rest). */
export function unknownCard(m: HoverMessages, ref: Ref): string {
  const kinds = ref.accepts.flatMap((a) => (a === 'all' ? [] : [KIND_WORDS[a](m)]));
  return m.unknown(code(ref.id), m.either(kinds));
}
