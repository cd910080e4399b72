import type { DayRange } from '../../../../common/calendar';
import type { DependencyType } from '../../../../common/dependencyType';
import { formatDay, parseIsoDate, weekdayOf } from '../../../../common/dates';
import type { Locale } from '../../service/l10n/localize';
import { IdAllocator, slugOf } from '../ids';
import { MSPDI, lagFromMspdi } from '../mspdiUnits';
import type { ImportedHoliday, ImportedPlan, ImportedTask } from './importedPlan';
import { ImportError, importMessages } from './importMessages';
import { childOf, listOf, parseXml, textOf } from './xmlInput';
import type { XmlNode } from './xmlInput';

const LINK_TYPES: readonly DependencyType[] = ['FF', 'FS', 'SF', 'SS'];
const CONSTRAINTS = [
  'As Soon As Possible',
  'As Late As Possible',
  'Must Start On',
  'Must Finish On',
  'Start No Earlier Than',
  'Start No Later Than',
  'Finish No Earlier Than',
  'Finish No Later Than',
];
const VALID_ID = /^[\p{L}\p{N}_.-]+$/u;

/** An MSPDI date-time (`2026-03-02T08:00:00`) as its day number and its time. */
function instant(text: string | undefined): { day: number; time: string } | undefined {
  const day = text ? parseIsoDate(text.slice(0, 10)) : undefined;
  return day === undefined ? undefined : { day, time: text!.slice(11, 16) };
}

/** An xsd:duration of working time (`PT24H0M0S`, `P1DT2H`) in minutes. */
function minutesOf(text: string | undefined): number | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text ?? '');
  if (!m) {
    return undefined;
  }
  const [, d, h, min, s] = m.map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  return d * 24 * 60 + h * 60 + min + s / 60;
}

const flag = (node: XmlNode | undefined, name: string): boolean => textOf(node, name) === '1' || textOf(node, name) === 'true';
const num = (node: XmlNode | undefined, name: string): number | undefined => {
  const t = textOf(node, name);
  return t !== undefined && t !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined;
};

/**
 * A plan from Microsoft Project XML (MSPDI) as MS Project 2007-2021 and ProjectLibre save it: the
 * project calendar (working weekdays, non-working exceptions as holidays, working exceptions on
 * days off as make-up days), work resources as people (their group as department), the outline
 * as the WBS, milestones, durations in working days, links of every type with their lags, Start
 * No Earlier Than / Must Start On and Must Finish On constraints and manually scheduled tasks as
 * written dates, assignments as assignees, percent complete as progress. Ids come from the Text1
 * field XProj writes ("XProj ID"), else from the names (pinyin for Chinese).
 */
export function importMspdi(text: string, locale: Locale): ImportedPlan {
  const msg = importMessages[locale];
  const root = parseXml(text, locale);
  const project = childOf(root, 'Project');
  if (!project) {
    throw new ImportError(msg.notMspdi());
  }
  const notes: string[] = [];
  const minutesPerDay = num(project, 'MinutesPerDay') || MSPDI.minutesPerDay;
  const title = textOf(project, 'Title') || textOf(project, 'Name')?.replace(/\.(xml|mpp)$/i, '') || 'project';
  const start = instant(textOf(project, 'StartDate'))?.day;

  const departments = new Map<string, { id: string; name: string }>();
  const departmentIds = new IdAllocator('department');
  const peopleIds = new IdAllocator('person');
  const people: ImportedPlan['people'] = [];
  const personByUid = new Map<string, string>();
  const personByName = new Map<string, string>();
  for (const r of listOf(childOf(project, 'Resources'), 'Resource')) {
    const name = textOf(r, 'Name');
    if (textOf(r, 'UID') === '0' || flag(r, 'IsNull') || !name) {
      continue;
    }
    const type = textOf(r, 'Type') ?? '1';
    if (type !== '1') {
      notes.push(msg.materialResource(name));
      continue;
    }
    const code = textOf(r, 'Code');
    const id = peopleIds.take(code && VALID_ID.test(code) && !peopleIds.has(code) ? code : slugOf(name));
    const group = textOf(r, 'Group');
    let department: string | undefined;
    if (group) {
      if (!departments.has(group)) {
        departments.set(group, { id: departmentIds.take(slugOf(group)), name: group });
      }
      department = departments.get(group)!.id;
    }
    const maxUnits = num(r, 'MaxUnits');
    people.push({
      id,
      name,
      ...(department ? { department } : {}),
      ...(maxUnits !== undefined && maxUnits > 0 && maxUnits !== 1 ? { capacity: maxUnits } : {}),
      ...(textOf(r, 'EmailAddress') ? { email: textOf(r, 'EmailAddress')! } : {}),
    });
    personByUid.set(textOf(r, 'UID') ?? '', id);
    personByName.set(name, id);
  }

  const idField = listOf(childOf(project, 'ExtendedAttributes'), 'ExtendedAttribute').find(
    (a) => textOf(a, 'FieldID') === String(MSPDI.text1FieldId) && textOf(a, 'Alias') === MSPDI.idAlias,
  );
  const taskIds = new IdAllocator('task');
  const byUid = new Map<string, ImportedTask>();
  const links: { task: ImportedTask; node: XmlNode }[] = [];
  const roots: ImportedTask[] = [];
  const stack: { level: number; task: ImportedTask }[] = [];
  for (const node of listOf(childOf(project, 'Tasks'), 'Task')) {
    const level = num(node, 'OutlineLevel') ?? 1;
    if (textOf(node, 'UID') === '0' || level === 0 || flag(node, 'IsNull')) {
      continue;
    }
    const name = textOf(node, 'Name') ?? '';
    const kept = idField ? listOf(node, 'ExtendedAttribute').find((a) => textOf(a, 'FieldID') === String(MSPDI.text1FieldId)) : undefined;
    const keptId = textOf(kept, 'Value');
    const id = taskIds.take(keptId && VALID_ID.test(keptId) && !taskIds.has(keptId) ? keptId : slugOf(name));
    const task: ImportedTask = { id, ...(name ? { name } : {}), depends: [], assignees: [], children: [] };
    readTiming(task, node, minutesPerDay, notes, locale);
    const contact = textOf(node, 'Contact');
    if (contact && personByName.has(contact)) {
      task.owner = personByName.get(contact);
    }
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) {
      stack.pop();
    }
    const parent = stack[stack.length - 1]?.task;
    (parent ? parent.children : roots).push(task);
    stack.push({ level, task });
    byUid.set(textOf(node, 'UID') ?? '', task);
    links.push({ task, node });
  }
  if (roots.length === 0) {
    throw new ImportError(msg.noTasks());
  }
  for (const { task, node } of links) {
    if (task.children.length > 0) {
      // A summary's dates come from its subtasks in both tools.
      delete task.duration;
      delete task.milestone;
    }
    for (const link of listOf(node, 'PredecessorLink')) {
      const from = byUid.get(textOf(link, 'PredecessorUID') ?? '');
      if (flag(link, 'CrossProject') || !from) {
        notes.push(flag(link, 'CrossProject') ? msg.crossProject(task.id) : msg.unknownPredecessor(task.id, textOf(link, 'PredecessorUID') ?? ''));
        continue;
      }
      if (from === task) {
        notes.push(msg.selfDependency(task.id));
        continue;
      }
      const type = LINK_TYPES[num(link, 'Type') ?? 1] ?? 'FS';
      const lag = lagFromMspdi(type, num(link, 'LinkLag') ?? 0, num(link, 'LagFormat') ?? 7, minutesPerDay);
      if (lag.elapsed && lag.days !== 0) {
        notes.push(msg.elapsedLag(task.id, lag.days));
      } else if (!lag.exact) {
        notes.push(msg.roundedLag(task.id, lag.days));
      }
      task.depends.push({ id: from.id, type, lag: lag.days });
    }
  }
  for (const a of listOf(childOf(project, 'Assignments'), 'Assignment')) {
    const task = byUid.get(textOf(a, 'TaskUID') ?? '');
    const person = personByUid.get(textOf(a, 'ResourceUID') ?? '');
    if (task && person && task.children.length === 0 && !task.assignees.some((x) => x.person === person)) {
      task.assignees.push({ person, load: num(a, 'Units') ?? 1 });
    }
  }
  for (const task of byUid.values()) {
    if (task.owner === undefined && task.assignees.length > 0) {
      task.owner = [...task.assignees].sort((a, b) => b.load - a.load)[0]!.person;
    }
  }
  const manager = textOf(project, 'Manager');
  return {
    project: {
      id: slugOf(title) || 'imported-project',
      name: title,
      ...(start !== undefined ? { start } : {}),
      ...(instant(textOf(project, 'FinishDate')) ? { end: instant(textOf(project, 'FinishDate'))!.day } : {}),
      ...(instant(textOf(project, 'StatusDate')) ? { statusDate: instant(textOf(project, 'StatusDate'))!.day } : {}),
      ...(manager && personByName.has(manager) ? { manager: personByName.get(manager)! } : {}),
    },
    calendar: readCalendar(project, notes, locale),
    people,
    departments: [...departments.values()],
    phases: [],
    tasks: roots,
    notes,
  };
}

function readTiming(task: ImportedTask, node: XmlNode, minutesPerDay: number, notes: string[], locale: Locale): void {
  const msg = importMessages[locale];
  const startAt = instant(textOf(node, 'Start'));
  if (flag(node, 'Milestone')) {
    task.milestone = true;
  } else {
    const minutes = minutesOf(textOf(node, 'Duration'));
    if (minutes !== undefined) {
      const days = minutes / minutesPerDay;
      task.duration = Math.max(0, Math.round(days));
      if (Math.abs(days - task.duration) > 1e-6) {
        notes.push(msg.roundedDuration(task.id, task.duration));
      }
    }
  }
  const percent = num(node, 'PercentComplete');
  if (percent !== undefined && percent >= 100) {
    task.status = 'done';
  } else if (percent !== undefined && percent > 0) {
    task.status = 'in-progress';
    task.progress = Math.round(percent);
  }
  const actualStart = instant(textOf(node, 'ActualStart'));
  const actualEnd = instant(textOf(node, 'ActualFinish'));
  if (actualStart) {
    task.actualStart = actualStart.day;
  }
  if (actualEnd) {
    task.actualEnd = actualEnd.day;
  }
  if (flag(node, 'Manual') && startAt) {
    task.start = startAt.day;
    return;
  }
  const type = num(node, 'ConstraintType') ?? 0;
  const date = instant(textOf(node, 'ConstraintDate'));
  if (date && (type === 2 || type === 4)) {
    task.start = date.day;
  } else if (date && type === 3) {
    if (task.milestone) {
      task.start = date.day;
    } else {
      task.end = date.time <= MSPDI.dayStart.slice(0, 5) ? date.day - 1 : date.day;
    }
  } else if (date && type !== 0) {
    notes.push(msg.constraint(task.id, CONSTRAINTS[type] ?? String(type), formatDay(date.day)));
  }
  const deadline = instant(textOf(node, 'Deadline'));
  if (deadline) {
    notes.push(msg.deadline(task.id, formatDay(deadline.day)));
  }
}

function readCalendar(project: XmlNode, notes: string[], locale: Locale): ImportedPlan['calendar'] {
  const msg = importMessages[locale];
  const calendars = listOf(childOf(project, 'Calendars'), 'Calendar');
  const uid = textOf(project, 'CalendarUID');
  const calendar = calendars.find((c) => textOf(c, 'UID') === uid) ?? calendars.find((c) => flag(c, 'IsBaseCalendar'));
  if (!calendar) {
    return undefined;
  }
  const weekDays = listOf(childOf(calendar, 'WeekDays'), 'WeekDay');
  const workdays = weekDays
    .map((d) => ({ type: num(d, 'DayType') ?? 0, working: flag(d, 'DayWorking') }))
    .filter((d) => d.type >= 1 && d.type <= 7 && d.working)
    .map((d) => d.type - 1);
  const working = workdays.length > 0 ? workdays : [1, 2, 3, 4, 5];
  const holidays: ImportedHoliday[] = [];
  const extraWorkdays: DayRange[] = [];
  const exceptions = listOf(childOf(calendar, 'Exceptions'), 'Exception');
  const ranges = (exceptions.length > 0 ? exceptions : weekDays.filter((d) => num(d, 'DayType') === 0)).map((e) => {
    const period = childOf(e, 'TimePeriod');
    return { node: e, from: instant(textOf(period, 'FromDate'))?.day, to: instant(textOf(period, 'ToDate'))?.day };
  });
  for (const { node, from, to } of ranges) {
    if (from === undefined || to === undefined || to < from) {
      continue;
    }
    const name = textOf(node, 'Name');
    const type = num(node, 'Type');
    if (type !== undefined && type !== 1 && (num(node, 'Occurrences') ?? 1) > 1) {
      notes.push(msg.recurringException(name ?? formatDay(from)));
    }
    if (flag(node, 'DayWorking')) {
      for (let d = from; d <= to; d++) {
        if (!working.includes(weekdayOf(d))) {
          extraWorkdays.push({ from: d, to: d });
        }
      }
    } else {
      holidays.push({ from, to, ...(name ? { name } : {}) });
    }
  }
  return { workdays: [...new Set(working)].sort(), holidays, extraWorkdays };
}
