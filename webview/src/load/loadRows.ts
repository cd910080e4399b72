import { dailyLoads, heatLevel } from '../../../common/loadCells';
import type { ResourceLoadModel, ResourcePerson } from '../../../common/resourceLoad';

/** A row of the load view: a department's heading, or a person with their load per day. */
export type LoadRow =
  | { readonly kind: 'department'; readonly id: string; readonly name: string; readonly count: number }
  | { readonly kind: 'person'; readonly person: ResourcePerson; readonly daily: Float64Array; readonly over: boolean };

/** What the toolbar filters by: a department id ('' for all, NO_DEPARTMENT for people without one), and overbooked people only. */
export interface RowFilter {
  readonly department: string;
  readonly overOnly: boolean;
}

/** The department filter's value for people of no department. */
export const NO_DEPARTMENT = '\u0000none';

/** A person's department as the filter and the headings name it: id and name, or NO_DEPARTMENT. */
function departmentOf(person: ResourcePerson, noDepartment: string): { id: string; name: string } {
  const d = person.department;
  return d ? { id: d.id, name: d.name ?? d.id } : { id: NO_DEPARTMENT, name: noDepartment };
}

/** The rows to draw: each department's people under its heading, in the model's order. */
export function loadRows(model: ResourceLoadModel, filter: RowFilter, noDepartment: string): LoadRow[] {
  const rows: LoadRow[] = [];
  let heading: { id: string; name: string; people: LoadRow[] } | undefined;
  const flush = (): void => {
    if (heading && heading.people.length > 0) {
      rows.push({ kind: 'department', id: heading.id, name: heading.name, count: heading.people.length }, ...heading.people);
    }
  };
  for (const person of model.people) {
    const department = departmentOf(person, noDepartment);
    if (filter.department !== '' && filter.department !== department.id) {
      continue;
    }
    if (heading?.id !== department.id) {
      flush();
      heading = { ...department, people: [] };
    }
    const daily = dailyLoads(person, model.days);
    const over = daily.some((load) => heatLevel(load, person.capacity) === 4);
    if (!filter.overOnly || over) {
      heading.people.push({ kind: 'person', person, daily, over });
    }
  }
  flush();
  return rows;
}

/** The departments of the model, in order, for the filter: id and name. */
export function departmentsOf(model: ResourceLoadModel, noDepartment: string): { id: string; name: string }[] {
  const seen = new Map<string, { id: string; name: string }>();
  for (const p of model.people) {
    const department = departmentOf(p, noDepartment);
    if (!seen.has(department.id)) {
      seen.set(department.id, department);
    }
  }
  return [...seen.values()];
}
