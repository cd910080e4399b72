import type { Document, Pair, YAMLMap } from 'yaml';
import { parseIsoDate } from '../../../../common/dates';
import { ownString } from '../utils/ownString';
import type {
  ApprovalLevel,
  Assignment,
  Budget,
  BudgetItem,
  CalendarSpec,
  Change,
  DateValue,
  Department,
  Dependency,
  Deliverable,
  DurationValue,
  Goal,
  HolidayRange,
  ImportDecl,
  Meeting,
  Person,
  Phase,
  Plan,
  Project,
  Raci,
  Ref,
  RefAccept,
  Risk,
  RuleLevelSetting,
  Span,
  Task,
  TaskStatus,
  ValueWithSpan,
  Weekday,
} from '../model/planModel';
import { YamlNodes, spanOf } from './yamlNodes';
import { TASK_STATUSES } from '../../../../common/taskStatus';
import { isDependencyType } from '../../../../common/dependencyType';
import { isRuleLevel } from '../../../../common/ruleLevel';
import { DEFAULT_WORKDAYS, weekdayNumber } from '../../../../common/weekdays';

/** Subtasks nested deeper than this are not read (and reported), so hostile input cannot exhaust the stack. */
export const MAX_TASK_DEPTH = 64;

const DURATION = /^(-?\d+)\s*([dw])$/;
const TASK_STATUS_SET: ReadonlySet<string> = new Set(TASK_STATUSES);
const RISK_STATUSES: ReadonlySet<string> = new Set(['open', 'closed', 'occurred']);
/** What each reference field accepts; shared, so the symbol table can cache resolutions by them. */
const ACCEPT_ALL_OR_PERSON_OR_DEPARTMENT: readonly RefAccept[] = ['all', 'person', 'department'];
const ACCEPT_DEPARTMENT: readonly RefAccept[] = ['department'];
const ACCEPT_PERSON_OR_DEPARTMENT: readonly RefAccept[] = ['person', 'department'];
const ACCEPT_PERSON_OR_ROLE: readonly RefAccept[] = ['person', 'role'];
const ACCEPT_PERSON: readonly RefAccept[] = ['person'];
const ACCEPT_PHASE: readonly RefAccept[] = ['phase'];
const ACCEPT_ROLE_OR_PERSON_OR_DEPARTMENT: readonly RefAccept[] = ['role', 'person', 'department'];
const ACCEPT_TASK: readonly RefAccept[] = ['task'];
const ACCEPT_TASK_OR_BUDGET_ITEM: readonly RefAccept[] = ['task', 'budgetItem'];

/** Something the builder refused to read or found contradictory, reported by validation as a schema problem. */
export type BuildLimit =
  | { readonly kind: 'nesting'; readonly span: Span }
  | { readonly kind: 'aliases'; readonly span: Span }
  /** A date that the plan's own calendar lists both as a holiday and as an extra workday. */
  | { readonly kind: 'holidayAndWorkday'; readonly span: Span; readonly day: number };

export interface BuildResult {
  readonly plan: Plan;
  readonly limits: readonly BuildLimit[];
}

type Fields = Map<string, Pair<unknown, unknown>>;

/** One empty list for every empty field: the model of a 20k-task plan has over 100,000 of them. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * The array at its length. `push` leaves room for about 16 more elements; the model of a 20k-task
 * plan has some 190,000 short lists (RACI letters, dependencies, deliverables...), and their empty
 * slots were 22 MB of its memory.
 */
function fitted<T>(items: T[]): readonly T[] {
  return items.length === 0 ? NONE : items.slice();
}

/** Builds the typed plan model from a parsed YAML document. Tolerant: wrong types are skipped. */
export function buildPlan(doc: Document.Parsed | undefined, uri: string): BuildResult {
  return new PlanBuilder(doc, uri).build();
}

class PlanBuilder {
  private readonly nodes: YamlNodes | undefined;
  private readonly refs: Ref[] = [];
  private readonly limits: BuildLimit[] = [];
  private readonly tasks: Task[] = [];

  constructor(
    private readonly doc: Document.Parsed | undefined,
    private readonly uri: string,
  ) {
    this.nodes = doc ? new YamlNodes(doc) : undefined;
  }

  build(): BuildResult {
    const n = this.nodes;
    const root = n?.map(this.doc?.contents);
    const empty: Plan = {
      uri: this.uri,
      imports: [],
      departments: [],
      people: [],
      phases: [],
      tasks: [],
      rootTasks: [],
      risks: [],
      meetings: [],
      changes: [],
      ruleLevels: [],
      references: [],
    };
    if (!n || !root) {
      return { plan: empty, limits: [] };
    }
    const f = n.fields(root);
    const projectPair = f.get('project');
    const budgetPair = f.get('budget');
    const plan: Plan = {
      ...empty,
      rootSpan: spanOf(root),
      formatVersion: this.number(f.get('xproj')?.value),
      project: projectPair ? this.project(projectPair) : undefined,
      imports: this.imports(f.get('imports')?.value),
      departments: this.list(f, 'departments', (m, ff) => this.department(m, ff)),
      people: this.list(f, 'people', (m, ff) => this.person(m, ff)),
      phases: this.list(f, 'phases', (m, ff) => this.phase(m, ff)),
      rootTasks: this.taskList(f.get('tasks')?.value, undefined, 0),
      risks: this.list(f, 'risks', (m, ff) => this.risk(m, ff)),
      budget: budgetPair ? this.budget(budgetPair) : undefined,
      meetings: this.list(f, 'meetings', (m, ff) => this.meeting(m, ff)),
      changes: this.list(f, 'changes', (m, ff) => this.change(m, ff)),
      ruleLevels: this.ruleLevels(f.get('rules')?.value),
      tasks: fitted(this.tasks),
      references: fitted(this.refs),
    };
    if (n.exhausted) {
      this.limits.push({ kind: 'aliases', span: spanOf(root) });
    }
    return { plan, limits: this.limits };
  }

  // --- scalars -------------------------------------------------------------------------------

  /** The model outlives the nodes (see `ownString`), so it keeps its own copy of each string. */
  private string(node: unknown): ValueWithSpan<string> | undefined {
    const s = this.nodes?.scalar(node);
    return s && typeof s.value === 'string' ? { value: ownString(s.value), span: spanOf(s) } : undefined;
  }

  private number(node: unknown): ValueWithSpan<number> | undefined {
    const s = this.nodes?.scalar(node);
    return s && typeof s.value === 'number' && Number.isFinite(s.value) ? { value: s.value, span: spanOf(s) } : undefined;
  }

  private boolean(node: unknown): boolean | undefined {
    const s = this.nodes?.scalar(node);
    return s && typeof s.value === 'boolean' ? s.value : undefined;
  }

  private enumValue<T extends string>(node: unknown, allowed: ReadonlySet<string>): ValueWithSpan<T> | undefined {
    const s = this.string(node);
    return s && allowed.has(s.value) ? (s as ValueWithSpan<T>) : undefined;
  }

  private date(node: unknown): DateValue | undefined {
    const s = this.string(node);
    if (!s) {
      return undefined;
    }
    const day = parseIsoDate(s.value);
    return day === undefined ? undefined : { iso: s.value, day, span: s.span };
  }

  private duration(node: unknown): DurationValue | undefined {
    const s = this.nodes?.scalar(node);
    if (!s) {
      return undefined;
    }
    if (typeof s.value === 'number' && Number.isInteger(s.value)) {
      return { amount: s.value, unit: 'd', span: spanOf(s) };
    }
    const m = typeof s.value === 'string' ? DURATION.exec(s.value.trim()) : null;
    return m ? { amount: Number(m[1]), unit: m[2] as 'd' | 'w', span: spanOf(s) } : undefined;
  }

  /** Records and returns a reference when the node is a string id. */
  private ref(node: unknown, field: string, accepts: readonly RefAccept[]): Ref | undefined {
    const s = this.string(node);
    if (!s || s.value.length === 0) {
      return undefined;
    }
    const ref: Ref = { id: s.value, span: s.span, accepts, field };
    this.refs.push(ref);
    return ref;
  }

  private refList(node: unknown, field: string, accepts: readonly RefAccept[]): readonly Ref[] {
    const out: Ref[] = [];
    for (const item of this.nodes?.listOrSingle(node) ?? []) {
      const r = this.ref(item, field, accepts);
      if (r) {
        out.push(r);
      }
    }
    return fitted(out);
  }

  // --- entities ------------------------------------------------------------------------------

  /** Reads a top-level list of mappings that each have an `id`. */
  private list<T>(f: Fields, key: string, make: (m: YAMLMap<unknown, unknown>, ff: Fields) => T | undefined): readonly T[] {
    const out: T[] = [];
    for (const item of this.nodes?.seq(f.get(key)?.value)?.items ?? []) {
      const m = this.nodes?.map(item);
      const made = m ? make(m, this.nodes!.fields(m)) : undefined;
      if (made !== undefined) {
        out.push(made);
      }
    }
    return fitted(out);
  }

  /**
   * The fields every entity shares; undefined when the id is missing or not a string. Callers copy
   * them out one by one: an object spread here made building a 5k-task plan twice as slow.
   */
  private base(
    m: YAMLMap<unknown, unknown>,
    f: Fields,
    nameKey = 'name',
  ): { id: string; idSpan: Span; span: Span; uri: string; name?: ValueWithSpan<string> } | undefined {
    const id = this.string(f.get('id')?.value);
    if (!id) {
      return undefined;
    }
    return { id: id.value, idSpan: id.span, span: spanOf(m), uri: this.uri, name: this.string(f.get(nameKey)?.value) };
  }

  private person(m: YAMLMap<unknown, unknown>, f: Fields): Person | undefined {
    const b = this.base(m, f);
    const capacity = this.number(f.get('capacity')?.value)?.value;
    return (
      b && {
        id: b.id,
        idSpan: b.idSpan,
        span: b.span,
        uri: b.uri,
        name: b.name,
        kind: 'person',
        department: this.ref(f.get('department')?.value, 'department', ACCEPT_DEPARTMENT),
        capacity: capacity !== undefined && capacity >= 0 ? capacity : 1,
        role: this.string(f.get('role')?.value),
        email: this.string(f.get('email')?.value),
      }
    );
  }

  private department(m: YAMLMap<unknown, unknown>, f: Fields): Department | undefined {
    const b = this.base(m, f);
    return (
      b && {
        id: b.id,
        idSpan: b.idSpan,
        span: b.span,
        uri: b.uri,
        name: b.name,
        kind: 'department',
        head: this.ref(f.get('head')?.value, 'head', ACCEPT_PERSON),
        liaison: this.ref(f.get('liaison')?.value, 'liaison', ACCEPT_PERSON),
      }
    );
  }

  private phase(m: YAMLMap<unknown, unknown>, f: Fields): Phase | undefined {
    const b = this.base(m, f);
    return (
      b && {
        id: b.id,
        idSpan: b.idSpan,
        span: b.span,
        uri: b.uri,
        name: b.name,
        kind: 'phase',
        start: this.date(f.get('start')?.value),
        end: this.date(f.get('end')?.value),
      }
    );
  }

  private taskList(node: unknown, parent: Task | undefined, depth: number): Task[] {
    const seq = this.nodes?.seq(node);
    if (!seq) {
      return [];
    }
    if (depth >= MAX_TASK_DEPTH) {
      this.limits.push({ kind: 'nesting', span: spanOf(seq) });
      return [];
    }
    const out: Task[] = [];
    for (const item of seq.items) {
      const m = this.nodes?.map(item);
      const t = m ? this.task(m, parent, depth) : undefined;
      if (t) {
        out.push(t);
      }
    }
    return out;
  }

  private task(m: YAMLMap<unknown, unknown>, parent: Task | undefined, depth: number): Task | undefined {
    const f = this.nodes!.fields(m);
    const b = this.base(m, f);
    if (!b) {
      // A task without an id still holds subtasks worth reading, but it cannot be referenced.
      this.taskList(f.get('subtasks')?.value, parent, depth + 1).forEach((t) => parent?.children.push(t));
      return undefined;
    }
    const children: Task[] = [];
    const raciPair = f.get('raci');
    const dependsPair = f.get('depends_on');
    const task: Task = {
      id: b.id,
      idSpan: b.idSpan,
      span: b.span,
      uri: b.uri,
      name: b.name,
      kind: 'task',
      parent,
      children,
      depth,
      phase: this.ref(f.get('phase')?.value, 'phase', ACCEPT_PHASE),
      owner: this.ref(f.get('owner')?.value, 'owner', ACCEPT_PERSON),
      department: this.ref(f.get('department')?.value, 'department', ACCEPT_DEPARTMENT),
      start: this.date(f.get('start')?.value),
      end: this.date(f.get('end')?.value),
      duration: this.duration(f.get('duration')?.value),
      milestone: this.boolean(f.get('milestone')?.value) ?? false,
      dependsOn: this.dependencies(dependsPair?.value),
      dependsOnKeySpan: dependsPair ? spanOf(dependsPair.key) : undefined,
      status: this.enumValue<TaskStatus>(f.get('status')?.value, TASK_STATUS_SET),
      progress: this.number(f.get('progress')?.value),
      actualStart: this.date(f.get('actual_start')?.value),
      actualEnd: this.date(f.get('actual_end')?.value),
      raci: raciPair ? this.raci(raciPair) : undefined,
      assignees: this.assignees(f.get('assignees')?.value),
      deliverables: this.deliverables(f.get('deliverables')?.value),
    };
    this.tasks.push(task);
    children.push(...this.taskList(f.get('subtasks')?.value, task, depth + 1));
    return task;
  }

  private dependencies(node: unknown): readonly Dependency[] {
    const out: Dependency[] = [];
    for (const item of this.nodes?.listOrSingle(node) ?? []) {
      const m = this.nodes?.map(item);
      if (m) {
        const f = this.nodes!.fields(m);
        const task = this.ref(f.get('task')?.value, 'depends_on', ACCEPT_TASK);
        const type = this.string(f.get('type')?.value)?.value;
        if (task) {
          out.push({
            task,
            type: isDependencyType(type) ? type : 'FS',
            lag: this.duration(f.get('lag')?.value),
            span: spanOf(m),
          });
        }
      } else {
        const task = this.ref(item, 'depends_on', ACCEPT_TASK);
        if (task) {
          out.push({ task, type: 'FS', span: task.span });
        }
      }
    }
    return fitted(out);
  }

  private raci(pair: Pair<unknown, unknown>): Raci | undefined {
    const m = this.nodes?.map(pair.value);
    if (!m) {
      return undefined;
    }
    const f = this.nodes!.fields(m);
    const letter = (l: string): readonly Ref[] => this.refList(f.get(l)?.value, `raci.${l}`, ACCEPT_PERSON_OR_DEPARTMENT);
    return { span: spanOf(m), keySpan: spanOf(pair.key), R: letter('R'), A: letter('A'), C: letter('C'), I: letter('I') };
  }

  private assignees(node: unknown): readonly Assignment[] {
    const out: Assignment[] = [];
    for (const item of this.nodes?.listOrSingle(node) ?? []) {
      const m = this.nodes?.map(item);
      if (m) {
        const f = this.nodes!.fields(m);
        const person = this.ref(f.get('person')?.value, 'assignees', ACCEPT_PERSON);
        const load = this.number(f.get('load')?.value)?.value;
        if (person) {
          out.push({ person, load: load !== undefined && load >= 0 ? load : 1, span: spanOf(m) });
        }
      } else {
        const person = this.ref(item, 'assignees', ACCEPT_PERSON);
        if (person) {
          out.push({ person, load: 1, span: person.span });
        }
      }
    }
    return fitted(out);
  }

  private deliverables(node: unknown): readonly Deliverable[] {
    const out: Deliverable[] = [];
    for (const item of this.nodes?.listOrSingle(node) ?? []) {
      const plain = this.string(item);
      if (plain) {
        out.push(plain);
        continue;
      }
      const m = this.nodes?.map(item);
      const name = this.string(m?.get('name', true));
      const acceptance = this.string(m?.get('acceptance', true));
      if (name) {
        out.push(acceptance ? { ...name, acceptance } : name);
      }
    }
    return fitted(out);
  }

  private goals(node: unknown): readonly Goal[] {
    const out: Goal[] = [];
    for (const item of this.nodes?.listOrSingle(node) ?? []) {
      const plain = this.string(item);
      if (plain) {
        out.push({ text: plain });
        continue;
      }
      const m = this.nodes?.map(item);
      const text = this.string(m?.get('text', true));
      if (text) {
        const measure = this.string(m?.get('measure', true));
        const deadline = this.date(m?.get('deadline', true));
        out.push({ text, ...(measure ? { measure } : {}), ...(deadline ? { deadline } : {}) });
      }
    }
    return fitted(out);
  }

  private strings(node: unknown): readonly ValueWithSpan<string>[] {
    const out: ValueWithSpan<string>[] = [];
    for (const item of this.nodes?.listOrSingle(node) ?? []) {
      const s = this.string(item);
      if (s) {
        out.push(s);
      }
    }
    return fitted(out);
  }

  private risk(m: YAMLMap<unknown, unknown>, f: Fields): Risk | undefined {
    const b = this.base(m, f, 'title');
    return (
      b && {
        id: b.id,
        idSpan: b.idSpan,
        span: b.span,
        uri: b.uri,
        name: b.name,
        kind: 'risk',
        title: b.name,
        category: this.string(f.get('category')?.value),
        likelihood: this.number(f.get('likelihood')?.value),
        impact: this.number(f.get('impact')?.value),
        response: this.string(f.get('response')?.value),
        owner: this.ref(f.get('owner')?.value, 'owner', ACCEPT_PERSON),
        contingency: this.string(f.get('contingency')?.value),
        affects: this.refList(f.get('affects')?.value, 'affects', ACCEPT_TASK),
        status: this.enumValue<'open' | 'closed' | 'occurred'>(f.get('status')?.value, RISK_STATUSES),
        nextReview: this.date(f.get('next_review')?.value),
      }
    );
  }

  private budget(pair: Pair<unknown, unknown>): Budget | undefined {
    const m = this.nodes?.map(pair.value);
    if (!m) {
      return undefined;
    }
    const f = this.nodes!.fields(m);
    const approvals: ApprovalLevel[] = [];
    for (const item of this.nodes?.seq(f.get('approvals')?.value)?.items ?? []) {
      const am = this.nodes?.map(item);
      if (am) {
        const af = this.nodes!.fields(am);
        approvals.push({
          upTo: this.number(af.get('up_to')?.value),
          approver: this.ref(af.get('approver')?.value, 'approver', ACCEPT_ROLE_OR_PERSON_OR_DEPARTMENT),
          span: spanOf(am),
        });
      }
    }
    const items = this.list<BudgetItem>(f, 'items', (im, imf) => {
      const b = this.base(im, imf);
      return (
        b && {
          id: b.id,
          idSpan: b.idSpan,
          span: b.span,
          uri: b.uri,
          name: b.name,
          kind: 'budgetItem',
          amount: this.number(imf.get('amount')?.value),
          spent: this.number(imf.get('spent')?.value),
          task: this.ref(imf.get('task')?.value, 'task', ACCEPT_TASK),
          approvedBy: this.ref(imf.get('approved_by')?.value, 'approved_by', ACCEPT_ROLE_OR_PERSON_OR_DEPARTMENT),
        }
      );
    });
    return {
      span: spanOf(m),
      keySpan: spanOf(pair.key),
      currency: this.string(f.get('currency')?.value),
      total: this.number(f.get('total')?.value),
      approvals,
      items,
    };
  }

  private meeting(m: YAMLMap<unknown, unknown>, f: Fields): Meeting | undefined {
    const b = this.base(m, f);
    return (
      b && {
        id: b.id,
        idSpan: b.idSpan,
        span: b.span,
        uri: b.uri,
        name: b.name,
        kind: 'meeting',
        cadence: this.string(f.get('cadence')?.value),
        day: this.weekday(f.get('day')?.value),
        time: this.string(f.get('time')?.value),
        description: this.string(f.get('description')?.value),
        form: this.string(f.get('form')?.value),
        chair: this.ref(f.get('chair')?.value, 'chair', ACCEPT_PERSON),
        participants: this.refList(f.get('participants')?.value, 'participants', ACCEPT_ALL_OR_PERSON_OR_DEPARTMENT),
      }
    );
  }

  private weekday(node: unknown): ValueWithSpan<Weekday> | undefined {
    const s = this.string(node);
    const w = s ? weekdayNumber(s.value) : undefined;
    return s && w !== undefined ? { value: w, span: s.span } : undefined;
  }

  private change(m: YAMLMap<unknown, unknown>, f: Fields): Change | undefined {
    const b = this.base(m, f, 'summary');
    return (
      b && {
        id: b.id,
        idSpan: b.idSpan,
        span: b.span,
        uri: b.uri,
        name: b.name,
        kind: 'change',
        date: this.date(f.get('date')?.value),
        requestedBy: this.ref(f.get('requested_by')?.value, 'requested_by', ACCEPT_PERSON_OR_DEPARTMENT),
        approvedBy: this.ref(f.get('approved_by')?.value, 'approved_by', ACCEPT_PERSON_OR_ROLE),
        status: this.string(f.get('status')?.value),
        affects: this.refList(f.get('affects')?.value, 'affects', ACCEPT_TASK_OR_BUDGET_ITEM),
      }
    );
  }

  private project(pair: Pair<unknown, unknown>): Project | undefined {
    const m = this.nodes?.map(pair.value);
    if (!m) {
      return undefined;
    }
    const f = this.nodes!.fields(m);
    return {
      id: this.string(f.get('id')?.value),
      name: this.string(f.get('name')?.value),
      span: spanOf(m),
      keySpan: spanOf(pair.key),
      owner: this.ref(f.get('owner')?.value, 'owner', ACCEPT_PERSON),
      manager: this.ref(f.get('manager')?.value, 'manager', ACCEPT_PERSON),
      sponsor: this.ref(f.get('sponsor')?.value, 'sponsor', ACCEPT_PERSON_OR_DEPARTMENT),
      start: this.date(f.get('start')?.value),
      end: this.date(f.get('end')?.value),
      statusDate: this.date(f.get('status_date')?.value),
      baseline: this.string(f.get('baseline')?.value),
      calendar: this.calendar(f.get('calendar')?.value),
      escalation: this.refList(f.get('escalation')?.value, 'escalation', ACCEPT_ROLE_OR_PERSON_OR_DEPARTMENT),
      goals: this.goals(f.get('goals')?.value),
      successCriteria: this.strings(f.get('success_criteria')?.value),
    };
  }

  private calendar(node: unknown): CalendarSpec {
    const m = this.nodes?.map(node);
    const f = m ? this.nodes!.fields(m) : new Map<string, Pair<unknown, unknown>>();
    const workdaysNode = f.get('workdays')?.value;
    let workdays: Weekday[] = [...DEFAULT_WORKDAYS];
    if (workdaysNode !== undefined && this.nodes?.seq(workdaysNode)) {
      const days = new Set<Weekday>();
      for (const item of this.nodes.seq(workdaysNode)!.items) {
        const w = weekdayNumber(this.string(item)?.value ?? '');
        if (w !== undefined) {
          days.add(w);
        }
      }
      workdays = [...days].sort();
    }
    const holidays = this.dayRanges(f.get('holidays')?.value);
    const extraWorkdays = this.dayRanges(f.get('extra_workdays')?.value);
    this.reportHolidaysWorked(holidays, extraWorkdays);
    const preset = this.string(f.get('preset')?.value);
    return { workdays, holidays, extraWorkdays: extraWorkdays.length > 0 ? extraWorkdays : NONE, ...(preset ? { preset } : {}) };
  }

  /** A calendar list: dates, or `{from, to, name}` ranges. */
  private dayRanges(node: unknown): HolidayRange[] {
    const out: HolidayRange[] = [];
    for (const item of this.nodes?.listOrSingle(node) ?? []) {
      const hm = this.nodes?.map(item);
      if (hm) {
        const hf = this.nodes!.fields(hm);
        const from = this.date(hf.get('from')?.value);
        const to = this.date(hf.get('to')?.value) ?? from;
        const name = this.string(hf.get('name')?.value)?.value;
        if (from && to) {
          out.push({ from: from.day, to: to.day, span: spanOf(hm), ...(name !== undefined ? { name } : {}) });
        }
      } else {
        const d = this.date(item);
        if (d) {
          out.push({ from: d.day, to: d.day, span: d.span });
        }
      }
    }
    return out;
  }

  /** A date both off and worked by the plan's own lists contradicts itself: reported on the workday entry. */
  private reportHolidaysWorked(holidays: readonly HolidayRange[], extraWorkdays: readonly HolidayRange[]): void {
    for (const w of extraWorkdays) {
      const clash = holidays.find((h) => h.from <= w.to && w.from <= h.to);
      if (clash) {
        this.limits.push({ kind: 'holidayAndWorkday', span: w.span, day: Math.max(w.from, clash.from) });
      }
    }
  }

  private imports(node: unknown): ImportDecl[] {
    const out: ImportDecl[] = [];
    for (const item of this.nodes?.listOrSingle(node) ?? []) {
      const s = this.string(item);
      if (s) {
        out.push({ path: s.value, span: s.span });
      }
    }
    return out;
  }

  private ruleLevels(node: unknown): RuleLevelSetting[] {
    const m = this.nodes?.map(node);
    const out: RuleLevelSetting[] = [];
    for (const [code, pair] of m ? this.nodes!.fields(m) : []) {
      const level = this.string(pair.value)?.value;
      if (isRuleLevel(level)) {
        out.push({ code, level, span: spanOf(pair.value) });
      }
    }
    return out;
  }
}
