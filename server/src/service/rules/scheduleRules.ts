import type { PlanRule } from './types';

/** Dependencies, dates, workload, status, risks and budget. */
export const SCHEDULE_RULES: readonly PlanRule[] = [];
