import type { WorkCalendar } from '../../common/calendar';
import { parseIsoDate } from '../../common/dates';
import { TJ_DAY_END, TJ_DAY_START } from '../../server/src/interop/export/tjp';

/** Fixed working hours, so that a TaskJuggler time tells which side of a working day it is on. */
const DAY_START = TJ_DAY_START;
const DAY_END = TJ_DAY_END;

/** A CSV task report of ids, starts and ends, to append to an exported project. */
export function csvReport(name: string): string {
  return `taskreport "${name}" {\n  formats csv\n  columns id, start, end\n  timeformat "%Y-%m-%d %H:%M"\n}\n`;
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
