import { defineMessages } from '../l10n/localize';
import type { EntityKind, Ref, RefAccept } from '../model/planModel';
import { APPROVER_ROLES, ESCALATION_ROLES } from '../symbols/roles';
import type { SymbolTable } from '../symbols/symbolTable';
import { Suggester } from '../utils/didYouMean';
import type { SuggestionCandidate } from '../utils/didYouMean';
import type { PlanRule, RuleContext } from './types';

type Wording = Readonly<Record<RefAccept, string>>;

const WHAT_EN: Wording = {
  person: 'person',
  department: 'department',
  phase: 'phase',
  task: 'task',
  risk: 'risk',
  budgetItem: 'budget item',
  role: 'role word',
  all: "'all'",
};
const WHAT_ZH: Wording = {
  person: '人员',
  department: '部门',
  phase: '阶段',
  task: '任务',
  risk: '风险',
  budgetItem: '预算项',
  role: '角色词',
  all: '“all”',
};

const messages = defineMessages(
  {
    unknown: (what: readonly string[], id: string, field: string) => `Unknown ${enList(what)} '${id}' in '${field}'.`,
    words: (words: readonly string[]) => ` Allowed words: ${words.join(', ')}.`,
    didYouMean: (ids: readonly string[]) => ` Did you mean ${enList(ids.map((i) => `'${i}'`))}?`,
  },
  {
    unknown: (what, id, field) => `“${field}”中引用的${zhList(what)}“${id}”不存在。`,
    words: (words) => `可用的关键词：${words.join('、')}。`,
    didYouMean: (ids) => `是否指${zhList(ids.map((i) => `“${i}”`))}？`,
  },
);

const ENTITY_KINDS: Partial<Record<RefAccept, EntityKind>> = {
  person: 'person',
  department: 'department',
  phase: 'phase',
  task: 'task',
  risk: 'risk',
};

/** Candidate comparisons one check may spend on suggestions; past it, later references get none. */
const SUGGESTION_BUDGET = 200_000;

/**
 * `unknown-reference`: an id that resolves to nothing it may name. The message says what was
 * expected and offers the closest known ids of those kinds; role words are the field's own
 * (approvers and escalation steps use different words).
 */
export const unknownReferenceRule: PlanRule = {
  codes: ['unknown-reference'],
  scope: 'entity',
  check(ctx: RuleContext): void {
    const msg = messages[ctx.locale];
    const what = ctx.locale === 'zh-cn' ? WHAT_ZH : WHAT_EN;
    const suggestions = ctx.perAnalysis(SUGGESTIONS, () => new Suggestions(ctx.symbols));
    for (const ref of ctx.plan.references) {
      if (ctx.symbols.resolve(ref)) {
        continue;
      }
      const words = keywords(ref);
      const closest = suggestions.lookup(ref, words);
      let message = msg.unknown(
        ref.accepts.filter((a) => a !== 'all').map((a) => what[a]),
        ref.id,
        ref.field,
      );
      if (words.length > 0) {
        message += msg.words(words);
      }
      if (closest.length > 0) {
        message += msg.didYouMean(closest);
      }
      ctx.report({
        code: 'unknown-reference',
        span: ref.span,
        message,
        data: { id: ref.id, field: ref.field, accepts: [...ref.accepts], suggestions: closest },
      });
    }
  },
};

/** The fixed words a field accepts besides ids. */
function keywords(ref: Ref): string[] {
  const out: string[] = [];
  for (const a of ref.accepts) {
    if (a === 'role') {
      out.push(...rolesFor(ref.field));
    } else if (a === 'all') {
      out.push('all');
    }
  }
  return out;
}

function rolesFor(field: string): readonly string[] {
  return field === 'escalation' ? ESCALATION_ROLES : APPROVER_ROLES;
}

/**
 * The key of one analysis's suggestions, shared by the calls of its check: the rule may be run
 * once per part of the plan (`scope: 'entity'`), and the budget is the whole analysis's.
 */
const SUGGESTIONS: object = Object.freeze({ name: 'unknown-reference suggestions' });

/**
 * "Did you mean" lookups for one analysis: one prepared candidate set per combination of accepted
 * kinds and words, each unknown id looked up once, and a budget so that a plan with thousands of
 * broken references stays quick to check.
 */
class Suggestions {
  private readonly suggesters = new Map<string, Suggester>();
  private readonly results = new Map<string, string[]>();
  private budget = SUGGESTION_BUDGET;

  constructor(private readonly symbols: SymbolTable) {}

  lookup(ref: Ref, words: readonly string[]): string[] {
    // The words tell the fields apart that accept the same kinds but different role words.
    const key = `${ref.accepts.join(',')}|${words.join(',')}`;
    const cached = this.results.get(`${key}|${ref.id}`);
    if (cached) {
      return cached;
    }
    let suggester = this.suggesters.get(key);
    if (!suggester) {
      suggester = new Suggester(this.candidates(ref));
      this.suggesters.set(key, suggester);
    }
    const result = this.budget >= suggester.size ? suggester.suggest(ref.id) : [];
    this.budget -= suggester.size;
    this.results.set(`${key}|${ref.id}`, result);
    return result;
  }

  /** Candidates in the order the reference accepts them, so ties favour the preferred kind. */
  private *candidates(ref: Ref): Iterable<SuggestionCandidate> {
    for (const accept of ref.accepts) {
      const kind = ENTITY_KINDS[accept];
      if (kind) {
        for (const e of this.symbols.all(kind)) {
          yield { id: e.id, name: e.name?.value };
        }
      } else {
        yield* (accept === 'role' ? rolesFor(ref.field) : ['all']).map((id) => ({ id }));
      }
    }
  }
}

/** `a, b or c` */
function enList(items: readonly string[]): string {
  return orList(items, ', ', ' or ');
}

/** `a、b或c` */
function zhList(items: readonly string[]): string {
  return orList(items, '、', '或');
}

function orList(items: readonly string[], comma: string, or: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(comma)}${or}${items[items.length - 1]!}`;
}
