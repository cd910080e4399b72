import { duplicateIdRule } from './duplicateId';
import { missingLiaisonRule } from './missingLiaison';
import { missingOwnerRule } from './missingOwner';
import { raciAccountableRule } from './raciAccountable';
import { raciOwnerMismatchRule } from './raciOwnerMismatch';
import { raciResponsibleRule } from './raciResponsible';
import { raciRoleConflictRule } from './raciRoleConflict';
import type { PlanRule } from './types';
import { unknownReferenceRule } from './unknownReference';

/** Ids, references, owners, liaisons and RACI. */
export const RESPONSIBILITY_RULES: readonly PlanRule[] = [
  duplicateIdRule,
  unknownReferenceRule,
  missingOwnerRule,
  missingLiaisonRule,
  raciAccountableRule,
  raciResponsibleRule,
  raciRoleConflictRule,
  raciOwnerMismatchRule,
];
