import { WorkCalendar } from '../../common/calendar';
import { dayOfIso } from '../../common/dates';
import type { GanttModel } from '../../common/ganttModel';

/**
 * The plan's finish as the status bar shows it: the planned finish, and how far the forecast and
 * the baseline lie from it in working days of the plan's calendar. No `vscode` here, so it is
 * unit-tested in plain Node; the words come through `translate` (`vscode.l10n.t` in the extension).
 */
export interface FinishSummary {
  readonly finish: string;
  readonly deadline?: string;
  /** Working days the forecast finish lies after the planned one (only with a status date). */
  readonly forecast?: { readonly date: string; readonly delta: number };
  /** Working days the planned finish lies after the baseline's (only with a baseline). */
  readonly baseline?: { readonly name: string; readonly date: string; readonly delta: number };
  readonly unreliable?: { readonly cycles: number; readonly errors: number };
}

export function finishSummary(model: GanttModel): FinishSummary {
  const p = model.project;
  const range = (r: { from: string; to: string }): { from: number; to: number } => ({ from: dayOfIso(r.from), to: dayOfIso(r.to) });
  const cal = new WorkCalendar({
    workdays: model.calendar.workdays,
    holidays: model.calendar.holidays.map(range),
    extraWorkdays: model.calendar.extraWorkdays.map(range),
  });
  const finish = dayOfIso(p.finish);
  const unreliable = p.unreliable !== undefined && p.unreliable.cycles + p.unreliable.errors > 0 ? p.unreliable : undefined;
  return {
    finish: p.finish,
    ...(p.deadline !== undefined ? { deadline: p.deadline } : {}),
    ...(p.forecastFinish !== undefined ? { forecast: { date: p.forecastFinish, delta: cal.workdayDelta(finish, dayOfIso(p.forecastFinish)) } } : {}),
    ...(p.baselineFinish !== undefined
      ? { baseline: { name: p.baseline ?? '', date: p.baselineFinish, delta: cal.workdayDelta(dayOfIso(p.baselineFinish), finish) } }
      : {}),
    ...(unreliable !== undefined ? { unreliable } : {}),
  };
}

/** `vscode.l10n.t`'s shape: a message with `{0}` placeholders. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** `+4d`, `-1d`, `±0d`: a working-day delta as the status bar and the Tasks view show it. */
export function signedDays(n: number, t: Translate): string {
  return t('{0}d', n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
}

/** `finish 06-25 · forecast +4d · baseline +2d` (month and day: the year is in the tooltip). */
export function finishText(s: FinishSummary, t: Translate): string {
  const parts = [t('finish {0}', s.finish.slice(5))];
  if (s.forecast !== undefined) {
    parts.push(t('forecast {0}', signedDays(s.forecast.delta, t)));
  }
  if (s.baseline !== undefined) {
    parts.push(t('baseline {0}', signedDays(s.baseline.delta, t)));
  }
  return parts.join(' · ');
}

/** The tooltip's lines about the finish, whole dates and what each delta compares. */
export function finishTooltip(s: FinishSummary, t: Translate): string[] {
  const lines = [t('Computed finish: {0}.', s.finish)];
  if (s.deadline !== undefined) {
    lines.push(t('Target end: {0}.', s.deadline));
  }
  if (s.forecast !== undefined) {
    lines.push(t('Forecast finish: {0} ({1} working days after the plan).', s.forecast.date, signedNumber(s.forecast.delta)));
  }
  if (s.baseline !== undefined) {
    const name = s.baseline.name === '' ? t('the baseline') : s.baseline.name;
    lines.push(t('Baseline {0} finished on {1}; the plan finishes {2} working days after it.', name, s.baseline.date, signedNumber(s.baseline.delta)));
  }
  if (s.unreliable !== undefined) {
    lines.push(unreliableText(s.unreliable, t));
  }
  return lines;
}

export function unreliableText(u: { readonly cycles: number; readonly errors: number }, t: Translate): string {
  return t('Dates unreliable: {0} dependency cycles, {1} errors. Fix them for a schedule you can trust.', u.cycles, u.errors);
}

function signedNumber(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
