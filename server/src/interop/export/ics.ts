import { dayOfYmd, formatDay, weekdayOf, ymdOf } from '../../../../common/dates';
import type { Meeting } from '../../service/model/planModel';
import type { Locale } from '../../service/l10n/localize';
import { defineMessages } from '../../service/l10n/localize';
import type { ExportPlan } from './planFacts';

const text = defineMessages(
  {
    milestone: (name: string) => `◆ ${name}`,
    milestoneOf: (project: string) => `Milestone of ${project}`,
    owner: (name: string) => `Owner: ${name}`,
    chair: (name: string) => `Chair: ${name}`,
    participants: (names: string) => `Participants: ${names}`,
    form: (form: string) => `Form: ${form}`,
    everyone: () => 'everyone',
  },
  {
    milestone: (name) => `◆ ${name}`,
    milestoneOf: (project) => `${project} 里程碑`,
    owner: (name) => `负责人：${name}`,
    chair: (name) => `主持人：${name}`,
    participants: (names) => `参会人：${names}`,
    form: (form) => `形式：${form}`,
    everyone: () => '全体成员',
  },
);

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const TIME = /^([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * An iCalendar file (RFC 5545) that Outlook, Google Calendar, 飞书 and 钉钉 import: each milestone
 * as an all-day event, each regular meeting as a recurring event from the project's start to its
 * end (the target end, else the computed finish). Daily meetings recur on the working days
 * (make-up days added, holidays left out); weekly, biweekly, monthly (the first `day` of the month)
 * and quarterly meetings on their day, holidays left out. Times are floating local times, as a
 * plan writes them. UIDs are made of the project's and the item's ids, so importing a newer export
 * updates the events instead of duplicating them. `once` and `as-needed` meetings have no date
 * and are left out.
 */
export function exportIcs(plan: ExportPlan, locale: Locale): string {
  const msg = text[locale];
  const { analysis } = plan;
  const project = analysis.plan.project;
  const stamp = `${compact(plan.statusDate)}T000000Z`;
  const uid = (kind: string, id: string): string => `${plan.projectId}.${kind}.${id}@xproj`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//XProj//XProj plan export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(plan.projectName)}`,
  ];
  for (const t of plan.tasks) {
    if (t.milestone) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${escapeText(uid('milestone', t.id))}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(t.start)}`,
        `DTEND;VALUE=DATE:${compact(t.start + 1)}`,
        `SUMMARY:${escapeText(msg.milestone(t.name))}`,
        `DESCRIPTION:${escapeText([msg.milestoneOf(plan.projectName), t.owner ? msg.owner(t.owner.name) : ''].filter((x) => x !== '').join('\n'))}`,
        'CATEGORIES:MILESTONE',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  const first = plan.start;
  const last = project?.end?.day ?? plan.finish;
  for (const m of analysis.plan.meetings) {
    const occurrences = meetingRule(m, plan, first, last);
    if (!occurrences) {
      continue;
    }
    const time = TIME.exec(m.time?.value ?? '');
    const at = (day: number, hh?: string, mm?: string): string => (time ? `${compact(day)}T${hh}${mm}00` : compact(day));
    // DTSTART is the rule's first day (RFC 5545 wants them in step); EXDATE drops it when unwanted.
    const start = occurrences.ruleDays[0];
    if (start === undefined || occurrences.wanted.length === 0) {
      continue;
    }
    const dateParam = time ? '' : ';VALUE=DATE';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uid('meeting', m.id))}`,
      `DTSTAMP:${stamp}`,
      `DTSTART${dateParam}:${at(start, time?.[1], time?.[2])}`,
      `DTEND${dateParam}:${time ? at(start, time[3], time[4]) : compact(start + 1)}`,
      `RRULE:${occurrences.rule};UNTIL=${time ? `${compact(last)}T235959` : compact(last)}`,
    );
    const ruleDays = new Set(occurrences.ruleDays);
    const wanted = new Set(occurrences.wanted);
    const exdates = occurrences.ruleDays.filter((d) => !wanted.has(d));
    const rdates = occurrences.wanted.filter((d) => !ruleDays.has(d));
    if (exdates.length > 0) {
      lines.push(`EXDATE${dateParam}:${exdates.map((d) => at(d, time?.[1], time?.[2])).join(',')}`);
    }
    if (rdates.length > 0) {
      lines.push(`RDATE${dateParam}:${rdates.map((d) => at(d, time?.[1], time?.[2])).join(',')}`);
    }
    lines.push(`SUMMARY:${escapeText(m.name?.value ?? m.id)}`);
    const description = [
      m.description?.value,
      m.chair ? msg.chair(personName(plan, m.chair.id)) : undefined,
      participants(plan, m, locale),
      m.form ? msg.form(m.form.value) : undefined,
    ].filter((x): x is string => x !== undefined && x !== '');
    if (description.length > 0) {
      lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function personName(plan: ExportPlan, id: string): string {
  const symbols = plan.analysis.symbols;
  return symbols.person(id)?.name?.value ?? symbols.department(id)?.name?.value ?? id;
}

function participants(plan: ExportPlan, m: Meeting, locale: Locale): string | undefined {
  if (m.participants.length === 0) {
    return undefined;
  }
  const names = m.participants.map((p) => (p.id === 'all' ? text[locale].everyone() : personName(plan, p.id)));
  return text[locale].participants(names.join(locale === 'zh-cn' ? '、' : ', '));
}

/** The meeting's RRULE (without UNTIL), the days it yields and the days the plan wants. */
interface Occurrences {
  readonly rule: string;
  readonly ruleDays: readonly number[];
  readonly wanted: readonly number[];
}

function meetingRule(m: Meeting, plan: ExportPlan, first: number, last: number): Occurrences | undefined {
  const cal = plan.calendar;
  const days: number[] = [];
  for (let d = first; d <= last; d++) {
    days.push(d);
  }
  const notHoliday = (d: number): boolean => !cal.isHoliday(d);
  const firstWorkday = cal.nextWorkday(first);
  const day = m.day?.value ?? weekdayOf(firstWorkday);
  switch (m.cadence?.value) {
    case 'daily': {
      const valid = cal.rules.workdays.filter((w) => Number.isInteger(w) && w >= 0 && w <= 6);
      const workweek = valid.length > 0 ? [...new Set(valid)].sort() : [1, 2, 3, 4, 5];
      const ruleDays = days.filter((d) => workweek.includes(weekdayOf(d)));
      return { rule: `FREQ=WEEKLY;BYDAY=${workweek.map((w) => BYDAY[w]).join(',')}`, ruleDays, wanted: days.filter((d) => cal.isWorkday(d)) };
    }
    case 'weekly':
    case 'biweekly': {
      const interval = m.cadence.value === 'weekly' ? 1 : 2;
      const start = nextWeekday(first, day);
      const ruleDays = days.filter((d) => d >= start && weekdayOf(d) === day && ((d - start) / 7) % interval === 0);
      return { rule: `FREQ=WEEKLY;${interval > 1 ? `INTERVAL=${interval};` : ''}BYDAY=${BYDAY[day]}`, ruleDays, wanted: ruleDays.filter(notHoliday) };
    }
    case 'monthly':
    case 'quarterly': {
      const interval = m.cadence.value === 'monthly' ? 1 : 3;
      const ruleDays: number[] = [];
      const { year, month } = ymdOf(first);
      for (let k = 0; ; k += interval) {
        const d = nextWeekday(dayOfYmd(year, month + k, 1), day);
        if (d > last) {
          break;
        }
        if (d >= first) {
          ruleDays.push(d);
        }
      }
      // The rule counts from the first occurrence, which may fall in the month after the start.
      const from = ruleDays[0];
      if (from === undefined) {
        return undefined;
      }
      const counted = ruleDays.filter((d) => monthsBetween(from, d) % interval === 0);
      return { rule: `FREQ=MONTHLY;${interval > 1 ? `INTERVAL=${interval};` : ''}BYDAY=1${BYDAY[day]}`, ruleDays: counted, wanted: counted.filter(notHoliday) };
    }
    default:
      return undefined;
  }
}

function monthsBetween(a: number, b: number): number {
  const x = ymdOf(a);
  const y = ymdOf(b);
  return (y.year - x.year) * 12 + (y.month - x.month);
}

/** The first day on or after `day` that falls on `weekday`. */
function nextWeekday(day: number, weekday: number): number {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

function compact(day: number): string {
  return formatDay(day).replace(/-/g, '');
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Content lines longer than 75 octets are folded (RFC 5545 3.1), never inside a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
