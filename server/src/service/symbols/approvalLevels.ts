import type { ApprovalLevel, Plan } from '../model/planModel';
import type { SymbolTable } from './symbolTable';
import { isRoleWord } from './roles';

/** An approval level with its place in the order of amounts. */
export interface RankedLevel {
  /** The level's `approver`: a role word, or a person or department id. */
  readonly approver: string;
  readonly upTo?: number;
  /** 0 for the level of the smallest amounts. */
  readonly rank: number;
  readonly level: ApprovalLevel;
}

/** The levels that name an approver, ordered by `up_to` (a level without one covers everything, so it comes last). */
export function rankApprovalLevels(approvals: readonly ApprovalLevel[]): RankedLevel[] {
  return approvals
    .flatMap((level, index) => (level.approver ? [{ level, index, approver: level.approver.id }] : []))
    .sort((a, b) => (a.level.upTo?.value ?? Infinity) - (b.level.upTo?.value ?? Infinity) || a.index - b.index)
    .map(({ level, approver }, rank) => ({ approver, upTo: level.upTo?.value, rank, level }));
}

/**
 * The level an amount needs: the first whose `up_to` covers it. An amount above every level
 * needs the highest one, since nobody above it is named.
 */
export function requiredLevel(levels: readonly RankedLevel[], amount: number): RankedLevel | undefined {
  return levels.find((l) => l.upTo === undefined || amount <= l.upTo) ?? levels[levels.length - 1];
}

/**
 * The highest level an `approved_by` value reaches, or undefined when it matches none. A level
 * matches when its approver is the value itself, a role the value holds, or (for the role words
 * `owner`, `manager`, `sponsor`) the person holding that role.
 */
export function approverRank(approvedBy: string, levels: readonly RankedLevel[], plan: Plan, symbols: SymbolTable): RankedLevel | undefined {
  const names = approverNames(approvedBy, plan, symbols);
  let best: RankedLevel | undefined;
  for (const level of levels) {
    if (names.has(level.approver) && (best === undefined || level.rank > best.rank)) {
      best = level;
    }
  }
  return best;
}

/** Every name an approver answers to in the approval levels. */
function approverNames(id: string, plan: Plan, symbols: SymbolTable): Set<string> {
  const names = new Set([id]);
  const project = plan.project;
  const projectRoles = { owner: project?.owner?.id, manager: project?.manager?.id, sponsor: project?.sponsor?.id };
  if (isRoleWord(id)) {
    const holder = id === 'owner' || id === 'manager' || id === 'sponsor' ? projectRoles[id] : undefined;
    if (holder !== undefined) {
      names.add(holder);
    }
    return names;
  }
  for (const [role, holder] of Object.entries(projectRoles)) {
    if (holder === id) {
      names.add(role);
    }
  }
  if (symbols.person(id)) {
    for (const department of symbols.all('department')) {
      if (department.head?.id === id) {
        names.add('department-head');
        // Only the head of the department with id `finance` speaks for finance; members do not.
        if (department.id === 'finance') {
          names.add('finance');
        }
      }
    }
  } else if (symbols.department(id)) {
    // A department signs through its head.
    names.add('department-head');
  }
  return names;
}
