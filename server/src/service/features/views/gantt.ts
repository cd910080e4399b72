import type { DayRange } from '../../../../../common/calendar';
import { formatDay } from '../../../../../common/dates';
import type { GanttDependency, GanttModel, GanttTask, IsoRange, NamedIsoRange } from '../../../../../common/ganttModel';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Task } from '../../model/planModel';
import { TaskFacts } from './taskFacts';
import { scheduleReliability } from '../../analysis/reliability';
import type { Locale } from '../../l10n/localize';
import type { HolidayRange } from '../../model/planModel';
import type { ScheduledTask } from '../../scheduler/scheduleTypes';

/** What the Gantt webview draws: the computed schedule in WBS order, with the calendar it was computed in. */
export function getGanttModel(analysis: PlanAnalysis, locale: Locale = 'en', facts = new TaskFacts(analysis)): GanttModel {
  const { plan, schedule, symbols } = analysis;
  const outline = new Map<Task, string>();
  const tasks: GanttTask[] = [];
  const visit = (list: readonly Task[]): void => {
    list.forEach((task, index) => {
      const wbs = task.parent ? `${outline.get(task.parent)}.${index + 1}` : String(index + 1);
      outline.set(task, wbs);
      const s = schedule.tasks.get(task);
      const owner = facts.owner(task)?.ref;
      const phase = facts.phase(task);
      const ownerName = owner ? (symbols.person(owner.id)?.name?.value ?? owner.id) : undefined;
      const phaseName = phase ? (symbols.phase(phase.id)?.name?.value ?? phase.id) : undefined;
      // Optional fields are set, not spread in: this runs for every task of the plan after each edit.
      const row: Writable<GanttTask> = {
        id: task.id,
        name: task.name?.value ?? task.id,
        depth: task.depth,
        wbs,
        start: facts.iso(s?.start ?? schedule.start),
        end: facts.iso(s?.end ?? schedule.start),
        progress: Math.max(0, Math.min(100, facts.progress(task))),
        status: task.status?.value ?? 'not-started',
        critical: s?.critical ?? false,
        milestone: task.milestone && task.children.length === 0,
        summary: task.children.length > 0,
        overdue: facts.overdue(task),
        slack: s?.slack ?? 0,
        range: facts.range(task.idSpan),
      };
      if (task.parent) {
        row.parent = task.parent.id;
      }
      if (ownerName !== undefined) {
        row.owner = ownerName;
      }
      if (phaseName !== undefined) {
        row.phase = phaseName;
      }
      addTracking(row, analysis, task, s, facts);
      tasks.push(row);
      visit(task.children);
    });
  };
  visit(plan.rootTasks);

  const perWeek = schedule.calendar.workdaysPerWeek;
  const dependencies: GanttDependency[] = [];
  for (const task of plan.tasks) {
    for (const d of task.dependsOn) {
      const from = symbols.task(d.task.id);
      if (from) {
        const lag = d.lag ? d.lag.amount * (d.lag.unit === 'w' ? perWeek : 1) : 0;
        dependencies.push({ from: from.id, to: task.id, type: d.type, lag: Math.round(lag) });
      }
    }
  }

  const rules = schedule.calendar.rules;
  const project = plan.project;
  const baseline = analysis.baseline && 'plan' in analysis.baseline ? analysis.baseline.plan : undefined;
  const doubt = scheduleReliability(analysis);
  return {
    uri: analysis.uri,
    project: {
      ...(project?.id ? { id: project.id.value } : {}),
      ...(project?.name ? { name: project.name.value } : {}),
      start: formatDay(schedule.start),
      finish: formatDay(schedule.finish),
      ...(project?.end ? { deadline: project.end.iso } : {}),
      ...(schedule.forecast ? { forecastFinish: formatDay(schedule.forecast.finish) } : {}),
      ...(baseline ? { baselineFinish: formatDay(baseline.finish), baseline: baseline.label } : {}),
      ...(doubt ? { unreliable: doubt } : {}),
    },
    statusDate: formatDay(analysis.statusDate),
    calendar: {
      workdays: [...rules.workdays],
      holidays: isoRanges(rules.holidays),
      extraWorkdays: isoRanges(rules.extraWorkdays ?? []),
      dayNames: dayNames(analysis, locale),
    },
    tasks,
    dependencies,
  };
}

/** The forecast's dates where they differ from the plan's, and the baseline's. */
function addTracking(row: Writable<GanttTask>, analysis: PlanAnalysis, task: Task, s: ScheduledTask | undefined, facts: TaskFacts): void {
  const f = analysis.schedule.forecast?.tasks.get(task);
  if (f && s && (f.start !== s.start || f.end !== s.end)) {
    row.forecastStart = facts.iso(f.start);
    row.forecastEnd = facts.iso(f.end);
  }
  const b = analysis.baseline && 'plan' in analysis.baseline ? analysis.baseline.plan.tasks.get(task.id) : undefined;
  if (b) {
    row.baselineStart = facts.iso(b.start);
    row.baselineEnd = facts.iso(b.end);
  }
}

/** A model object being built. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Ranges as ISO dates; a reversed range is a plan problem reported elsewhere and is left out here. */
function isoRanges(ranges: readonly DayRange[]): IsoRange[] {
  return ranges.filter((r) => r.from <= r.to).map((r) => ({ from: formatDay(r.from), to: formatDay(r.to) }));
}

/** How far beyond the plan's dates the chart may be scrolled and still name its holidays. */
const NAMED_MARGIN_DAYS = 92;

/**
 * Names for the chart's hover, the plan's own `name:`s first: the preset's periods and make-up days
 * that come near the plan's dates, in the service's language.
 */
function dayNames(analysis: PlanAnalysis, locale: Locale): NamedIsoRange[] {
  const { schedule } = analysis;
  let from = schedule.start;
  let to = schedule.finish;
  // The rows' dates as day numbers (a row without a schedule sits on `schedule.start`), not parsed back from ISO.
  for (const s of schedule.tasks.values()) {
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  const span = { from: from - NAMED_MARGIN_DAYS, to: to + NAMED_MARGIN_DAYS };
  const spec = analysis.plan.project?.calendar;
  const own = [...(spec?.holidays ?? []), ...(spec?.extraWorkdays ?? [])].filter(
    (r): r is HolidayRange & { name: string } => r.name !== undefined && r.from <= r.to && r.from <= span.to && r.to >= span.from,
  );
  const preset = schedule.preset;
  const shipped = preset ? [...preset.holidays(span), ...preset.makeupDays(span)].map((r) => ({ ...r, name: locale === 'zh-cn' ? r.name : r.nameEn })) : [];
  return [...own, ...shipped].map((r) => ({ from: formatDay(r.from), to: formatDay(r.to), name: r.name }));
}
