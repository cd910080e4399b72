import type { Dependency, Plan, Task } from '../../server/src/service/model/planModel';
import type { WorkCalendar } from '../../common/calendar';
import { formatDay, parseIsoDate } from '../../common/dates';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Fixed working hours, so that a TaskJuggler time tells which side of a working day it is on. */
const DAY_START = '09:00';
const DAY_END = '18:00';

/** The id TaskJuggler reports for a task: the path of ids from the root, joined by dots. */
export function tjPath(task: Task): string {
  return task.parent ? `${tjPath(task.parent)}.${task.id}` : task.id;
}

/**
 * A TaskJuggler project with the same schedule as an XProj plan, for the part both can express:
 * `length` in working days, FS and SS (`onstart`) dependencies with `gaplength`, fixed starts,
 * end-only tasks, milestones, nesting, working weekdays and holidays. Throws on anything else.
 */
export function toTjp(plan: Plan, calendar: WorkCalendar, reportName: string): string {
  const project = plan.project;
  if (!project?.start) {
    throw new Error('the plan needs project.start');
  }
  const days = project.calendar.workdays.length > 0 ? project.calendar.workdays : [1, 2, 3, 4, 5];
  const out = [
    `project ${project.id?.value ?? 'p'} "${project.id?.value ?? 'p'}" ${project.start.iso} +24m {`,
    '  timezone "UTC"',
    '  workinghours mon - sun off',
    `  workinghours ${days.map((d) => WEEKDAYS[d]).join(', ')} 9:00 - 12:00, 13:00 - ${DAY_END}`,
    '}',
  ];
  project.calendar.holidays.forEach((h, i) => {
    // TaskJuggler intervals end at the exclusive midnight.
    out.push(`leaves holiday "h${i}" ${formatDay(h.from)} - ${formatDay(h.to + 1)}`);
  });
  const context: Context = { out, calendar, byId: new Map(plan.tasks.map((t) => [t.id, t])) };
  for (const task of plan.rootTasks) {
    writeTask(task, '', context);
  }
  out.push(`taskreport "${reportName}" {`, '  formats csv', '  columns id, start, end', '  timeformat "%Y-%m-%d %H:%M"', '}');
  return out.join('\n') + '\n';
}

interface Context {
  readonly out: string[];
  readonly calendar: WorkCalendar;
  readonly byId: ReadonlyMap<string, Task>;
}

function writeTask(task: Task, indent: string, context: Context): void {
  const { out, calendar } = context;
  out.push(`${indent}task ${task.id} "${task.id}" {`);
  const inner = `${indent}  `;
  if (task.children.length === 0) {
    if (task.milestone) {
      out.push(`${inner}milestone`);
    } else if (!task.end || task.start || task.duration) {
      const d = task.duration ?? { amount: 1, unit: 'd' };
      out.push(`${inner}length ${d.unit === 'w' ? d.amount * calendar.workdaysPerWeek : d.amount}d`);
    }
  }
  if (task.start) {
    out.push(`${inner}start ${task.start.iso}`);
  }
  if (task.end && !task.start && !task.duration) {
    out.push(`${inner}end ${formatDay(task.end.day + 1)}`);
  }
  for (const d of task.dependsOn) {
    out.push(`${inner}depends ${dependency(d, task, context)}`);
  }
  for (const child of task.children) {
    writeTask(child, inner, context);
  }
  out.push(`${indent}}`);
}

function dependency(d: Dependency, task: Task, { calendar, byId }: Context): string {
  if (d.type !== 'FS' && d.type !== 'SS') {
    throw new Error(`${task.id}: TaskJuggler has no ${d.type} dependency`);
  }
  const lag = d.lag ? (d.lag.unit === 'w' ? d.lag.amount * calendar.workdaysPerWeek : d.lag.amount) : 0;
  if (lag < 0) {
    throw new Error(`${task.id}: TaskJuggler has no negative gaps`);
  }
  const target = byId.get(d.task.id);
  if (!target) {
    throw new Error(`${task.id}: unknown task ${d.task.id}`);
  }
  const options = [...(d.type === 'SS' ? ['onstart'] : []), ...(lag > 0 ? [`gaplength ${lag}d`] : [])];
  return options.length > 0 ? `${tjPath(target)} { ${options.join(' ')} }` : tjPath(target);
}

/** One task as TaskJuggler scheduled it: working days, as the XProj schedule shows them. */
export interface TjDates {
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the CSV report. TaskJuggler reports instants: a task that follows another starts at the
 * end of its predecessor's last working day (18:00), and an end at midnight belongs to the day
 * before; these become the first and last working days. Milestones keep their instant's day.
 */
export function readTjCsv(csv: string, milestones: ReadonlySet<string>, calendar: WorkCalendar): Map<string, TjDates> {
  const out = new Map<string, TjDates>();
  for (const line of csv.trim().split('\n').slice(1)) {
    const [id, start, end] = line.split(';').map((c) => c.replace(/^"|"$/g, '')) as [string, string, string];
    const [startDay, startTime] = splitInstant(start);
    const [endDay, endTime] = splitInstant(end);
    if (milestones.has(id)) {
      out.set(id, { start: startDay, end: startDay });
      continue;
    }
    const first = !calendar.isWorkday(startDay) ? calendar.nextWorkday(startDay) : startTime >= DAY_END ? calendar.nextWorkday(startDay + 1) : startDay;
    const last = endTime <= DAY_START ? calendar.previousWorkday(endDay - 1) : calendar.previousWorkday(endDay);
    out.set(id, { start: first, end: last });
  }
  return out;
}

function splitInstant(text: string): [number, string] {
  const [date, time] = text.split(' ') as [string, string];
  const day = parseIsoDate(date);
  if (day === undefined) {
    throw new Error(`not a TaskJuggler date: ${text}`);
  }
  return [day, time];
}
