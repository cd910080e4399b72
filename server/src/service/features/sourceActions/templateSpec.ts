/** The plan template's structure, the same in every language; its words are in `templateStrings.ts`. */
import type { PhaseKey, RiskKey, RoleKey, TaskKey } from './templateStrings';

/** The department each standard role heads (seed 002's table: 项目总负责人 in 总经理办公室, ...). */
export const DEPARTMENT_IDS: Readonly<Record<RoleKey, string>> = {
  owner: 'gm-office',
  manager: 'pmo',
  sponsor: 'market',
  quality: 'quality',
  finance: 'finance',
  it: 'it',
};

export const ROLES: readonly RoleKey[] = ['owner', 'manager', 'sponsor', 'quality', 'finance', 'it'];
export const PHASES: readonly PhaseKey[] = ['initiation', 'planning', 'execution', 'monitoring', 'closing'];
/** FTE each role gives the project: the executives and specialists only part of their time. */
export const CAPACITY: Partial<Record<RoleKey, number>> = { owner: 0.5, quality: 0.5, finance: 0.5, it: 0.5 };

export interface TaskSpec {
  readonly key: TaskKey;
  readonly owner: RoleKey;
  readonly phase?: PhaseKey;
  readonly milestone?: boolean;
  readonly depends?: readonly string[];
  readonly duration?: string;
  /** R and A as roles; C and I as departments (by the role that heads them). */
  readonly raci?: { readonly R: readonly RoleKey[]; readonly A: RoleKey; readonly C?: readonly RoleKey[]; readonly I?: readonly RoleKey[] };
  readonly assignees?: readonly (readonly [RoleKey, number])[];
  readonly tracked?: boolean;
  readonly subtasks?: readonly TaskSpec[];
}

/** A phase's summary task, run by the manager. */
function summary(phase: PhaseKey, subtasks: readonly TaskSpec[]): TaskSpec {
  return { key: phase, owner: 'manager', phase, subtasks };
}

/**
 * The seeds' timetable (seed 002): initiation in week 1, planning in week 2, execution in weeks
 * 3-8 with monitoring alongside, closing in week 9; the kick-off, mid-term review and final
 * acceptance are the milestones. Loads stay within every capacity on every day.
 */
export const WBS: readonly TaskSpec[] = [
  summary('initiation', [
    { key: 'kickoff', owner: 'sponsor', milestone: true, raci: { R: ['sponsor'], A: 'owner', I: ['manager', 'quality', 'finance', 'it'] } },
    {
      key: 'charter',
      owner: 'manager',
      depends: ['kickoff'],
      duration: '1w',
      raci: { R: ['manager'], A: 'owner', C: ['sponsor', 'finance'], I: ['quality', 'it'] },
      assignees: [['manager', 0.5]],
    },
  ]),
  summary('planning', [
    {
      key: 'wbs',
      owner: 'manager',
      depends: ['charter'],
      duration: '1w',
      raci: { R: ['manager'], A: 'owner', C: ['sponsor', 'quality', 'finance', 'it'] },
      assignees: [['manager', 0.5]],
    },
    {
      key: 'budget-review',
      owner: 'finance',
      depends: ['charter'],
      duration: '3d',
      raci: { R: ['finance'], A: 'owner', C: ['manager'] },
      assignees: [['finance', 0.5]],
    },
    { key: 'plan-approved', owner: 'owner', milestone: true, depends: ['wbs', 'budget-review'] },
  ]),
  summary('execution', [
    {
      key: 'work-package-a',
      owner: 'sponsor',
      depends: ['plan-approved'],
      duration: '3w',
      raci: { R: ['sponsor'], A: 'manager', C: ['quality'] },
      assignees: [['sponsor', 1]],
      tracked: true,
    },
    {
      key: 'mid-review',
      owner: 'manager',
      milestone: true,
      depends: ['work-package-a'],
      raci: { R: ['manager'], A: 'owner', C: ['quality'], I: ['sponsor', 'finance', 'it'] },
    },
    {
      key: 'work-package-b',
      owner: 'it',
      depends: ['mid-review'],
      duration: '3w',
      raci: { R: ['it'], A: 'manager', C: ['sponsor'] },
      assignees: [['it', 0.5]],
      tracked: true,
    },
  ]),
  summary('monitoring', [
    {
      key: 'tracking',
      owner: 'manager',
      depends: ['{task: work-package-a, type: SS}'],
      duration: '6w',
      assignees: [
        ['manager', 0.2],
        ['finance', 0.1],
      ],
    },
    {
      key: 'quality-review',
      owner: 'quality',
      depends: ['work-package-b'],
      duration: '2d',
      raci: { R: ['quality'], A: 'manager' },
      assignees: [['quality', 0.5]],
    },
  ]),
  summary('closing', [
    { key: 'final-acceptance', owner: 'owner', milestone: true, depends: ['quality-review'], raci: { R: ['manager'], A: 'owner', C: ['quality'] } },
    {
      key: 'retrospective',
      owner: 'manager',
      depends: ['final-acceptance'],
      duration: '3d',
      assignees: [
        ['manager', 0.5],
        ['it', 0.2],
      ],
    },
    { key: 'archive', owner: 'it', depends: ['final-acceptance'], duration: '2d', assignees: [['it', 0.3]] },
  ]),
];

export interface RiskSpec {
  readonly key: RiskKey;
  readonly category: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly response: string;
  readonly owner: RoleKey;
  readonly affects: string;
}

/** One high risk (so the contingency column shows its use), one medium, one low. */
export const RISKS: readonly RiskSpec[] = [
  {
    key: 'handover-delay',
    category: 'schedule',
    likelihood: 3,
    impact: 5,
    response: 'mitigate',
    owner: 'manager',
    affects: '[work-package-a, work-package-b]',
  },
  { key: 'staff-turnover', category: 'personnel', likelihood: 3, impact: 4, response: 'mitigate', owner: 'manager', affects: '[work-package-a]' },
  { key: 'scope-creep', category: 'business', likelihood: 2, impact: 3, response: 'avoid', owner: 'owner', affects: '[work-package-b]' },
];
