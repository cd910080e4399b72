import { approvalMissingRule } from './approvalMissing';
import { budgetExceededRule } from './budgetExceeded';
import { calendarUnknownYearRule } from './calendarUnknownYear';
import { dateOrderRule } from './dateOrder';
import { dependencyCycleRule } from './dependencyCycle';
import { dependencyViolationRule } from './dependencyViolation';
import { overallocationRule } from './overallocation';
import { overdueRule } from './overdue';
import { riskContingencyRule } from './riskContingency';
import { riskReviewOverdueRule } from './riskReviewOverdue';
import type { PlanRule } from './types';

/** Dependencies, dates, workload, status, risks and budget. */
export const SCHEDULE_RULES: readonly PlanRule[] = [
  dependencyCycleRule,
  dependencyViolationRule,
  dateOrderRule,
  overallocationRule,
  overdueRule,
  riskContingencyRule,
  riskReviewOverdueRule,
  budgetExceededRule,
  approvalMissingRule,
  calendarUnknownYearRule,
];
