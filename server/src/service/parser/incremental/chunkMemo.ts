import type { Problem } from '../../model/problems';
import type { BuildResult } from '../planBuilder';

/** A span inside a memo; moved in place when its chunk moves. */
export interface MovableSpan {
  offset: number;
  length: number;
}

/** A chunk's own schema problems, for one validator and locale, at one index of its list. */
export interface SchemaMemo {
  readonly owner: object;
  readonly locale: string;
  /** The chunk's start when `problems` was computed. */
  base: number;
  index: number;
  problems: Problem[];
}

/** The plan model of a chunk's entities, built from the chunk alone. */
export interface PlanMemo {
  readonly uri: string;
  /** The chunk's start when `spans` last matched the text. */
  base: number;
  readonly part: BuildResult;
  /** Every span object of `part`, once each; collected when the chunk first moves. */
  spans?: readonly MovableSpan[];
}

/**
 * Whether the chunk's entities gave no problem to the rules that look at each entity on its own
 * (`PlanRule.scope`), in an environment (the plan's uri, the rules, which ids are defined) that
 * `environment` stands for. Only an empty result is reused: problems carry positions and
 * suggestions that other chunks can change, and they are few.
 */
export interface RulesMemo {
  readonly environment: object;
  readonly clean: boolean;
}

/** What the analysis keeps on a parsed chunk. */
export interface ChunkMemo {
  schema?: SchemaMemo;
  plan?: PlanMemo;
  rules?: RulesMemo;
}
