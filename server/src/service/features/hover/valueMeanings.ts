import type { Locale } from '../../l10n/localize';
import type { RoleWord } from '../../symbols/roles';
import { CHANGE_STATUSES } from '../../../../../common/changeStatus';
import { DEPENDENCY_TYPES } from '../../../../../common/dependencyType';
import { RULE_LEVELS } from '../../../../../common/ruleLevel';
import { TASK_STATUSES } from '../../../../../common/taskStatus';
import { WEEKDAYS_MONDAY_FIRST } from '../../../../../common/weekdays';

/** The enumerations of the format whose values hovers explain. */
const DOMAIN_VALUES = {
  taskStatus: TASK_STATUSES,
  dependencyType: DEPENDENCY_TYPES,
  riskCategory: ['business', 'technical', 'personnel', 'market', 'legal', 'schedule', 'budget', 'other'],
  riskResponse: ['avoid', 'mitigate', 'transfer', 'accept'],
  riskStatus: ['open', 'closed', 'occurred'],
  cadence: ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'once', 'as-needed'],
  changeStatus: CHANGE_STATUSES,
  weekday: WEEKDAYS_MONDAY_FIRST,
  ruleLevel: RULE_LEVELS,
} as const;

export type ValueDomain = keyof typeof DOMAIN_VALUES;

/** A short label for cards, and a sentence for the value's own hover. */
type Meaning = readonly [label: string, meaning: string];

type Tables = { readonly [D in ValueDomain]: Readonly<Record<(typeof DOMAIN_VALUES)[D][number], Meaning>> };

const EN: Tables = {
  taskStatus: {
    'not-started': ['Not started', 'Work has not begun. The default.'],
    'in-progress': ['In progress', 'Work is under way; `progress` says how far.'],
    blocked: ['Blocked', 'Work cannot go on until something outside the task is resolved; raise it through the escalation path.'],
    done: ['Done', 'Finished and accepted; the task is no longer checked for being overdue.'],
    cancelled: ['Cancelled', 'Dropped from the project; it is no longer checked for being overdue.'],
  },
  dependencyType: {
    FS: ['Finish-to-start', 'Finish-to-start (the default): this task starts no earlier than the working day after the predecessor ends, plus the lag.'],
    SS: ['Start-to-start', 'Start-to-start: this task starts no earlier than the predecessor starts, plus the lag.'],
    FF: ['Finish-to-finish', 'Finish-to-finish: this task ends no earlier than the predecessor ends, plus the lag.'],
    SF: ['Start-to-finish', 'Start-to-finish: this task ends no earlier than the predecessor starts, plus the lag.'],
  },
  riskCategory: {
    business: ['Business', 'Business risk: the project’s goals, stakeholders or benefits.'],
    technical: ['Technical', 'Technical risk: systems, tools, integration or data.'],
    personnel: ['Personnel', 'Personnel risk: key people leaving, missing skills or unavailable staff.'],
    market: ['Market', 'Market risk: demand, competitors or prices.'],
    legal: ['Legal', 'Legal risk: contracts, compliance or regulation.'],
    schedule: ['Schedule', 'Schedule risk: delays to tasks or deadlines.'],
    budget: ['Budget', 'Budget risk: costs running over the approved budget.'],
    other: ['Other', 'A risk that fits no other category.'],
  },
  riskResponse: {
    avoid: ['Avoid', 'Avoid (规避): change the plan so the risk cannot occur.'],
    mitigate: ['Mitigate', 'Mitigate (减轻): act now to make the risk less likely or less harmful.'],
    transfer: ['Transfer', 'Transfer (转移): hand the consequences to someone else, e.g. an insurer or a supplier’s contract.'],
    accept: ['Accept', 'Accept (接受): take the risk as it is, and keep a contingency plan ready.'],
  },
  riskStatus: {
    open: ['Open', 'Open (the default): the risk is being watched and reviewed.'],
    closed: ['Closed', 'Closed: the risk is no longer relevant and is not reviewed any more.'],
    occurred: ['Occurred', 'Occurred: the risk happened and the contingency plan applies.'],
  },
  cadence: {
    daily: ['Daily', 'Held every working day, e.g. a 10-minute stand-up.'],
    weekly: ['Weekly', 'Held once a week, on `day` at `time`.'],
    biweekly: ['Every two weeks', 'Held every other week, on `day` at `time`.'],
    monthly: ['Monthly', 'Held once a month, e.g. an executive briefing or a fund-usage report.'],
    quarterly: ['Quarterly', 'Held once a quarter.'],
    once: ['Once', 'Held once, e.g. the kick-off or the acceptance meeting.'],
    'as-needed': ['As needed', 'Called when needed, e.g. an emergency channel.'],
  },
  changeStatus: {
    proposed: ['Proposed', 'Proposed: drafted, not yet submitted for a decision.'],
    requested: ['Requested', 'Requested: waiting for a decision; it does not apply yet.'],
    approved: ['Approved', 'Approved: the change applies and the plan should reflect it.'],
    rejected: ['Rejected', 'Rejected: the change does not apply.'],
    implemented: ['Implemented', 'Implemented: the change has been carried out.'],
  },
  weekday: {
    mon: ['Monday', 'Monday.'],
    tue: ['Tuesday', 'Tuesday.'],
    wed: ['Wednesday', 'Wednesday.'],
    thu: ['Thursday', 'Thursday.'],
    fri: ['Friday', 'Friday.'],
    sat: ['Saturday', 'Saturday.'],
    sun: ['Sunday', 'Sunday.'],
  },
  ruleLevel: {
    off: ['Off', 'The rule is not checked.'],
    hint: ['Hint', 'Reported as a hint: shown faintly in the editor, not listed as a problem.'],
    info: ['Info', 'Reported as information.'],
    warning: ['Warning', 'Reported as a warning; `xproj check` still succeeds.'],
    error: ['Error', 'Reported as an error; `xproj check` fails (exit code 1).'],
  },
};

const ZH_CN: Tables = {
  taskStatus: {
    'not-started': ['未开始', '工作尚未开始。默认值。'],
    'in-progress': ['进行中', '工作正在进行；`progress` 表示完成程度。'],
    blocked: ['阻塞', '需等待任务之外的问题解决后才能继续；请按问题升级路径上报。'],
    done: ['已完成', '已完成并验收；不再检查是否逾期。'],
    cancelled: ['已取消', '已从项目中取消；不再检查是否逾期。'],
  },
  dependencyType: {
    FS: ['完成-开始', '完成-开始（默认）：本任务最早在前置任务结束后的下一个工作日开始，再加上延迟。'],
    SS: ['开始-开始', '开始-开始：本任务最早在前置任务开始时开始，再加上延迟。'],
    FF: ['完成-完成', '完成-完成：本任务最早在前置任务结束时结束，再加上延迟。'],
    SF: ['开始-完成', '开始-完成：本任务最早在前置任务开始时结束，再加上延迟。'],
  },
  riskCategory: {
    business: ['业务', '业务风险：项目目标、干系人或收益方面的风险。'],
    technical: ['技术', '技术风险：系统、工具、集成或数据方面的风险。'],
    personnel: ['人员', '人员风险：关键人员流失、技能不足或人手不够。'],
    market: ['市场', '市场风险：需求、竞争对手或价格变化。'],
    legal: ['法律', '法律风险：合同、合规或监管方面的风险。'],
    schedule: ['进度', '进度风险：任务或截止日期延误。'],
    budget: ['预算', '预算风险：费用超出批准的预算。'],
    other: ['其他', '不属于其他类别的风险。'],
  },
  riskResponse: {
    avoid: ['规避', '规避：调整计划，使风险无从发生。'],
    mitigate: ['减轻', '减轻：现在采取措施，降低风险发生的可能性或影响。'],
    transfer: ['转移', '转移：把后果转给他方承担，例如保险或供应商合同。'],
    accept: ['接受', '接受：承担风险，同时准备好应急预案。'],
  },
  riskStatus: {
    open: ['跟踪中', '跟踪中（默认）：持续关注并定期评审。'],
    closed: ['已关闭', '已关闭：风险已不再相关，不再评审。'],
    occurred: ['已发生', '已发生：风险已经发生，启用应急预案。'],
  },
  cadence: {
    daily: ['每天', '每个工作日举行，例如 10 分钟站会。'],
    weekly: ['每周', '每周一次，在 `day` 的 `time` 举行。'],
    biweekly: ['每两周', '每两周一次，在 `day` 的 `time` 举行。'],
    monthly: ['每月', '每月一次，例如管理层简报或资金使用报告。'],
    quarterly: ['每季度', '每季度一次。'],
    once: ['一次', '只举行一次，例如启动会或验收会。'],
    'as-needed': ['按需', '需要时召开，例如紧急沟通渠道。'],
  },
  changeStatus: {
    proposed: ['已起草', '已起草：尚未提交审批。'],
    requested: ['已申请', '已申请：等待决定，尚未生效。'],
    approved: ['已批准', '已批准：变更生效，计划应随之调整。'],
    rejected: ['已驳回', '已驳回：变更不生效。'],
    implemented: ['已实施', '已实施：变更已落实。'],
  },
  weekday: {
    mon: ['星期一', '星期一。'],
    tue: ['星期二', '星期二。'],
    wed: ['星期三', '星期三。'],
    thu: ['星期四', '星期四。'],
    fri: ['星期五', '星期五。'],
    sat: ['星期六', '星期六。'],
    sun: ['星期日', '星期日。'],
  },
  ruleLevel: {
    off: ['关闭', '不检查此规则。'],
    hint: ['提示', '以提示报告：编辑器中淡显，不列入问题列表。'],
    info: ['信息', '以信息报告。'],
    warning: ['警告', '以警告报告；`xproj check` 仍然成功。'],
    error: ['错误', '以错误报告；`xproj check` 失败（退出码 1）。'],
  },
};

const TABLES: Readonly<Record<Locale, Tables>> = { en: EN, 'zh-cn': ZH_CN };

function entry(domain: ValueDomain, value: string, locale: Locale): Meaning | undefined {
  const table = TABLES[locale][domain] as Readonly<Record<string, Meaning>>;
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
}

/** The short label of a value (`In progress`, `进行中`), or the value itself when it is not one of the domain's. */
export function valueLabel(domain: ValueDomain, value: string, locale: Locale): string {
  return entry(domain, value, locale)?.[0] ?? value;
}

/**
 * The explanation of `value` for a schema `enum`: the domain is the one whose values cover the
 * whole enum, so `status` of a task, a risk and a change each get their own meanings.
 */
export function enumValueMeaning(schemaEnum: readonly unknown[], value: string, locale: Locale): { label: string; meaning: string } | undefined {
  for (const [domain, values] of Object.entries(DOMAIN_VALUES) as [ValueDomain, readonly string[]][]) {
    if (schemaEnum.length > 0 && schemaEnum.every((v) => typeof v === 'string' && values.includes(v))) {
      const e = entry(domain, value, locale);
      return e && { label: e[0], meaning: e[1] };
    }
  }
  return undefined;
}

const ROLE_MEANINGS: Readonly<Record<Locale, Readonly<Record<RoleWord, string>>>> = {
  en: {
    'department-head': 'The head of the department concerned (部门负责人), as named by the department’s `head`.',
    finance: 'Finance (财务): the head of the `finance` department reviews the budget and controls costs.',
    manager: 'The project manager (项目经理), `project.manager`: plans, schedules, runs the weekly meeting and coordinates escalations.',
    owner: 'The project’s executive owner (项目总负责人), `project.owner`: approves big decisions and is the last escalation step.',
    sponsor: 'The sponsor (项目发起人), `project.sponsor`: proposed the project and backs it.',
    department: 'Inside the department (部门内解决): the department’s own people and head settle the issue first.',
    committee: 'Management or the decision committee (决策委员会): approves initiation, big changes and acceptance.',
  },
  'zh-cn': {
    'department-head': '相关部门的负责人，即部门的 `head`。',
    finance: '财务：由 `finance` 部门的负责人审核预算、控制成本。',
    manager: '项目经理（`project.manager`）：负责计划与进度、主持周例会、协调升级的问题。',
    owner: '项目总负责人（`project.owner`）：审批重大决策，是问题升级的最后一级。',
    sponsor: '项目发起人（`project.sponsor`）：提出并支持本项目。',
    department: '部门内解决：先由部门自己的人员和负责人解决问题。',
    committee: '公司管理层或决策委员会：审批立项、重大变更和验收。',
  },
};

export function roleMeaning(role: RoleWord, locale: Locale): string {
  return ROLE_MEANINGS[locale][role];
}
