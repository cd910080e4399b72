import { WorkCalendar } from '../../common/calendar';
import { calendarPreset } from '../../common/calendarPresets';
import { mergePreset } from '../../common/calendarPresets/holidayPreset';
import { formatDay, localToday, parseIsoDate, weekdayOf } from '../../common/dates';
import { DEFAULT_WORKDAYS } from '../../common/weekdays';

// The template of `xproj.newPlan` filled in: pure, so it is tested without VS Code.

/** The template's project start; every other date of the template is placed relative to it. */
const TEMPLATE_START = '2027-03-01';
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const PRESET_COMMENTS: Readonly<Record<NonNullable<NewPlanInput['preset']>, string>> = {
  cn: '中国大陆法定节假日与调休上班日，随 XProj 提供；下面两个列表可补充或覆盖',
};

/** What `xproj.newPlan` asks for; keybindings and tests may pass it as the command's argument. */
export interface NewPlanInput {
  readonly name: string;
  /** ISO date of a working day of the plan's calendar. */
  readonly start: string;
  /**
   * The statutory calendar the plan uses (`calendar.preset`); by default `cn` when VS Code speaks
   * Chinese, none otherwise. Not asked: the editor's language answers it.
   */
  readonly preset?: 'cn';
}

/** The working calendar of the template (Monday to Friday), with the preset's holidays and make-up days. */
export function templateCalendar(preset: NewPlanInput['preset']): WorkCalendar {
  return new WorkCalendar(mergePreset({ workdays: DEFAULT_WORKDAYS, holidays: [] }, preset ? calendarPreset(preset) : undefined));
}

export function nextMonday(today = new Date()): string {
  const day = localToday(today);
  return formatDay(day + ((8 - weekdayOf(day)) % 7 || 7));
}

/** The start offered: next Monday, or the first working day after it when it is a holiday. */
export function nextStart(calendar: WorkCalendar, today = new Date()): string {
  return formatDay(calendar.nextWorkday(parseIsoDate(nextMonday(today)) ?? localToday(today)));
}

/** `cn` for an editor in Chinese: plans there follow the State Council's holidays and 调休. */
export function presetForLanguage(language: string): NewPlanInput['preset'] {
  return /^zh/i.test(language) ? 'cn' : undefined;
}

/** A plan id and file name from the project name: any script, spaces and punctuation to `-`. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_.]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug.length > 0 ? slug.slice(0, 60) : 'new-project';
}

/**
 * The template with the project's name, id, calendar and dates. The start is the one given; the
 * other dates move by whole weeks (rounded up), so they keep their weekdays and the schedule its
 * slack, and the plan checks clean. Holidays are real calendar dates and stay as written.
 */
export function renderPlan(template: string, input: NewPlanInput): string {
  const offset = (parseIsoDate(input.start) ?? 0) - (parseIsoDate(TEMPLATE_START) ?? 0);
  const weeks = Math.ceil(offset / 7) * 7;
  const lines = template.split('\n').map((line) => {
    if (/^\s*-\s*(\d{4}-\d{2}-\d{2}|\{\s*from:)/.test(line)) {
      return line;
    }
    if (new RegExp(`^\\s*start:\\s*${TEMPLATE_START}\\b`).test(line)) {
      return line.replace(TEMPLATE_START, input.start);
    }
    const shifted = line.replace(ISO_DATE, (date) => {
      const day = parseIsoDate(date);
      return day === undefined ? date : formatDay(day + weeks);
    });
    return shifted.replace(/^(\s*id:\s*)new-project\b/, `$1${slugOf(input.name)}`).replace(/^(\s*name:\s*)"\[项目名称\]"/, `$1${JSON.stringify(input.name)}`);
  });
  const calendar = lines.findIndex((l) => /^\s*calendar:\s*(#.*)?$/.test(l));
  if (input.preset && calendar >= 0) {
    // The preset's line goes first in the calendar, where it is seen, at the indentation of its keys.
    const indent = /^\s*/.exec(lines[calendar + 1] ?? '')![0];
    lines.splice(calendar + 1, 0, `${indent}preset: ${input.preset}                     # ${PRESET_COMMENTS[input.preset]}`);
  }
  return lines.join('\n');
}
