import type { DayKind } from '../../../../common/calendar';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import type { HolidayRange } from '../model/planModel';

const messages = defineMessages(
  {
    workday: () => 'working day',
    weekend: () => 'day off',
    holiday: () => 'holiday',
    makeup: () => 'make-up working day',
    named: (what: string, name: string) => `${what} (${name})`,
  },
  {
    workday: () => '工作日',
    weekend: () => '休息日',
    holiday: () => '节假日',
    makeup: () => '调休上班',
    named: (what, name) => `${what}（${name}）`,
  },
);

/** What a day is in the plan's calendar, with the holiday it belongs to when one is named. */
export interface DayDescription {
  readonly kind: DayKind;
  /** The holiday's name (春节, or Spring Festival in English), for a day off or a make-up day of it. */
  readonly name?: string;
}

/**
 * Describes a day as the plan's calendar counts it: worked or not (the one calendar, presets
 * merged) and the name of its holiday, from the plan's own `name:` first, then the preset. A
 * weekend inside a holiday period is a day off with the holiday's name.
 */
export function describeDay(analysis: PlanAnalysis, day: number, locale: Locale): DayDescription {
  const kind = analysis.schedule.calendar.dayKind(day);
  const spec = analysis.plan.project?.calendar;
  const own = kind === 'makeup' ? namedIn(spec?.extraWorkdays, day) : kind === 'workday' ? undefined : namedIn(spec?.holidays, day);
  if (own !== undefined) {
    return { kind, name: own };
  }
  const preset = analysis.schedule.preset?.dayName(day);
  // A preset's name counts only where the merged calendar agrees with it (the plan's lists win).
  const agrees = preset && (preset.kind === 'makeup' ? kind === 'makeup' : kind === 'holiday' || kind === 'weekend');
  return agrees ? { kind, name: locale === 'zh-cn' ? preset.name : preset.nameEn } : { kind };
}

function namedIn(ranges: readonly HolidayRange[] | undefined, day: number): string | undefined {
  return ranges?.find((r) => r.name !== undefined && r.from <= day && day <= r.to)?.name;
}

/** `make-up working day (Spring Festival)`, `调休上班（春节）`, `working day`: a day in words. `escape` guards plan text for Markdown. */
export function dayLabel(analysis: PlanAnalysis, day: number, locale: Locale, escape: (text: string) => string = (text) => text): string {
  const m = messages[locale];
  const { kind, name } = describeDay(analysis, day, locale);
  return name !== undefined ? m.named(m[kind](), escape(name)) : m[kind]();
}
