import { Document } from 'yaml';
import type { Node } from 'yaml';
import schema from '../../../../schemas/xproj.schema.json';
import type { DayRange } from '../../../../common/calendar';
import type { DependencyType } from '../../../../common/dependencyType';
import { formatDay } from '../../../../common/dates';
import type { TaskStatus } from '../../../../common/taskStatus';
import { WEEKDAY_NAMES } from '../../../../common/weekdays';
import type { Locale } from '../../service/l10n/localize';
import { defineMessages } from '../../service/l10n/localize';

/** A dependency as imports collect it: the predecessor's (new) id, the type, the lag in working days. */
export interface ImportedDependency {
  readonly id: string;
  readonly type: DependencyType;
  readonly lag: number;
}

/** A task on its way into a plan; dates are day numbers. */
export interface ImportedTask {
  readonly id: string;
  name?: string;
  milestone?: boolean;
  /** Working days. */
  duration?: number;
  start?: number;
  end?: number;
  depends: ImportedDependency[];
  owner?: string;
  department?: string;
  phase?: string;
  assignees: { readonly person: string; readonly load: number }[];
  status?: TaskStatus;
  progress?: number;
  actualStart?: number;
  actualEnd?: number;
  readonly children: ImportedTask[];
}

export interface ImportedHoliday extends DayRange {
  readonly name?: string;
}

/** What every importer produces: the plan's parts, and what could not be carried over. */
export interface ImportedPlan {
  readonly project: { id: string; name: string; start?: number; end?: number; statusDate?: number; owner?: string; manager?: string };
  calendar?: { workdays: number[]; holidays: ImportedHoliday[]; extraWorkdays: DayRange[] };
  readonly people: { id: string; name: string; department?: string; capacity?: number; email?: string }[];
  readonly departments: { id: string; name: string }[];
  readonly phases: { id: string; name: string }[];
  readonly tasks: ImportedTask[];
  /** One line each, in the user's language. */
  readonly notes: string[];
}

const header = defineMessages(
  {
    title: (source: string) => `Imported by XProj from ${source}.`,
    notCarried: () => 'Not carried over:',
  },
  {
    title: (source) => `由 XProj 从 ${source} 导入。`,
    notCarried: () => '未能转换的内容：',
  },
);

interface SchemaShape {
  readonly definitions: Readonly<Record<string, { readonly properties?: Readonly<Record<string, unknown>> }>>;
}

/** Whether the plan format this build checks against has a field (make-up days and actuals arrive in steps). */
export function formatHas(definition: 'calendar' | 'task', field: string): boolean {
  return (schema as unknown as SchemaShape).definitions[definition]?.properties?.[field] !== undefined;
}

/**
 * The plan as YAML that `xproj check` accepts: short entries (people, dependencies, holidays) in
 * flow style, the WBS as nested `subtasks`, and what the source had that the plan cannot hold as
 * comments at the top.
 */
export function writePlanYaml(plan: ImportedPlan, source: string, locale: Locale): string {
  const doc = new Document();
  const flow = (value: unknown): Node => {
    const node = doc.createNode(value) as Node & { flow?: boolean };
    node.flow = true;
    return node;
  };
  const day = (d: number | undefined): string | undefined => (d === undefined ? undefined : formatDay(d));
  const p = plan.project;
  const root: Record<string, unknown> = { xproj: 1 };
  const calendar = plan.calendar;
  root['project'] = clean({
    id: p.id,
    name: p.name,
    owner: p.owner,
    manager: p.manager,
    start: day(p.start),
    end: day(p.end),
    status_date: day(p.statusDate),
    calendar: calendar
      ? clean({
          workdays: flow(calendar.workdays.map((w) => WEEKDAY_NAMES[w])),
          holidays: calendar.holidays.length > 0 ? calendar.holidays.map((h) => flow(clean({ from: day(h.from), to: day(h.to), name: h.name }))) : undefined,
          extra_workdays: calendar.extraWorkdays.length > 0 ? calendar.extraWorkdays.map((r) => flow({ from: day(r.from), to: day(r.to) })) : undefined,
        })
      : undefined,
  });
  if (plan.departments.length > 0) {
    root['departments'] = plan.departments.map((d) => flow(d));
  }
  if (plan.people.length > 0) {
    root['people'] = plan.people.map((x) => flow(clean({ id: x.id, name: x.name, department: x.department, capacity: x.capacity, email: x.email })));
  }
  if (plan.phases.length > 0) {
    root['phases'] = plan.phases.map((x) => flow(x));
  }
  const task = (t: ImportedTask): Record<string, unknown> =>
    clean({
      id: t.id,
      name: t.name,
      phase: t.phase,
      owner: t.owner,
      department: t.department,
      milestone: t.milestone ? true : undefined,
      start: day(t.start),
      end: day(t.end),
      duration: t.duration !== undefined && !t.milestone && t.children.length === 0 ? `${t.duration}d` : undefined,
      depends_on:
        t.depends.length > 0
          ? flow(
              t.depends.map((d) =>
                d.type === 'FS' && d.lag === 0
                  ? d.id
                  : clean({ task: d.id, type: d.type === 'FS' ? undefined : d.type, lag: d.lag !== 0 ? `${d.lag}d` : undefined }),
              ),
            )
          : undefined,
      status: t.status,
      progress: t.progress,
      actual_start: day(t.actualStart),
      actual_end: day(t.actualEnd),
      assignees: t.assignees.length > 0 ? flow(t.assignees.map((a) => (a.load === 1 ? a.person : { person: a.person, load: a.load }))) : undefined,
      subtasks: t.children.length > 0 ? t.children.map(task) : undefined,
    });
  root['tasks'] = plan.tasks.map(task);
  doc.contents = doc.createNode(root) as never;
  const msg = header[locale];
  const comment = [
    ` ${msg.title(source)}`,
    ...(plan.notes.length > 0 ? [` ${msg.notCarried()}`, ...plan.notes.map((n) => ` - ${n.replace(/[\r\n]+/g, ' ')}`)] : []),
  ];
  doc.commentBefore = comment.join('\n');
  return doc.toString({ lineWidth: 0 });
}

function clean<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
