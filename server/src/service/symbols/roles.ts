/**
 * Role words: where the plan names a role instead of a person. Approvals use the first five
 * (from the contract); escalation levels also say `department` (solved inside the department).
 */
export const APPROVER_ROLES = ['department-head', 'finance', 'manager', 'owner', 'sponsor'] as const;
export const ESCALATION_ROLES = ['department', 'manager', 'owner', 'sponsor', 'committee'] as const;

export type RoleWord = (typeof APPROVER_ROLES)[number] | (typeof ESCALATION_ROLES)[number];

const ROLE_WORDS: ReadonlySet<string> = new Set<string>([...APPROVER_ROLES, ...ESCALATION_ROLES]);

export function isRoleWord(id: string): id is RoleWord {
  return ROLE_WORDS.has(id);
}
