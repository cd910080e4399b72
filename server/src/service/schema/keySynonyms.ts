/**
 * Chinese names of plan keys, as the rule books and fill-in templates write them. Users who
 * type the Chinese word as a key get the English key as the suggestion. A word may name
 * several keys (`部门`: a task's `department`, the top-level `departments`); the first one
 * allowed where the unknown key stands wins.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  id: ['编号', '标识', '代号'],
  name: ['名称', '名字', '姓名', '任务名称', '项目名称', '部门名称'],
  title: ['标题', '风险名称', '风险描述'],
  description: ['描述', '说明', '详情', '简介'],
  notes: ['备注'],
  background: ['背景', '项目背景'],
  goals: ['目标', '项目目标'],
  scope: ['范围', '项目范围'],
  success_criteria: ['成功标准', '验收标准'],
  owner: ['负责人', '责任人', '总负责人', '项目总负责人', '风险责任人'],
  manager: ['项目经理'],
  sponsor: ['发起人', '发起部门', '项目发起人'],
  start: ['开始', '开始日期', '开始时间', '起始日期'],
  end: ['结束', '结束日期', '结束时间', '截止日期', '截止', '完成日期'],
  status_date: ['状态日期', '统计日期'],
  calendar: ['日历', '工作日历'],
  workdays: ['工作日'],
  holidays: ['节假日', '假期', '休息日'],
  escalation: ['升级', '问题升级', '升级路径'],
  department: ['部门', '所属部门', '承担部门'],
  departments: ['部门', '部门列表', '参与部门'],
  people: ['人员', '成员', '项目成员'],
  phases: ['阶段', '阶段列表', '项目阶段'],
  phase: ['阶段', '所属阶段'],
  tasks: ['任务', '任务列表', '任务分解'],
  subtasks: ['子任务'],
  head: ['部门负责人', '部门主管'],
  liaison: ['对接人', '接口人', '联络人'],
  capacity: ['产能', '可用时间', '投入比例'],
  role: ['角色', '职责'],
  email: ['邮箱', '电子邮件', '邮件'],
  duration: ['工期', '时长', '持续时间'],
  depends_on: ['前置任务', '前置', '依赖', '依赖任务'],
  milestone: ['里程碑'],
  deliverables: ['交付物', '交付成果', '成果'],
  acceptance: ['验收', '验收要求', '验收标准'],
  status: ['状态'],
  progress: ['进度', '完成度', '完成百分比'],
  assignees: ['执行人', '参与人', '经办人'],
  load: ['投入', '工作量'],
  risks: ['风险', '风险登记册'],
  category: ['类别', '分类', '风险类别'],
  likelihood: ['可能性', '概率', '发生概率'],
  impact: ['影响', '影响程度'],
  response: ['应对', '应对策略', '应对措施'],
  contingency: ['应急预案', '预案'],
  trigger: ['触发条件', '预警信号'],
  affects: ['影响任务', '相关任务', '受影响任务'],
  task: ['任务', '所属任务'],
  next_review: ['下次评审', '评审日期'],
  budget: ['预算', '项目预算'],
  currency: ['币种', '货币'],
  total: ['总额', '总预算', '预算总额'],
  approvals: ['审批', '审批权限', '审批级别'],
  approver: ['审批人'],
  approved_by: ['批准人', '审批人', '审批通过人'],
  items: ['明细', '预算明细'],
  amount: ['金额'],
  meetings: ['会议', '沟通机制'],
  cadence: ['频率', '周期'],
  day: ['星期'],
  time: ['时间'],
  form: ['形式', '会议形式'],
  chair: ['主持人', '主持'],
  participants: ['参会人', '参会人员', '参与者'],
  changes: ['变更', '变更记录'],
  date: ['日期'],
  summary: ['摘要', '变更内容'],
  reason: ['原因', '变更原因'],
  requested_by: ['申请人', '提出人'],
  rules: ['规则'],
};

function byWord(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, words] of Object.entries(SYNONYMS)) {
    for (const word of words) {
      out.set(word, [...(out.get(word) ?? []), key]);
    }
  }
  return out;
}

/** The keys a Chinese word may stand for, in preference order. */
export const KEY_SYNONYMS: ReadonlyMap<string, readonly string[]> = byWord();
