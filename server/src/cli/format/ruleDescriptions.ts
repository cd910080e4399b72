import type { RuleCode } from '../../service';
import type { Locale } from '../../service/l10n/localize';

type Descriptions = Readonly<Record<RuleCode, string>>;

const EN: Descriptions = {
  'yaml-syntax': 'The YAML does not parse.',
  schema: 'The document breaks the XProj schema (wrong type, unknown key, bad enum value or date).',
  'duplicate-id': 'Two things of one kind share an id.',
  'import-error': 'An import is missing, unreadable, not a plan, or part of an import cycle.',
  'unknown-reference': 'An id names no person, department, task, phase or risk.',
  'missing-owner': 'A task, risk or project has no owner (or the project no manager).',
  'missing-liaison': 'A department that owns or takes part in tasks has no liaison.',
  'dependency-cycle': 'Tasks depend on themselves through a chain of dependencies.',
  'dependency-violation': "An explicit start is earlier than the task's dependencies allow.",
  'date-order': "An end is before its start, or a task lies outside the project's dates.",
  'raci-no-accountable': 'A RACI block has no Accountable (A).',
  'raci-multiple-accountable': 'A RACI block has more than one Accountable (A).',
  'raci-no-responsible': 'A RACI block has no Responsible (R).',
  'raci-role-conflict': 'One person or department holds two RACI roles on one task.',
  'raci-owner-mismatch': "The task's owner is neither R nor A of its RACI block.",
  'raci-accountable-not-person': 'The Accountable (A) is a department, not a person.',
  overallocation: "A person's assignments add up past their capacity on some working day.",
  overdue: 'A task ended before the status date but is not done or cancelled.',
  'risk-no-contingency': 'A high risk has no contingency plan.',
  'risk-review-overdue': "An open risk's next review is before the status date.",
  'budget-exceeded': 'The budget items add up to more than the total.',
  'approval-missing': 'A budget item is not approved, or approved below the level its amount requires.',
  'calendar-unknown-year': "The calendar's preset has no data for a year the plan's dates reach.",
  'actual-mismatch': "A task's actual dates contradict its status or the status date.",
  'baseline-slip': "A milestone, or the project's finish, is forecast later than in the baseline.",
  'change-unrecorded': 'A task or budget item differs from the baseline and no change request names it.',
  'baseline-error': 'The baseline cannot be read.',
};

const ZH_CN: Descriptions = {
  'yaml-syntax': 'YAML 无法解析。',
  schema: '文档不符合 XProj 模式（类型错误、未知键、枚举值或日期无效）。',
  'duplicate-id': '同类的两个对象使用了相同的 id。',
  'import-error': '导入的文件缺失、不可读、不是计划文件，或形成导入循环。',
  'unknown-reference': 'id 不对应任何人员、部门、任务、阶段或风险。',
  'missing-owner': '任务、风险或项目没有负责人（或项目没有项目经理）。',
  'missing-liaison': '负责或参与任务的部门没有联络人。',
  'dependency-cycle': '任务通过依赖链依赖于自身。',
  'dependency-violation': '明确给出的开始日期早于依赖所允许的日期。',
  'date-order': '结束早于开始，或任务超出项目日期范围。',
  'raci-no-accountable': 'RACI 中没有批准人（A）。',
  'raci-multiple-accountable': 'RACI 中有多个批准人（A）。',
  'raci-no-responsible': 'RACI 中没有执行人（R）。',
  'raci-role-conflict': '同一人员或部门在一个任务上担任两种 RACI 角色。',
  'raci-owner-mismatch': '任务负责人既不是其 RACI 的 R 也不是 A。',
  'raci-accountable-not-person': '批准人（A）是部门而不是人员。',
  overallocation: '某人在某个工作日的分配负荷超过其产能。',
  overdue: '任务结束日期早于状态日期，但尚未完成或取消。',
  'risk-no-contingency': '高风险没有应急预案。',
  'risk-review-overdue': '未关闭风险的下次复查日期早于状态日期。',
  'budget-exceeded': '预算条目合计超过总额。',
  'approval-missing': '预算条目未审批，或审批级别低于其金额所要求的级别。',
  'calendar-unknown-year': '日历预设没有计划日期所涉及年份的数据。',
  'actual-mismatch': '任务的实际日期与其状态或状态日期矛盾。',
  'baseline-slip': '里程碑或项目完成日期预计晚于基线。',
  'change-unrecorded': '任务或预算项与基线不同，且没有变更申请列出它。',
  'baseline-error': '无法读取基线。',
};

/** One-line descriptions of the rules, for SARIF's `shortDescription`. */
export function ruleDescriptions(locale: Locale): Descriptions {
  return locale === 'zh-cn' ? ZH_CN : EN;
}
