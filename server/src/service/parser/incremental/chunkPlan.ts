import { buildPlan } from '../planBuilder';
import type { BuildLimit, BuildResult } from '../planBuilder';
import type {
  Budget,
  Change,
  Department,
  ImportDecl,
  Meeting,
  Person,
  Phase,
  Plan,
  Project,
  Ref,
  Risk,
  RuleLevelSetting,
  Span,
  Task,
  ValueWithSpan,
} from '../../model/planModel';
import { placeNodes } from './chunkParser';
import type { ParsedChunk } from './chunkParser';
import { ScratchDocument } from './scratchDocument';
import { collectSpans, shiftSpans } from './spanShift';

/**
 * The order in which `buildPlan` reads the top-level keys, which is the order of
 * `plan.references` and of the build limits. Other keys are not read. The differential test
 * (test/service/incrementalParser.test.ts) fails if the builder's order changes.
 */
const READ_ORDER: ReadonlyMap<string, number> = new Map(
  ['xproj', 'project', 'imports', 'departments', 'people', 'phases', 'tasks', 'risks', 'budget', 'meetings', 'changes', 'rules'].map((k, i) => [k, i]),
);

/** A chunk and its part of the model. */
export interface ChunkPart {
  readonly chunk: ParsedChunk;
  readonly part: BuildResult;
}

/** The model, and the chunks' parts in the order their entities appear in the model's lists. */
export interface ChunkedBuildResult extends BuildResult {
  readonly parts: readonly ChunkPart[];
}

/**
 * `buildPlan` of the assembled document, one chunk at a time: each top-level key and each list
 * item is built on its own, and a chunk that the parse reused keeps its part of the model (moved
 * to its new place). The parts are then concatenated in the builder's reading order. Entities of
 * a reused chunk are the very objects of the previous model.
 */
export function buildPlanFromChunks(chunks: readonly ParsedChunk[], rootSpan: Span, uri: string): ChunkedBuildResult {
  const scratch = new ScratchDocument();
  const parts: (ChunkPart & { readonly rank: number })[] = [];
  let header: ParsedChunk | undefined;
  for (const chunk of chunks) {
    if (chunk.kind === 'header') {
      header = chunk;
      continue;
    }
    const rank = READ_ORDER.get(chunk.section);
    if (rank === undefined) {
      continue;
    }
    parts.push({ rank, chunk, part: chunkPlanPart(chunk, header, scratch, uri) });
  }
  // Stable: chunks of one key stay in document order.
  parts.sort((a, b) => a.rank - b.rank);
  return {
    ...merge(
      parts.map((p) => p.part),
      rootSpan,
      uri,
    ),
    parts,
  };
}

/** A chunk's part of the model, kept with the chunk and moved with it. */
export function chunkPlanPart(chunk: ParsedChunk, header: ParsedChunk | undefined, scratch: ScratchDocument, uri: string): BuildResult {
  const memo = chunk.memo.plan;
  if (memo && memo.uri === uri) {
    if (memo.base !== chunk.start) {
      memo.spans ??= collectSpans(memo.part);
      shiftSpans(memo.spans, chunk.start - memo.base);
      memo.base = chunk.start;
    }
    return memo.part;
  }
  placeNodes(chunk);
  const doc = chunk.kind === 'item' ? scratch.holdingItem(header!, chunk) : scratch.holding([chunk.pair!]);
  const part = buildPlan(doc, uri);
  chunk.memo.plan = { uri, base: chunk.start, part };
  return part;
}

function merge(parts: readonly BuildResult[], rootSpan: Plan['rootSpan'], uri: string): BuildResult {
  let formatVersion: ValueWithSpan<number> | undefined;
  let project: Project | undefined;
  let budget: Budget | undefined;
  const imports: ImportDecl[] = [];
  const departments: Department[] = [];
  const people: Person[] = [];
  const phases: Phase[] = [];
  const tasks: Task[] = [];
  const rootTasks: Task[] = [];
  const risks: Risk[] = [];
  const meetings: Meeting[] = [];
  const changes: Change[] = [];
  const ruleLevels: RuleLevelSetting[] = [];
  const references: Ref[] = [];
  const limits: BuildLimit[] = [];
  for (let i = 0; i < parts.length; i++) {
    const { plan, limits: partLimits } = parts[i]!;
    formatVersion ??= plan.formatVersion;
    project ??= plan.project;
    budget ??= plan.budget;
    append(imports, plan.imports);
    append(departments, plan.departments);
    append(people, plan.people);
    append(phases, plan.phases);
    append(tasks, plan.tasks);
    append(rootTasks, plan.rootTasks);
    append(risks, plan.risks);
    append(meetings, plan.meetings);
    append(changes, plan.changes);
    append(ruleLevels, plan.ruleLevels);
    append(references, plan.references);
    append(limits, partLimits);
  }
  const plan: Plan = {
    uri,
    imports,
    departments,
    people,
    phases,
    tasks,
    rootTasks,
    risks,
    meetings,
    changes,
    ruleLevels,
    references,
    rootSpan,
    formatVersion,
    project,
    budget,
  };
  return { plan, limits };
}

/**
 * `push(...from)` overflows the stack on long lists. An index, not `for...of`: this runs for each
 * of a dozen lists of every chunk on every edit, and the iterator's result objects were a tenth of
 * what a 20k-task plan's edit allocated.
 */
function append<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) {
    to.push(from[i]!);
  }
}
