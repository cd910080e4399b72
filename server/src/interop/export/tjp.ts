import type { DayRange } from '../../../../common/calendar';
import { formatDay } from '../../../../common/dates';
import { WEEKDAY_NAMES } from '../../../../common/weekdays';
import { IdAllocator, slugOf } from '../ids';
import type { ExportDependency, ExportPlan, ExportTask } from './planFacts';

/** Fixed working hours, so that a TaskJuggler instant tells which side of a working day it is on. */
export const TJ_DAY_START = '09:00';
export const TJ_DAY_END = '18:00';
const HOURS = '9:00 - 12:00, 13:00 - 18:00';
/** Room after the computed finish, so that the project interval holds every task TaskJuggler places. */
const TAIL_DAYS = 92;

/** A TaskJuggler project and the TaskJuggler path of each task (`parent.child`), by XProj id. */
export interface TjpExport {
  readonly text: string;
  readonly paths: ReadonlyMap<string, string>;
}

/**
 * The plan as a TaskJuggler 3 project that tj3 schedules to XProj's dates: the calendar (working
 * weekdays, holidays as global leaves, make-up days as a shift on the top-level tasks), the WBS,
 * lengths in working days, FS and SS dependencies with gaps, fixed starts and ends, milestones,
 * people as resources grouped by department and owners as `responsible`. What TaskJuggler cannot
 * express (FF and SF dependencies, negative lags, dependencies XProj reports as violated or
 * cyclic) is not written as logic: the task is pinned to the start XProj computed, and a comment
 * says why.
 */
export function exportTjp(plan: ExportPlan): TjpExport {
  const ids = new IdAllocator('task', '_');
  const tjIds = new Map<ExportTask, string>();
  for (const t of plan.tasks) {
    tjIds.set(t, ids.take(tjId(t.id)));
  }
  const taskPaths = new Map<ExportTask, string>();
  const paths = new Map<string, string>();
  for (const t of plan.tasks) {
    const path = t.parent ? `${taskPaths.get(t.parent)!}.${tjIds.get(t)!}` : tjIds.get(t)!;
    taskPaths.set(t, path);
    if (!paths.has(t.id)) {
      paths.set(t.id, path);
    }
  }
  const first = plan.tasks.reduce((min, t) => Math.min(min, t.start), plan.start);
  const last = plan.tasks.reduce((max, t) => Math.max(max, t.end), plan.finish) + TAIL_DAYS;
  const rules = plan.calendar.rules;
  const valid = rules.workdays.filter((w) => Number.isInteger(w) && w >= 0 && w <= 6);
  const workdays = valid.length > 0 ? [...new Set(valid)].sort() : [1, 2, 3, 4, 5];
  const out: string[] = [
    `# ${plan.projectName}: exported by XProj with the dates XProj computed.`,
    `project ${tjId(plan.projectId)} ${tjString(plan.projectName)} ${formatDay(first)} - ${formatDay(last)} {`,
    '  timezone "UTC"',
    '  timeformat "%Y-%m-%d"',
    `  now ${formatDay(plan.statusDate)}`,
    '  workinghours mon - sun off',
    `  workinghours ${workdays.map((d) => WEEKDAY_NAMES[d]).join(', ')} ${HOURS}`,
    '}',
  ];
  for (const h of clip(rules.holidays, first, last)) {
    // TaskJuggler intervals end at the exclusive midnight.
    out.push(`leaves holiday "holiday" ${formatDay(h.from)} - ${formatDay(h.to + 1)}`);
  }
  const makeups = clip(rules.extraWorkdays ?? [], first, last).filter((r) => !plan.calendar.isHoliday(r.from));
  if (makeups.length > 0) {
    out.push(`shift makeup "Make-up working days" {`, `  workinghours mon - sun ${HOURS}`, '}');
  }
  const resourceIds = writeResources(plan, out);
  const context: Context = { plan, out, tjIds, taskPaths, resourceIds, makeups, pinned: pinnedTasks(plan) };
  for (const root of plan.roots) {
    writeTask(root, '', context);
  }
  out.push('taskreport overview "overview" {', '  formats html', '  columns bsi, name, start, end, responsible, chart', '}');
  return { text: out.join('\n') + '\n', paths };
}

interface Context {
  readonly plan: ExportPlan;
  readonly out: string[];
  readonly tjIds: ReadonlyMap<ExportTask, string>;
  readonly taskPaths: ReadonlyMap<ExportTask, string>;
  readonly resourceIds: ReadonlyMap<string, string>;
  readonly makeups: readonly DayRange[];
  /** Tasks written at XProj's dates instead of their dependencies, with the reasons. */
  readonly pinned: ReadonlyMap<ExportTask, string[]>;
}

function clip(ranges: readonly DayRange[], first: number, last: number): DayRange[] {
  return ranges.filter((r) => r.from <= r.to && r.to >= first && r.from <= last).map((r) => ({ from: Math.max(r.from, first), to: Math.min(r.to, last) }));
}

/** TaskJuggler ids are ASCII letters, digits and `_`, not starting with a digit. */
function tjId(id: string): string {
  const slug = slugOf(id).replace(/-/g, '_');
  return slug === '' ? '' : /^[0-9]/.test(slug) ? `t_${slug}` : slug;
}

/** A TaskJuggler string literal; line breaks become spaces. */
export function tjString(text: string): string {
  return `"${text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')}"`;
}

function writeResources(plan: ExportPlan, out: string[]): Map<string, string> {
  const ids = new IdAllocator('person', '_');
  const resourceIds = new Map<string, string>();
  const byDepartment = new Map<string, typeof plan.people>();
  for (const p of plan.people) {
    resourceIds.set(p.id, ids.take(tjId(p.id)));
    const d = p.department?.id;
    const group = d !== undefined && plan.departments.some((x) => x.id === d) ? d : '';
    byDepartment.set(group, [...(byDepartment.get(group) ?? []), p]);
  }
  const person = (p: (typeof plan.people)[number], indent: string): string => `${indent}resource ${resourceIds.get(p.id)!} ${tjString(p.name?.value ?? p.id)}`;
  for (const d of plan.departments) {
    const members = byDepartment.get(d.id);
    if (members) {
      out.push(`resource ${ids.take(tjId(d.id))} ${tjString(d.name?.value ?? d.id)} {`, ...members.map((p) => person(p, '  ')), '}');
    }
  }
  out.push(...(byDepartment.get('') ?? []).map((p) => person(p, '')));
  return resourceIds;
}

/** Leaves whose dependencies TaskJuggler cannot reproduce: they are written at XProj's start. */
function pinnedTasks(plan: ExportPlan): Map<ExportTask, string[]> {
  const pinned = new Map<ExportTask, string[]>();
  const add = (t: ExportTask | undefined, why: string): void => {
    if (t && !t.summary) {
      pinned.set(t, [...(pinned.get(t) ?? []), why]);
    }
  };
  const schedule = plan.analysis.schedule;
  for (const v of schedule.violations) {
    add(plan.byTask.get(v.task), `the dependency on ${v.dependency.task.id} is violated by the written start`);
  }
  for (const cycle of schedule.cycles) {
    for (const edge of cycle.edges) {
      add(plan.byTask.get(edge.task), `the dependency on ${edge.dependency.task.id} is part of a cycle`);
    }
  }
  const calendar = plan.calendar;
  /** TaskJuggler counts gaps in the global working hours, which know no make-up day. */
  const gapSpansMakeup = (d: ExportDependency, t: ExportTask): boolean => {
    const from = d.type === 'SS' ? d.from.start : d.from.end;
    for (let day = from; day <= t.start; day++) {
      if (calendar.isMakeupDay(day)) {
        return true;
      }
    }
    return false;
  };
  for (const t of plan.tasks) {
    if (t.task.actualStart || t.task.actualEnd) {
      add(t, 'its actual dates are facts, not scheduled');
    }
    for (const d of t.dependencies) {
      if (d.lag > 0 && gapSpansMakeup(d, t)) {
        add(t, `the gap after ${d.from.id} spans a make-up working day, which TaskJuggler's gaps do not count`);
      }
      if (d.type === 'FF' || d.type === 'SF') {
        add(t, `TaskJuggler has no ${d.type} dependency (on ${d.from.id})`);
      } else if (d.lag < 0) {
        add(t, `TaskJuggler has no negative gap (on ${d.from.id})`);
      } else if (related(t, d.from)) {
        add(t, `TaskJuggler refuses a dependency between a task and its own summary (${d.from.id})`);
      }
    }
  }
  return pinned;
}

function related(a: ExportTask, b: ExportTask): boolean {
  const above = (x: ExportTask, y: ExportTask): boolean => {
    for (let p = x.parent; p; p = p.parent) {
      if (p === y) {
        return true;
      }
    }
    return false;
  };
  return above(a, b) || above(b, a);
}

function writeTask(t: ExportTask, indent: string, context: Context): void {
  const { out, plan } = context;
  const inner = `${indent}  `;
  const why = context.pinned.get(t);
  for (const reason of why ?? []) {
    out.push(`${indent}# ${t.id}: ${reason}; written at XProj's dates.`);
  }
  out.push(`${indent}task ${context.tjIds.get(t)!} ${tjString(t.name)} {`);
  if (!t.parent && context.makeups.length > 0) {
    out.push(`${inner}shifts ${context.makeups.map((r) => `makeup ${formatDay(r.from)} - ${formatDay(r.to + 1)}`).join(', ')}`);
  }
  const task = t.task;
  if (why) {
    if (t.milestone || t.duration === 0) {
      // XProj puts a milestone that follows something at the end of its day.
      const endOfDay = t.task.dependsOn.length > 0 && !t.task.start;
      out.push(`${inner}milestone`, `${inner}start ${formatDay(t.start)}${endOfDay ? `-${TJ_DAY_END}` : ''}`);
    } else {
      out.push(`${inner}start ${formatDay(plan.calendar.nextWorkday(t.start))}`, `${inner}length ${t.duration}d`);
    }
  } else if (t.summary) {
    if (task.start) {
      out.push(`${inner}start ${task.start.iso}`);
    }
  } else if (t.milestone || t.duration === 0) {
    out.push(`${inner}milestone`);
    if (task.start || (task.end && task.dependsOn.length === 0)) {
      out.push(`${inner}start ${formatDay(t.start)}`);
    }
  } else if (task.end && !task.start && !task.duration) {
    out.push(`${inner}end ${formatDay(task.end.day + 1)}`);
  } else {
    if (task.start || task.end) {
      out.push(`${inner}start ${formatDay(task.start ? task.start.day : t.start)}`);
    }
    out.push(`${inner}length ${t.duration}d`);
  }
  if (!why) {
    for (const d of t.dependencies) {
      if (!(t.summary && (d.type === 'FF' || d.type === 'SF' || d.lag < 0 || related(t, d.from)))) {
        out.push(`${inner}depends ${dependency(d, context)}`);
      } else {
        out.push(`${inner}# ${d.type} on ${d.from.id}: TaskJuggler cannot express it on a summary; its subtasks carry the dates.`);
      }
    }
  }
  const owner = t.task.owner ? context.resourceIds.get(t.task.owner.id) : undefined;
  if (owner) {
    out.push(`${inner}responsible ${owner}`);
  }
  for (const child of t.children) {
    writeTask(child, inner, context);
  }
  out.push(`${indent}}`);
}

function dependency(d: ExportDependency, context: Context): string {
  const options = [...(d.type === 'SS' ? ['onstart'] : []), ...(d.lag > 0 ? [`gaplength ${d.lag}d`] : [])];
  const path = context.taskPaths.get(d.from)!;
  return options.length > 0 ? `${path} { ${options.join(' ')} }` : path;
}
