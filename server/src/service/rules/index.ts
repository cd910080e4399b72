import { RESPONSIBILITY_RULES } from './responsibilityRules';
import { SCHEDULE_RULES } from './scheduleRules';
import type { PlanRule } from './types';

/** Every semantic rule, in the order their problems are listed. */
export const ALL_RULES: readonly PlanRule[] = [...RESPONSIBILITY_RULES, ...SCHEDULE_RULES];
