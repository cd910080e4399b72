import { defineMessages } from '../../l10n/localize';

export const levellingMessages = defineMessages(
  {
    delay: (task: string, days: number, date: string, slack: number) =>
      `Delay '${task}' by ${days} working ${days === 1 ? 'day' : 'days'} to ${date} (slack ${slack})`,
    none: () => 'No conflicting task can be delayed within its slack to end this overallocation',
    overloaded: (person: string, day: string, others: string) => `${person} is over capacity from ${day} with ${others}`,
    stuck: (person: string, day: string, others: string) =>
      `${person} is over capacity from ${day} with ${others}; no task among them can be delayed within its slack`,
  },
  {
    delay: (task, days, date, slack) => `将“${task}”推迟 ${days} 个工作日至 ${date}（浮动时间 ${slack} 天）`,
    none: () => '冲突任务均无法在其浮动时间内推迟以消除此超负荷',
    overloaded: (person, day, others) => `${person}自 ${day} 起与${others}叠加超出产能`,
    stuck: (person, day, others) => `${person}自 ${day} 起与${others}叠加超出产能；其中没有任务能在浮动时间内推迟`,
  },
);
