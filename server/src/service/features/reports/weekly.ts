import { formatDay, weekdayOf } from '../../../../../common/dates';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Meeting, Task } from '../../model/planModel';
import { isClosed } from '../../model/taskState';
import { riskStatus } from '../../model/riskScore';
import { isOverdue } from '../../rules/overdue';
import { computePlanDiff } from '../planDiff';
import { earnedValue } from './earnedValue';
import { nextEscalation } from './escalation';
import { ReportFacts, ids, isLeaf } from './reportBasics';
import type { EarnedValue, NamedRef, ReportHeader, ReportOptions, TaskLine } from './reportTypes';

/** How far ahead the milestones of a weekly report reach: four weeks from the status date. */
const MILESTONE_DAYS = 28;
const CHANGE_DECIDED: ReadonlySet<string> = new Set(['approved', 'rejected', 'implemented']);

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** The weekly meeting's material (周例会材料); the contract's fields first, then what the text needs. */
export interface WeeklyReport extends ReportHeader {
  readonly kind: 'weekly';
  readonly period: DateRange;
  readonly next: DateRange;
  readonly done: readonly string[];
  readonly due: readonly string[];
  readonly overdue: readonly string[];
  readonly blocked: readonly string[];
  readonly escalations: readonly { readonly task: string; readonly to: string; readonly step: string; readonly to_name: string | null }[];
  readonly milestones: readonly { readonly id: string; readonly planned: string | null; readonly forecast: string | null; readonly baseline: string | null }[];
  readonly risks_due: readonly string[];
  readonly changes_pending: readonly string[];
  readonly earned_value: EarnedValue;
  readonly critical_path: {
    /** Compared with the baseline's critical path: null without a readable baseline. */
    readonly added: readonly string[] | null;
    readonly removed: readonly string[] | null;
    /** The critical leaf tasks still open. */
    readonly open: readonly string[];
    readonly finish: { readonly planned: string; readonly forecast: string | null; readonly baseline: string | null };
  };
  readonly meeting: WeeklyMeeting | null;
  /** Every task the lists name, by id. */
  readonly tasks: Readonly<Record<string, TaskLine>>;
  readonly risk_details: Readonly<Record<string, { readonly title: string | null; readonly owner: NamedRef | null; readonly next_review: string | null }>>;
  readonly change_details: Readonly<
    Record<string, { readonly summary: string | null; readonly requested_by: NamedRef | null; readonly status: string | null; readonly date: string | null }>
  >;
}

export interface WeeklyMeeting {
  readonly id: string;
  readonly name: string | null;
  readonly agenda: string | null;
  /** The next time it meets, on or after the status date, for weekly meetings with a day. */
  readonly date: string | null;
  readonly time: string | null;
  readonly form: string | null;
  readonly chair: NamedRef | null;
}

/** The weekly report: the seven days up to the status date (not counting it) and the seven from it on. */
export function weeklyReport(analysis: PlanAnalysis, options: ReportOptions): WeeklyReport {
  const r = new ReportFacts(analysis);
  const { plan, schedule } = analysis;
  const s = r.statusDate;
  const period = { from: s - 7, to: s - 1 };
  const next = { from: s, to: s + 6 };
  const within = (day: number, range: { from: number; to: number }): boolean => day >= range.from && day <= range.to;
  const leaves = plan.tasks.filter(isLeaf);
  const end = (t: Task): number | undefined => schedule.tasks.get(t)?.end;
  const done = leaves.filter((t) => isClosed(t) && !isCancelled(t) && within(end(t) ?? NaN, period));
  const due = leaves.filter((t) => !isClosed(t) && within(end(t) ?? NaN, next));
  const overdue = leaves.filter((t) => isOverdue(t, schedule.tasks.get(t), s));
  const blocked = plan.tasks.filter((t) => t.status?.value === 'blocked' && !isClosed(t));
  const stuck = [...new Set([...overdue, ...blocked])];
  const escalations = stuck.flatMap((task) => {
    const step = nextEscalation(r, task);
    return step ? [{ task: task.id, to: step.to, step: step.step, to_name: r.named(step.to)?.name ?? null }] : [];
  });
  const baseline = r.baseline;
  const milestones = leaves
    .filter((t) => t.milestone && !isClosed(t))
    .filter((t) => {
      const planned = end(t);
      const forecast = r.forecastEnd(t);
      const ahead = { from: s, to: s + MILESTONE_DAYS - 1 };
      return (planned !== undefined && within(planned, ahead)) || (forecast !== undefined && within(forecast, ahead));
    })
    .map((t) => {
      const planned = end(t);
      const forecast = r.forecastEnd(t);
      const base = baseline?.tasks.get(t.id)?.end;
      return { id: t.id, planned: day(planned), forecast: day(forecast), baseline: day(base) };
    });
  const risks = plan.risks.filter((k) => riskStatus(k) === 'open' && k.nextReview !== undefined && k.nextReview.day <= next.to);
  const pending = plan.changes.filter((c) => !isDecided(c.status?.value, c.approvedBy !== undefined));
  const diff = computePlanDiff(analysis);
  const listed = [...done, ...due, ...overdue, ...blocked, ...milestones.map((m) => analysis.symbols.task(m.id)!)];
  return {
    kind: 'weekly',
    period: { from: formatDay(period.from), to: formatDay(period.to) },
    next: { from: formatDay(next.from), to: formatDay(next.to) },
    done: ids(done),
    due: ids(due),
    overdue: ids(overdue),
    blocked: ids(blocked),
    escalations,
    milestones,
    risks_due: risks.map((k) => k.id),
    changes_pending: pending.map((c) => c.id),
    earned_value: earnedValue(r),
    critical_path: {
      added: diff ? [...diff.critical_path.added] : null,
      removed: diff ? [...diff.critical_path.removed] : null,
      open: leaves.filter((t) => schedule.tasks.get(t)?.critical && !isClosed(t)).map((t) => t.id),
      finish: { planned: formatDay(schedule.finish), forecast: day(schedule.forecast?.finish), baseline: day(baseline?.finish) },
    },
    meeting: weeklyMeeting(r, plan.meetings),
    tasks: Object.fromEntries(listed.map((t) => [t.id, r.line(t)])),
    risk_details: Object.fromEntries(
      risks.map((k) => [k.id, { title: k.title?.value ?? null, owner: r.ref(k.owner), next_review: k.nextReview?.iso ?? null }]),
    ),
    change_details: Object.fromEntries(
      pending.map((c) => [
        c.id,
        { summary: c.name?.value ?? null, requested_by: r.ref(c.requestedBy), status: c.status?.value ?? null, date: c.date?.iso ?? null },
      ]),
    ),
    ...r.header(options),
  };
}

/** A change is decided once approved, rejected or implemented; without a status, an approver decides it. */
function isDecided(status: string | undefined, approved: boolean): boolean {
  return status !== undefined ? CHANGE_DECIDED.has(status) : approved;
}

function isCancelled(task: Task): boolean {
  return task.status?.value === 'cancelled';
}

function day(d: number | undefined): string | null {
  return d === undefined ? null : formatDay(d);
}

/** The plan's weekly meeting: the first with `cadence: weekly`, else one with the id `weekly`. */
function weeklyMeeting(r: ReportFacts, meetings: readonly Meeting[]): WeeklyMeeting | null {
  const m = meetings.find((x) => x.cadence?.value === 'weekly') ?? meetings.find((x) => x.id === 'weekly');
  if (!m) {
    return null;
  }
  const weekday = m.day?.value;
  const date = weekday !== undefined ? r.statusDate + ((weekday - weekdayOf(r.statusDate) + 7) % 7) : undefined;
  return {
    id: m.id,
    name: m.name?.value ?? null,
    agenda: m.description?.value ?? null,
    date: day(date),
    time: m.time?.value ?? null,
    form: m.form?.value ?? null,
    chair: r.ref(m.chair),
  };
}
