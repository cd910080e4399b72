import type { PlanRule } from './types';

/** Ids, references, owners, liaisons and RACI. */
export const RESPONSIBILITY_RULES: readonly PlanRule[] = [];
