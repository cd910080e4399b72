import type { RuleCode } from '../../model/ruleCodes';
import type { QuickFixProvider } from './fixContext';
import { approvalMissingFixes, missingLiaisonFixes, missingOwnerFixes } from './ownership';
import {
  raciAccountableNotPersonFixes,
  raciMultipleAccountableFixes,
  raciNoAccountableFixes,
  raciNoResponsibleFixes,
  raciOwnerMismatchFixes,
  raciRoleConflictFixes,
} from './raci';
import { changeUnrecordedFixes } from './changes';
import { duplicateIdFixes, unknownReferenceFixes } from './references';
import { dateOrderFixes, dependencyCycleFixes, dependencyViolationFixes } from './schedule';
import { schemaFixes } from './schema';
import { overallocationFixes } from './levelling';
import { actualMismatchFixes, riskNoContingencyFixes, riskReviewOverdueFixes } from './status';
import { overdueFixes } from './overdue';

export type { FixContext, QuickFixProvider } from './fixContext';

/** The quick fixes of each rule code; code actions look them up by `Diagnostic.code`. */
export const QUICK_FIXES: Readonly<Partial<Record<RuleCode, QuickFixProvider>>> = {
  schema: schemaFixes,
  'duplicate-id': duplicateIdFixes,
  'unknown-reference': unknownReferenceFixes,
  'missing-owner': missingOwnerFixes,
  'missing-liaison': missingLiaisonFixes,
  'dependency-cycle': dependencyCycleFixes,
  'dependency-violation': dependencyViolationFixes,
  'date-order': dateOrderFixes,
  'raci-no-accountable': raciNoAccountableFixes,
  'raci-multiple-accountable': raciMultipleAccountableFixes,
  'raci-no-responsible': raciNoResponsibleFixes,
  'raci-role-conflict': raciRoleConflictFixes,
  'raci-owner-mismatch': raciOwnerMismatchFixes,
  'raci-accountable-not-person': raciAccountableNotPersonFixes,
  overallocation: overallocationFixes,
  overdue: overdueFixes,
  'risk-no-contingency': riskNoContingencyFixes,
  'risk-review-overdue': riskReviewOverdueFixes,
  'approval-missing': approvalMissingFixes,
  'actual-mismatch': actualMismatchFixes,
  'change-unrecorded': changeUnrecordedFixes,
};
