import type { DependencyType, DurationValue, Ref, Task } from '../../model/planModel';
import type { ScheduledTask } from '../../scheduler/scheduleTypes';
import { formatDay } from '../../../../../common/dates';
import { isClosed } from '../../model/taskState';
import { cardTitle, field, refLabel } from './context';
import type { CardContext } from './context';
import { code, dateWithWeekday, escapeMarkdown, fieldLines, idThenName, inlineList, paragraphs } from './markdown';
import { valueLabel } from './valueMeanings';

function lagText(lag: DurationValue | undefined): string {
  if (!lag || lag.amount === 0) {
    return '';
  }
  return ` ${lag.amount > 0 ? '+' : ''}${lag.amount}${lag.unit}`;
}

function link(id: string, type: DependencyType, lag?: DurationValue): string {
  return `${code(id)} (${type}${lagText(lag)})`;
}

/** The owner written on the task, else the nearest ancestor's, with the ancestor it came from. */
function effectiveOwner(task: Task): { owner: Ref; from?: Task } | undefined {
  for (let t: Task | undefined = task; t; t = t.parent) {
    if (t.owner) {
      return { owner: t.owner, from: t === task ? undefined : t };
    }
  }
  return undefined;
}

function ownerLine(ctx: CardContext, task: Task): string | undefined {
  const found = effectiveOwner(task);
  if (!found) {
    return undefined;
  }
  const label = refLabel(ctx, found.owner)!;
  return ctx.m.field(ctx.m.owner(), found.from ? `${label}${ctx.m.inheritedFrom(code(found.from.id))}` : label);
}

function scheduleLines(ctx: CardContext, task: Task, s: ScheduledTask | undefined): (string | undefined)[] {
  const { m, locale } = ctx;
  if (!s) {
    return [statusLine(ctx, task)];
  }
  const when =
    s.start === s.end && s.duration === 0
      ? m.milestoneOn(dateWithWeekday(s.start, locale))
      : m.schedule(dateWithWeekday(s.start, locale), dateWithWeekday(s.end, locale), m.workingDays(s.duration));
  const slack = `${m.slack(m.workingDays(s.slack))} · ${s.critical ? m.critical() : m.notCritical()}`;
  // As the `overdue` rule: leaves only, since a late summary's late children are what to act on.
  const statusDate = ctx.analysis.statusDate;
  const late = !s.summary && task.children.length === 0 && !isClosed(task) && s.end < statusDate;
  const overdue = late ? m.overdue(formatDay(s.end), statusDate - s.end, formatDay(statusDate)) : undefined;
  return [when, ...trackingLines(ctx, task, s), slack, statusLine(ctx, task), overdue];
}

/** Where the task will land (when not as planned) and where the baseline had it, in working days. */
function trackingLines(ctx: CardContext, task: Task, s: ScheduledTask): string[] {
  const { m, locale, analysis } = ctx;
  const { calendar, forecast } = analysis.schedule;
  const out: string[] = [];
  const f = forecast?.tasks.get(task);
  if (f && (f.start !== s.start || f.end !== s.end)) {
    out.push(m.forecastLine(dateWithWeekday(f.start, locale), dateWithWeekday(f.end, locale), m.signedDays(calendar.workdayDelta(s.end, f.end))));
  }
  const baseline = analysis.baseline && 'plan' in analysis.baseline ? analysis.baseline.plan : undefined;
  const before = baseline?.tasks.get(task.id);
  if (baseline && before) {
    const delta = calendar.workdayDelta(before.end, f?.end ?? s.end);
    out.push(m.baselineLine(dateWithWeekday(before.start, locale), dateWithWeekday(before.end, locale), code(baseline.label), m.signedDays(delta)));
  }
  return out;
}

function statusLine(ctx: CardContext, task: Task): string {
  const { m, locale } = ctx;
  const status = valueLabel('taskStatus', task.status?.value ?? 'not-started', locale);
  const progress = task.progress ? ` · ${m.progress(String(task.progress.value))}` : '';
  return m.field(m.status(), `${status}${progress}`);
}

function raciLine(ctx: CardContext, task: Task): string | undefined {
  const raci = task.raci;
  if (!raci) {
    return undefined;
  }
  const parts = (['R', 'A', 'C', 'I'] as const).filter((l) => raci[l].length > 0).map((l) => `${l} ${raci[l].map((r) => code(r.id)).join(', ')}`);
  return field(ctx, ctx.m.raci(), parts.join(' · '));
}

export function taskCard(ctx: CardContext, task: Task): string {
  const { m, index, locale } = ctx;
  const more = (n: number): string => m.more(n);
  const scheduled = ctx.analysis.schedule.tasks.get(task);
  const markers = [task.milestone ? m.milestone() : undefined, task.children.length > 0 ? m.summary(task.children.length) : undefined];
  const list = <T>(items: readonly T[], render: (item: T) => string): string | undefined => inlineList(items, render, locale, more);
  return paragraphs([
    cardTitle(m.task(), task.id, task.name?.value),
    markers.filter(Boolean).join(' · '),
    fieldLines([
      ownerLine(ctx, task),
      field(ctx, m.departmentLabel(), refLabel(ctx, task.department)),
      field(ctx, m.phaseLabel(), refLabel(ctx, task.phase)),
      field(ctx, m.partOf(), task.parent ? idThenName(task.parent.id, task.parent.name?.value) : undefined),
    ]),
    fieldLines(scheduleLines(ctx, task, scheduled)),
    fieldLines([
      field(
        ctx,
        m.dependsOn(),
        list(task.dependsOn, (d) => link(d.task.id, d.type, d.lag)),
      ),
      field(
        ctx,
        m.followedBy(),
        list(index.dependentsOf(task.id), (d) => link(d.task.id, d.type, d.lag)),
      ),
      field(
        ctx,
        m.deliverables(),
        list(task.deliverables, (d) => escapeMarkdown(d.value)),
      ),
      raciLine(ctx, task),
      field(
        ctx,
        m.risks(),
        list(index.risksAffecting(task.id), (r) => idThenName(r.id, r.name?.value)),
      ),
    ]),
  ]);
}
