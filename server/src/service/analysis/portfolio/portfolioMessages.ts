import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';

export const portfolioMessages = defineMessages(
  {
    overallocated: (person: string, task: string, day: string, peak: string, capacity: string, others: string) =>
      `${person} is overallocated across plans on task '${task}' from ${day}: together with ${others}, the load reaches ${peak} FTE against a capacity of ${capacity}.`,
    otherPlanTask: (task: string, plan: string) => `task '${task}' of plan '${plan}'`,
    thisPlanTask: (task: string) => `task '${task}' of this plan`,
    related: (person: string, task: string, plan: string, load: string) => `${person} on task '${task}' of plan '${plan}' (${load} FTE)`,
    separator: () => ', ',
    more: (count: number) => `${count} more`,
  },
  {
    overallocated: (person, task, day, peak, capacity, others) =>
      `${person}自 ${day} 起在任务“${task}”上跨计划超负荷：与${others}叠加后负荷达 ${peak} FTE，超出其产能 ${capacity} FTE。`,
    otherPlanTask: (task, plan) => `计划“${plan}”的任务“${task}”`,
    thisPlanTask: (task) => `本计划的任务“${task}”`,
    related: (person, task, plan, load) => `${person}在计划“${plan}”的任务“${task}”上的投入（${load} FTE）`,
    separator: () => '、',
    more: (count) => `其他 ${count} 项`,
  },
);

/** A person as messages name them: `李娜 (li-na)`, or the id alone when they have no name. */
export function personLabel(id: string, name: string | undefined, locale: Locale): string {
  if (name === undefined || name === id) {
    return locale === 'zh-cn' ? `“${id}”` : `'${id}'`;
  }
  return `${name} (${id})`;
}
