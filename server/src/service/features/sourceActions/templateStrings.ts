import type { Locale } from '../../l10n/localize';

/** The standard roles of the rule books (DOMAIN.md), each held by one placeholder person. */
export type RoleKey = 'owner' | 'manager' | 'sponsor' | 'quality' | 'finance' | 'it';

export type TaskKey =
  | 'initiation'
  | 'kickoff'
  | 'charter'
  | 'planning'
  | 'wbs'
  | 'budget-review'
  | 'plan-approved'
  | 'execution'
  | 'work-package-a'
  | 'mid-review'
  | 'work-package-b'
  | 'monitoring'
  | 'tracking'
  | 'quality-review'
  | 'closing'
  | 'final-acceptance'
  | 'retrospective'
  | 'archive';

export type PhaseKey = 'initiation' | 'planning' | 'execution' | 'monitoring' | 'closing';
export type RiskKey = 'handover-delay' | 'staff-turnover' | 'scope-creep';
export type BudgetKey = 'kickoff-venue' | 'collaboration-tools';

export interface PersonText {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

/** Every visible word of the plan template, in one language. Ids and rule words stay English. */
export interface TemplateStrings {
  readonly header: readonly string[];
  readonly sections: Readonly<Record<'charter' | 'organisation' | 'phases' | 'wbs' | 'risks' | 'budget' | 'meetings' | 'changes', string>>;
  readonly project: {
    readonly name: string;
    readonly background: string;
    readonly goals: readonly { readonly text: string; readonly measure: string }[];
    readonly scopeIn: readonly string[];
    readonly scopeOut: readonly string[];
    readonly success: readonly string[];
  };
  readonly comments: Readonly<Record<'goals' | 'owner' | 'manager' | 'sponsor' | 'statusDate' | 'holidays' | 'escalation' | 'raci', string>>;
  readonly departments: Readonly<Record<RoleKey, string>>;
  readonly people: Readonly<Record<RoleKey, PersonText>>;
  readonly phases: Readonly<Record<PhaseKey, string>>;
  readonly tasks: Readonly<Record<TaskKey, { readonly name: string; readonly deliverables?: readonly string[] }>>;
  readonly risks: Readonly<Record<RiskKey, { readonly title: string; readonly contingency: string }>>;
  readonly budget: Readonly<Record<BudgetKey, string>>;
  readonly changesExample: string;
}

const EN: TemplateStrings = {
  header: [
    'Cross-department project plan, from the XProj template.',
    'Replace the names, people and dates; keep the structure. Dates are ISO (YYYY-MM-DD);',
    'durations are working days (3d) or weeks (2w). Reference: docs/format.md.',
  ],
  sections: {
    charter: '1. Project charter',
    organisation: '2. Organisation: departments (head and liaison) and the standard roles',
    phases: '3. Phases',
    wbs: '4. Work breakdown: only the project start is fixed, every task follows its dependencies',
    risks: '5. Risk register, reviewed every two weeks (score = likelihood × impact; 15 and up is high)',
    budget: '6. Budget: the first approval level whose up_to covers an item is the one it needs',
    meetings: '7. Meetings',
    changes: '8. Changes: a written request (reason, content, impact), approved before it applies',
  },
  project: {
    name: 'New cross-department project',
    background: 'The problem to solve or the opportunity to take, and why it needs several departments',
    goals: [
      { text: 'Deliver the agreed scope by the target end date', measure: 'Every deliverable accepted and signed off' },
      { text: 'Stay within the approved budget', measure: 'Spending in the monthly fund-usage report' },
    ],
    scopeIn: ['The work the project includes'],
    scopeOut: ['The work it leaves out'],
    success: ['All goals met', 'The owner signs the delivery confirmation'],
  },
  comments: {
    goals: 'SMART: specific, measurable, achievable, relevant, time-bound',
    owner: 'project owner: approves big decisions, last escalation step',
    manager: 'project manager: plan, schedule, weekly meeting, risk warnings',
    sponsor: 'sponsor: proposes the project and calls the kick-off',
    statusDate: '"today" for status checks; without it, the real date',
    holidays: 'public holidays: single days or {from, to} ranges',
    escalation: 'solved in the department, then the manager coordinates, then the owner decides',
    raci: 'R does the work, A answers for it (one person), C is consulted, I is informed',
  },
  departments: {
    owner: 'Executive office',
    manager: 'Project management office',
    sponsor: 'Marketing',
    quality: 'Quality management',
    finance: 'Finance',
    it: 'Information technology',
  },
  people: {
    owner: { id: 'ava', name: 'Ava Chen', role: 'Project owner' },
    manager: { id: 'ben', name: 'Ben Li', role: 'Project manager' },
    sponsor: { id: 'chloe', name: 'Chloe Wang', role: 'Sponsor, marketing liaison' },
    quality: { id: 'daniel', name: 'Daniel Zhao', role: 'Quality supervisor' },
    finance: { id: 'emma', name: 'Emma Qian', role: 'Finance coordinator' },
    it: { id: 'felix', name: 'Felix Sun', role: 'IT support' },
  },
  phases: { initiation: 'Initiation', planning: 'Planning', execution: 'Execution', monitoring: 'Monitoring', closing: 'Closing' },
  tasks: {
    initiation: { name: 'Initiation' },
    kickoff: { name: 'Kick-off meeting', deliverables: ['Kick-off minutes'] },
    charter: { name: 'Publish the charter and the responsibilities', deliverables: ['Project charter', 'Responsibility chart (RACI)'] },
    planning: { name: 'Planning and work breakdown' },
    wbs: { name: 'Work breakdown and Gantt chart; departments claim their tasks', deliverables: ['WBS', 'Gantt chart', 'Task list'] },
    'budget-review': { name: 'Budget review by finance', deliverables: ['Reviewed budget'] },
    'plan-approved': { name: 'Plan approved by the owner' },
    execution: { name: 'Execution' },
    'work-package-a': { name: 'First work package', deliverables: ['Deliverable and its acceptance standard'] },
    'mid-review': { name: 'Mid-term review', deliverables: ['Mid-term review minutes'] },
    'work-package-b': { name: 'Second work package', deliverables: ['Deliverable and its acceptance standard'] },
    monitoring: { name: 'Monitoring (alongside execution)' },
    tracking: { name: 'Progress tracking, risk register updates, monthly fund-usage report' },
    'quality-review': { name: 'Quality review of the key deliverables', deliverables: ['Quality assessment'] },
    closing: { name: 'Closing' },
    'final-acceptance': { name: 'Final acceptance', deliverables: ['Delivery confirmation'] },
    retrospective: { name: 'Retrospective and final report', deliverables: ['Final report: results, lessons, improvements'] },
    archive: { name: 'Archive the project documents', deliverables: ['Archive list'] },
  },
  risks: {
    'handover-delay': {
      title: 'Hand-overs between departments run late',
      contingency: 'The manager re-plans the dependent tasks and escalates within two days',
    },
    'staff-turnover': { title: 'A key person leaves or is unavailable', contingency: 'A named backup for every key role' },
    'scope-creep': { title: 'Requests outside the agreed scope', contingency: 'Only approved change requests enter the plan' },
  },
  budget: { 'kickoff-venue': 'Kick-off venue', 'collaboration-tools': 'Collaboration platform licences' },
  changesExample: 'Example: {id: CR-1, date: YYYY-MM-DD, summary: ..., requested_by: chloe, approved_by: ava, status: approved}',
};

const ZH: TemplateStrings = {
  header: [
    '跨部门协同项目工作方案（XProj 模板）',
    '替换名称、人员和日期，保留结构。日期为 ISO 格式（YYYY-MM-DD）；',
    '工期按工作日（3d）或周（2w）计算。参考：docs/format.md。',
  ],
  sections: {
    charter: '1. 项目章程',
    organisation: '2. 项目组织架构：部门（负责人与对接人）和标准角色',
    phases: '3. 项目阶段划分',
    wbs: '4. 任务分解结构（WBS）：只固定项目开始日期，其余任务按前置任务推算',
    risks: '5. 风险登记册，每两周更新一次（分值 = 可能性 × 影响，15 分及以上为高风险）',
    budget: '6. 项目预算：每项支出按金额取第一个 up_to 覆盖它的审批级别',
    meetings: '7. 沟通机制',
    changes: '8. 变更记录：书面申请（原因、内容、影响），批准后方可实施',
  },
  project: {
    name: '新的跨部门协同项目',
    background: '项目背景：要解决的问题或要抓住的机会，以及为何需要多个部门协同',
    goals: [
      { text: '按期交付约定范围内的全部成果', measure: '全部交付物通过验收并签署确认' },
      { text: '支出不超过批准的预算', measure: '月度《项目资金使用报告》中的支出' },
    ],
    scopeIn: ['项目包含的工作内容'],
    scopeOut: ['项目不包含的工作内容'],
    success: ['项目目标全部达成', '总负责人签署《项目交付确认书》'],
  },
  comments: {
    goals: 'SMART：具体、可衡量、可达成、相关、有时限',
    owner: '项目总负责人：审批重大决策，升级路径的最后一级',
    manager: '项目经理：计划、进度、周例会、风险预警',
    sponsor: '项目发起人：提出立项，召集启动会',
    statusDate: '状态日期；不写时按当天日期检查',
    holidays: '法定节假日：单日或 {from, to} 区间',
    escalation: '部门内解决 → 项目经理协调 → 总负责人决策',
    raci: 'R 执行，A 问责（一人），C 咨询，I 知会',
  },
  departments: { owner: '总经理办公室', manager: '项目管理部', sponsor: '市场部', quality: '质量管理部', finance: '财务部', it: '信息技术部' },
  people: {
    owner: { id: 'zhang-san', name: '张三', role: '项目总负责人' },
    manager: { id: 'li-si', name: '李四', role: '项目经理' },
    sponsor: { id: 'wang-wu', name: '王五', role: '项目发起人（市场部对接人）' },
    quality: { id: 'zhao-liu', name: '赵六', role: '质量监督员' },
    finance: { id: 'qian-qi', name: '钱七', role: '财务协调员' },
    it: { id: 'sun-ba', name: '孙八', role: 'IT支持专员' },
  },
  phases: { initiation: '启动阶段', planning: '规划阶段', execution: '执行阶段', monitoring: '监控阶段', closing: '收尾阶段' },
  tasks: {
    initiation: { name: '项目启动' },
    kickoff: { name: '召开项目启动会', deliverables: ['启动会会议纪要'] },
    charter: { name: '发布《项目章程》与《职责分工说明书》', deliverables: ['项目章程', '职责分工说明书（RACI 矩阵）'] },
    planning: { name: '计划与任务分解' },
    wbs: { name: '制定《WBS任务分解结构》与《项目甘特图》，各部门认领任务', deliverables: ['WBS任务分解结构', '项目甘特图', '跨部门任务协作清单'] },
    'budget-review': { name: '编制项目预算并报财务审核', deliverables: ['项目预算表（经财务部审核）'] },
    'plan-approved': { name: '计划经总负责人审批发布' },
    execution: { name: '执行与协同' },
    'work-package-a': { name: '第一项执行任务', deliverables: ['交付物及验收标准'] },
    'mid-review': { name: '中期评审', deliverables: ['中期评审纪要'] },
    'work-package-b': { name: '第二项执行任务', deliverables: ['交付物及验收标准'] },
    monitoring: { name: '监控与风险管理（与执行并行）' },
    tracking: { name: '进度跟踪、风险登记册更新、资金使用月报' },
    'quality-review': { name: '关键节点质量评审', deliverables: ['质量评估意见'] },
    closing: { name: '项目收尾' },
    'final-acceptance': { name: '最终验收', deliverables: ['项目交付确认书'] },
    retrospective: { name: '项目复盘会与总结报告', deliverables: ['项目总结报告（成果达成情况、经验教训、协同改进建议）'] },
    archive: { name: '项目文档归档至知识库', deliverables: ['归档清单'] },
  },
  risks: {
    'handover-delay': { title: '部门间交接延迟', contingency: '项目经理两日内调整后续任务并按升级机制上报' },
    'staff-turnover': { title: '关键人员变动', contingency: '每个关键岗位指定备岗人员' },
    'scope-creep': { title: '超出约定范围的需求', contingency: '只有批准的变更申请才进入计划' },
  },
  budget: { 'kickoff-venue': '启动会场地', 'collaboration-tools': '协作平台使用费' },
  changesExample: '示例：{id: CR-1, date: YYYY-MM-DD, summary: 延后上线, requested_by: wang-wu, approved_by: zhang-san, status: approved}',
};

export const TEMPLATE_STRINGS: Readonly<Record<Locale, TemplateStrings>> = { en: EN, 'zh-cn': ZH };
