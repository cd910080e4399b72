import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Locale } from '../../l10n/localize';
import { appendToTopLevelSeq } from './yamlText';
import type { OffsetEdit } from './yamlText';
import { flowList, quoteScalar } from '../../utils/yamlScalars';

/** The communication mechanism of the rule books (seed 002, 沟通机制), by meeting id. */
export type StandardMeetingId = 'weekly' | 'standup' | 'briefing' | 'emergency';

/** The meetings the "add the standard meetings" action offers; the emergency channel is the template's only. */
export const STANDARD_MEETINGS: readonly StandardMeetingId[] = ['weekly', 'standup', 'briefing'];

interface MeetingText {
  readonly name: string;
  readonly form: string;
}

const TEXT: Readonly<Record<Locale, Readonly<Record<StandardMeetingId, MeetingText>>>> = {
  en: {
    weekly: { name: 'Weekly project meeting', form: 'In person or video; 5-minute reports, then the open issues' },
    standup: { name: 'Daily stand-up (key task groups)', form: 'Ten-minute sync in the team chat' },
    briefing: { name: 'Monthly executive briefing', form: 'Slides and Q&A' },
    emergency: { name: 'Emergency coordination channel', form: 'Phone or instant message' },
  },
  'zh-cn': {
    weekly: { name: '项目周例会', form: '线下/视频会议（5分钟汇报+问题聚焦）' },
    standup: { name: '每日站会（关键任务组）', form: '企业微信快速同步（10分钟）' },
    briefing: { name: '月度高层简报', form: 'PPT汇报+问答' },
    emergency: { name: '紧急协调通道', form: '电话/即时消息' },
  },
};

/** Who chairs and who attends; ids must already resolve in the plan. */
export interface MeetingPeople {
  readonly chair?: string;
  /** The executives for the monthly briefing; everyone when empty. */
  readonly executives: readonly string[];
}

/** One meeting as a flow mapping, the way the template and the seeds' tables write them. */
export function renderMeeting(id: StandardMeetingId, people: MeetingPeople, locale: Locale): string {
  const text = TEXT[locale][id];
  const fields: string[] = [`id: ${id}`, `name: ${quoteScalar(text.name)}`];
  switch (id) {
    case 'weekly':
      fields.push('cadence: weekly', 'day: mon', 'time: "10:00-11:00"');
      break;
    case 'standup':
      fields.push('cadence: daily', 'time: "09:00-09:10"');
      break;
    case 'briefing':
      fields.push('cadence: monthly');
      break;
    case 'emergency':
      fields.push('cadence: as-needed');
      break;
  }
  fields.push(`form: ${quoteScalar(text.form)}`);
  if (people.chair !== undefined) {
    fields.push(`chair: ${quoteScalar(people.chair)}`);
  }
  const participants = id === 'briefing' && people.executives.length > 0 ? people.executives : ['all'];
  fields.push(`participants: ${flowList(participants)}`);
  return `{${fields.join(', ')}}`;
}

/** The edit adding each standard meeting whose id the plan lacks, or undefined when none is missing. */
export function addStandardMeetingsEdit(analysis: PlanAnalysis, locale: Locale): OffsetEdit | undefined {
  // The top-level pairs and each list's last item are all the edit reads: no item is parsed again.
  const doc = analysis.parsed.around([]);
  if (!doc) {
    return undefined;
  }
  const have = new Set(analysis.plan.meetings.map((m) => m.id));
  const missing = STANDARD_MEETINGS.filter((id) => !have.has(id));
  if (missing.length === 0) {
    return undefined;
  }
  const project = analysis.plan.project;
  const person = (id: string | undefined): string | undefined => (id !== undefined && analysis.symbols.person(id) ? id : undefined);
  const chair = person(project?.manager?.id) ?? person(project?.owner?.id);
  const executives = [...new Set([person(project?.owner?.id), chair].filter((id): id is string => id !== undefined))];
  const entries = missing.map((id) => renderMeeting(id, { chair, executives }, locale));
  return appendToTopLevelSeq(analysis.text, doc, 'meetings', entries);
}
