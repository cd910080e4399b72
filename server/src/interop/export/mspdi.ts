import type { DayRange } from '../../../../common/calendar';
import { formatDay } from '../../../../common/dates';
import { escapeXml } from '../../../../common/gantt/xml';
import type { Locale } from '../../service/l10n/localize';
import { defineMessages } from '../../service/l10n/localize';
import { MSPDI, lagToMspdi } from '../mspdiUnits';
import type { ExportPlan, ExportTask } from './planFacts';

const names = defineMessages(
  { calendar: () => 'Project calendar', holiday: () => 'Holiday', makeup: () => 'Make-up working day' },
  { calendar: () => '项目日历', holiday: () => '节假日', makeup: () => '调休上班' },
);

/** MS Project's link types: 0 FF, 1 FS, 2 SF, 3 SS. */
const LINK_TYPE = { FF: 0, FS: 1, SF: 2, SS: 3 } as const;
/** Calendars reach this far around the project, so that a preset's many years stay out. */
const CALENDAR_MARGIN_DAYS = 366;

/** XML text, escaped as every XML XProj writes it (`common/gantt/xml.ts`). */
export const xmlText = escapeXml;

class XmlWriter {
  readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  private depth = 0;

  open(name: string, attributes = ''): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${attributes}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.lines.push(`${'  '.repeat(this.depth)}</${name}>`);
  }

  /** One element with a text value; nothing when the value is undefined. */
  el(name: string, value: string | number | boolean | undefined): void {
    if (value !== undefined) {
      const text = typeof value === 'boolean' ? (value ? '1' : '0') : typeof value === 'number' ? String(value) : xmlText(value);
      this.lines.push(`${'  '.repeat(this.depth)}<${name}>${text}</${name}>`);
    }
  }
}

/**
 * Microsoft Project XML (MSPDI), as MS Project 2010 and later, ProjectLibre and MPXJ read it, with
 * the dates XProj computed and the logic that reproduces them when MS Project schedules again:
 * one base calendar (working weekdays 08:00-12:00 and 13:00-17:00, holidays as non-working
 * exceptions, make-up days as working ones, in both the Project 2007 `Exceptions` and the older
 * `WeekDays` form), the WBS as outline levels under the project summary task (UID 0), milestones,
 * durations in working days, every dependency type with its lag (an SF lag gets one day more,
 * since MS Project counts SF from the predecessor's start and XProj from the end of its first
 * day), written starts as Start No Earlier Than (Must Start On where XProj reports the start
 * breaking a dependency, so that the date stays), written ends as Must Finish On, people as work
 * resources (department as group, capacity as max units) and assignees as assignments with their
 * loads. The XProj id of each task is kept in Text1 (alias "XProj ID") and of each person in the
 * resource's Code, so that an import gives the same ids back. Dependency cycles are left out: MS
 * Project refuses a file with one.
 */
export function exportMspdi(plan: ExportPlan, locale: Locale): string {
  const w = new XmlWriter();
  const { analysis, calendar } = plan;
  const project = analysis.plan.project;
  const msg = names[locale];
  const perDay = MSPDI.minutesPerDay;
  w.open('Project', ' xmlns="http://schemas.microsoft.com/project"');
  w.el('SaveVersion', 14);
  w.el('Name', `${plan.projectId}.xml`);
  w.el('Title', plan.projectName);
  const manager = project?.manager ? analysis.symbols.person(project.manager.id) : undefined;
  w.el('Manager', manager ? (manager.name?.value ?? manager.id) : undefined);
  w.el('ScheduleFromStart', true);
  w.el('StartDate', `${formatDay(plan.start)}T${MSPDI.dayStart}`);
  w.el('FinishDate', `${formatDay(plan.finish)}T${MSPDI.dayEnd}`);
  w.el('CurrencyCode', (analysis.plan.budget?.currency?.value ?? 'CNY').slice(0, 3));
  w.el('CalendarUID', 1);
  w.el('DefaultStartTime', MSPDI.dayStart);
  w.el('DefaultFinishTime', MSPDI.dayEnd);
  w.el('MinutesPerDay', perDay);
  w.el('MinutesPerWeek', perDay * calendar.workdaysPerWeek);
  w.el('DaysPerMonth', 20);
  w.el('DurationFormat', 7);
  w.el('WeekStartDay', 1);
  w.el('StatusDate', `${formatDay(plan.statusDate)}T${MSPDI.dayEnd}`);
  w.open('ExtendedAttributes');
  w.open('ExtendedAttribute');
  w.el('FieldID', MSPDI.text1FieldId);
  w.el('FieldName', 'Text1');
  w.el('Alias', MSPDI.idAlias);
  w.close('ExtendedAttribute');
  w.close('ExtendedAttributes');
  writeCalendar(w, plan, msg);
  const uid = new Map<ExportTask, number>(plan.tasks.map((t, i) => [t, i + 1]));
  w.open('Tasks');
  writeProjectSummary(w, plan);
  const cyclic = new Set(analysis.schedule.cycles.flatMap((c) => c.edges.map((e) => e.dependency)));
  const violated = new Set(analysis.schedule.violations.map((v) => v.task));
  for (const t of plan.tasks) {
    writeTask(w, plan, t, uid, cyclic, violated.has(t.task));
  }
  w.close('Tasks');
  const resourceUid = writeResources(w, plan);
  writeAssignments(w, plan, uid, resourceUid);
  w.close('Project');
  return w.lines.join('\n') + '\n';
}

function dateTime(day: number, time: string): string {
  return `${formatDay(day)}T${time}`;
}

/** `PT24H0M0S`: MSPDI durations are hours of working time. */
function hours(days: number): string {
  const minutes = Math.round(days * MSPDI.minutesPerDay);
  return `PT${Math.floor(minutes / 60)}H${minutes % 60}M0S`;
}

function writeWorkingTimes(w: XmlWriter): void {
  w.open('WorkingTimes');
  for (const [from, to] of MSPDI.workingTimes) {
    w.open('WorkingTime');
    w.el('FromTime', from);
    w.el('ToTime', to);
    w.close('WorkingTime');
  }
  w.close('WorkingTimes');
}

function writeCalendar(w: XmlWriter, plan: ExportPlan, msg: (typeof names)['en']): void {
  const { calendar } = plan;
  const from = plan.start - CALENDAR_MARGIN_DAYS;
  const to = plan.finish + CALENDAR_MARGIN_DAYS;
  const clip = (ranges: readonly DayRange[]): DayRange[] =>
    ranges.filter((r) => r.from <= r.to && r.to >= from && r.from <= to).map((r) => ({ from: Math.max(r.from, from), to: Math.min(r.to, to) }));
  const exceptions = [
    ...clip(calendar.rules.holidays).map((r) => ({ ...r, working: false, name: msg.holiday() })),
    ...clip(calendar.rules.extraWorkdays ?? [])
      .flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i))
      .filter((d) => calendar.isMakeupDay(d))
      .map((d) => ({ from: d, to: d, working: true, name: msg.makeup() })),
  ].sort((a, b) => a.from - b.from);
  w.open('Calendars');
  w.open('Calendar');
  w.el('UID', 1);
  w.el('Name', msg.calendar());
  w.el('IsBaseCalendar', true);
  w.el('IsBaselineCalendar', false);
  w.el('BaseCalendarUID', -1);
  w.open('WeekDays');
  for (let weekday = 0; weekday < 7; weekday++) {
    const working = calendar.rules.workdays.includes(weekday as never) || (calendar.rules.workdays.length === 0 && weekday >= 1 && weekday <= 5);
    w.open('WeekDay');
    w.el('DayType', weekday + 1);
    w.el('DayWorking', working);
    if (working) {
      writeWorkingTimes(w);
    }
    w.close('WeekDay');
  }
  for (const e of exceptions) {
    w.open('WeekDay');
    w.el('DayType', 0);
    w.el('DayWorking', e.working);
    w.open('TimePeriod');
    w.el('FromDate', dateTime(e.from, '00:00:00'));
    w.el('ToDate', dateTime(e.to, '23:59:00'));
    w.close('TimePeriod');
    if (e.working) {
      writeWorkingTimes(w);
    }
    w.close('WeekDay');
  }
  w.close('WeekDays');
  if (exceptions.length > 0) {
    w.open('Exceptions');
    for (const e of exceptions) {
      w.open('Exception');
      w.el('EnteredByOccurrences', false);
      w.open('TimePeriod');
      w.el('FromDate', dateTime(e.from, '00:00:00'));
      w.el('ToDate', dateTime(e.to, '23:59:00'));
      w.close('TimePeriod');
      w.el('Occurrences', 1);
      w.el('Name', e.name);
      w.el('Type', 1);
      w.el('DayWorking', e.working);
      if (e.working) {
        writeWorkingTimes(w);
      }
      w.close('Exception');
    }
    w.close('Exceptions');
  }
  w.close('Calendar');
  w.close('Calendars');
}

function writeProjectSummary(w: XmlWriter, plan: ExportPlan): void {
  w.open('Task');
  w.el('UID', 0);
  w.el('ID', 0);
  w.el('Name', plan.projectName);
  w.el('Active', true);
  w.el('Manual', false);
  w.el('Type', 1);
  w.el('IsNull', false);
  w.el('WBS', '0');
  w.el('OutlineNumber', '0');
  w.el('OutlineLevel', 0);
  w.el('Start', dateTime(plan.calendar.nextWorkday(plan.start), MSPDI.dayStart));
  w.el('Finish', dateTime(plan.finish, MSPDI.dayEnd));
  w.el('Duration', hours(plan.calendar.workdaysBetween(plan.start, plan.finish)));
  w.el('DurationFormat', 7);
  w.el('Milestone', false);
  w.el('Summary', true);
  w.close('Task');
}

/** Where a task starts and finishes in MS Project's working time. */
function instants(t: ExportTask, plan: ExportPlan): { start: string; finish: string } {
  if (t.milestone || t.duration === 0) {
    // A milestone that follows something falls at the end of its day, as in XProj.
    const time = t.task.dependsOn.length > 0 && !t.task.start ? MSPDI.dayEnd : MSPDI.dayStart;
    return { start: dateTime(t.start, time), finish: dateTime(t.start, time) };
  }
  return { start: dateTime(plan.calendar.nextWorkday(t.start), MSPDI.dayStart), finish: dateTime(t.end, MSPDI.dayEnd) };
}

function writeTask(w: XmlWriter, plan: ExportPlan, t: ExportTask, uid: ReadonlyMap<ExportTask, number>, cyclic: ReadonlySet<unknown>, violated: boolean): void {
  const task = t.task;
  const { start, finish } = instants(t, plan);
  const s = t.scheduled;
  w.open('Task');
  w.el('UID', uid.get(t)!);
  w.el('ID', uid.get(t)!);
  w.el('Name', t.name);
  w.el('Active', true);
  w.el('Manual', false);
  w.el('Type', 1);
  w.el('IsNull', false);
  w.el('Contact', t.owner?.name);
  w.el('WBS', t.wbs);
  w.el('OutlineNumber', t.wbs);
  w.el('OutlineLevel', task.depth + 1);
  w.el('Priority', 500);
  w.el('Start', start);
  w.el('Finish', finish);
  w.el('Duration', hours(t.milestone ? 0 : t.duration));
  w.el('DurationFormat', 7);
  w.el('EffortDriven', false);
  w.el('Estimated', false);
  w.el('Milestone', t.milestone || (!t.summary && t.duration === 0));
  w.el('Summary', t.summary);
  w.el('Critical', t.critical);
  if (s) {
    const dayStart = (point: number): string => dateTime(plan.calendar.dayOf(point), MSPDI.dayStart);
    const dayEnd = (point: number): string => dateTime(plan.calendar.dayOf(Math.max(point - 1, 0)), MSPDI.dayEnd);
    w.el('EarlyStart', t.milestone ? start : dayStart(s.earlyStart));
    w.el('EarlyFinish', t.milestone ? finish : dayEnd(s.earlyFinish));
    w.el('LateStart', t.milestone ? dayEnd(s.lateStart) : dayStart(s.lateStart));
    w.el('LateFinish', dayEnd(s.lateFinish));
  }
  w.el('TotalSlack', Math.round(t.slack * MSPDI.minutesPerDay * 10));
  w.el('PercentComplete', Math.round(t.progress));
  if (task.actualStart) {
    w.el('ActualStart', dateTime(task.actualStart.day, MSPDI.dayStart));
  }
  if (task.actualEnd) {
    w.el('ActualFinish', dateTime(task.actualEnd.day, MSPDI.dayEnd));
  }
  const constraint = constraintOf(t, plan, violated);
  w.el('ConstraintType', constraint?.type ?? 0);
  w.el('CalendarUID', -1);
  w.el('ConstraintDate', constraint?.date);
  for (const d of t.dependencies) {
    const dependency = task.dependsOn.find((x) => x.task.id === d.from.id && x.type === d.type);
    if (dependency && cyclic.has(dependency)) {
      continue;
    }
    w.open('PredecessorLink');
    w.el('PredecessorUID', uid.get(d.from)!);
    w.el('Type', LINK_TYPE[d.type]);
    w.el('CrossProject', false);
    w.el('LinkLag', lagToMspdi(d.type, d.lag));
    w.el('LagFormat', 7);
    w.close('PredecessorLink');
  }
  w.open('ExtendedAttribute');
  w.el('FieldID', MSPDI.text1FieldId);
  w.el('Value', t.id);
  w.close('ExtendedAttribute');
  w.close('Task');
}

/** What keeps a written date in MS Project: 2 Must Start On, 3 Must Finish On, 4 Start No Earlier Than. */
function constraintOf(t: ExportTask, plan: ExportPlan, violated: boolean): { type: number; date: string } | undefined {
  const task = t.task;
  if (task.start) {
    const type = violated ? 2 : 4;
    if (t.milestone) {
      return { type, date: instants(t, plan).start };
    }
    return { type, date: dateTime(t.summary ? task.start.day : plan.calendar.nextWorkday(task.start.day), MSPDI.dayStart) };
  }
  if (task.end && !t.summary) {
    return t.milestone ? { type: 4, date: dateTime(t.start, MSPDI.dayStart) } : { type: 3, date: dateTime(t.end, MSPDI.dayEnd) };
  }
  return undefined;
}

function writeResources(w: XmlWriter, plan: ExportPlan): Map<string, number> {
  const resourceUid = new Map<string, number>();
  w.open('Resources');
  plan.people.forEach((p, i) => {
    resourceUid.set(p.id, i + 1);
    const department = p.department ? plan.analysis.symbols.department(p.department.id) : undefined;
    w.open('Resource');
    w.el('UID', i + 1);
    w.el('ID', i + 1);
    w.el('Name', p.name?.value ?? p.id);
    w.el('Type', 1);
    w.el('IsNull', false);
    w.el('Code', p.id);
    w.el('Group', department ? (department.name?.value ?? department.id) : p.department?.id);
    w.el('EmailAddress', p.email?.value);
    w.el('MaxUnits', p.capacity);
    w.el('CalendarUID', 1);
    w.close('Resource');
  });
  w.close('Resources');
  return resourceUid;
}

function writeAssignments(w: XmlWriter, plan: ExportPlan, uid: ReadonlyMap<ExportTask, number>, resourceUid: ReadonlyMap<string, number>): void {
  w.open('Assignments');
  let n = 0;
  for (const t of plan.tasks) {
    for (const a of t.task.assignees) {
      const resource = resourceUid.get(a.person.id);
      if (resource === undefined || t.summary) {
        continue;
      }
      const { start, finish } = instants(t, plan);
      w.open('Assignment');
      w.el('UID', ++n);
      w.el('TaskUID', uid.get(t)!);
      w.el('ResourceUID', resource);
      w.el('PercentWorkComplete', Math.round(t.progress));
      w.el('Finish', finish);
      w.el('Start', start);
      w.el('Units', a.load);
      w.el('Work', hours(t.duration * a.load));
      w.close('Assignment');
    }
  }
  w.close('Assignments');
}
