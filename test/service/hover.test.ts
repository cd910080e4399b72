import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import schema from '../../schemas/xproj.schema.json';
import { XprojHover } from '../../server/src/service/features/hover';
import type { Locale } from '../../server/src/service/l10n/localize';
import { open, withCursor } from '../helpers/plan';
import type { CheckOptions } from '../helpers/plan';

const ORG = [
  'xproj: 1',
  'departments:',
  '  - {id: it, name: 信息技术部, head: wang, liaison: wang}',
  'people:',
  '  - {id: wang, name: 王五, department: it}',
  '',
].join('\n');
const FILES = { 'org.xproj.yaml': ORG };

const PLAN = `xproj: 1
imports: [org.xproj.yaml]
project:
  id: crm
  name: 客户管理系统上线
  owner: zhang-san
  manager: li-si
  start: 2026-03-02
  escalation: [department, manager, owner]
departments:
  - {id: pmo, name: 项目管理部, head: zhang-san, liaison: li-si}
  - {id: finance, name: 财务部, head: qian, liaison: qian}
people:
  - {id: zhang-san, name: 张三, department: pmo}
  - {id: li-si, name: 李四, department: pmo, capacity: 0.5, role: 项目经理, email: li@example.com}
  - {id: qian, name: 钱七, department: finance}
phases:
  - {id: init, name: 启动阶段, start: 2026-03-02, end: 2026-03-13}
tasks:
  - id: kickoff
    name: 召开项目启动会
    phase: init
    owner: li-si
    department: pmo
    duration: 1d
    status: done
    deliverables: [项目章程]
    raci: {R: [li-si], A: zhang-san, C: [finance]}
  - id: build
    name: 系统建设
    owner: zhang-san
    subtasks:
      - id: design
        name: 方案设计
        duration: 3d
        depends_on: [kickoff]
        status: in-progress
        progress: 40
        raci: {R: li-si, A: zhang-san}
      - id: dev
        duration: 30d
        department: it
        depends_on: [{task: design, type: SS, lag: 2d}]
        status: blocked
      - id: side
        owner: wang
        duration: 2d
  - id: golive
    name: 上线
    milestone: true
    depends_on: [dev]
risks:
  - id: turnover
    title: 关键人员变动
    category: personnel
    likelihood: 4
    impact: 4
    response: mitigate
    owner: li-si
    affects: [design]
    next_review: 2026-03-16
  - {id: minor, title: 小问题, likelihood: 2, impact: 2, status: closed, contingency: 备用方案}
budget:
  currency: CNY
  total: 500000
  approvals:
    - {up_to: 10000, approver: department-head}
    - {up_to: 100000, approver: finance}
    - {approver: owner}
  items:
    - {id: venue, name: 场地租赁, amount: 20000, task: kickoff, approved_by: department-head}
    - {id: cards, name: 名片, amount: 500, approved_by: qian}
    - {id: servers, amount: 300000}
meetings:
  - {id: weekly, name: 项目周例会, cadence: weekly, day: mon, time: "10:00-11:00", chair: li-si, participants: [all, pmo]}
changes:
  - {id: CR-1, date: 2026-03-18, summary: 延后上线, requested_by: li-si, approved_by: owner, status: approved, affects: [golive, nope]}
rules:
  overdue: warning
`;

interface Shown {
  readonly md: string;
  /** The text under the hover's range. */
  readonly covers: string;
}

/** Hovers where `probe` (a unique piece of `text` with a `|`) puts the cursor. */
function hover(probe: string, options: CheckOptions & { locale?: Locale } = {}, text = PLAN): Shown | null {
  const plain = probe.replace('|', '');
  const start = text.indexOf(plain);
  assert.ok(start >= 0 && text.indexOf(plain, start + 1) < 0, `'${plain}' occurs exactly once`);
  const marked = text.slice(0, start) + probe + text.slice(start + plain.length);
  const { text: source, offset } = withCursor(marked);
  const { analysis, document } = open(source, { files: FILES, ...options });
  const result = new XprojHover(options.locale ?? 'en', schema).doHover(document, document.positionAt(offset), analysis);
  if (!result) {
    return null;
  }
  const contents = result.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  const range = result.range!;
  return { md: contents.value, covers: source.slice(document.offsetAt(range.start), document.offsetAt(range.end)) };
}

function shown(probe: string, options?: CheckOptions & { locale?: Locale }, text?: string): Shown {
  const h = hover(probe, options, text);
  assert.ok(h, `a hover at ${probe}`);
  return h;
}

/** The card's lines, without Markdown's hard-break spaces. */
function hasLine(md: string, line: string): void {
  assert.ok(
    md
      .split('\n')
      .map((l) => l.trimEnd())
      .includes(line),
    `expected the line\n  ${line}\nin\n${md}`,
  );
}

function includesAll(md: string, lines: readonly string[]): void {
  for (const line of lines) {
    assert.ok(md.includes(line), `expected\n  ${line}\nin\n${md}`);
  }
}

describe('hover on people and departments', () => {
  it('shows a person card on a reference', () => {
    const h = shown('manager: li-|si');
    assert.equal(h.covers, 'li-si');
    includesAll(h.md, [
      '**Person** `li-si` — 李四',
      'Department: 项目管理部 (`pmo`)',
      'Capacity: 0.5 FTE',
      'Role: 项目经理',
      'Email: li@example.com',
      'Owns 1 task:\n\n- `kickoff` 召开项目启动会',
      'RACI: R ×2',
      'Owns risks: `turnover` 关键人员变动',
      'Chairs: 项目周例会 (`weekly`)',
      'Liaison for: 项目管理部 (`pmo`)',
    ]);
  });

  it('shows the same card on the definition, and heads and RACI A for the owner', () => {
    const h = shown('{id: zhang-|san, name: 张三');
    assert.equal(h.covers, 'zhang-san');
    includesAll(h.md, ['**Person** `zhang-san` — 张三', 'Owns 1 task:\n\n- `build` 系统建设', 'RACI: A ×2', 'Heads: 项目管理部 (`pmo`)']);
  });

  it('lists at most eight owned tasks, then says how many more', () => {
    const tasks = Array.from({ length: 11 }, (_, i) => `  - {id: t${i}, owner: p}`).join('\n');
    const h = shown('{id: |p}', {}, `xproj: 1\npeople:\n  - {id: p}\ntasks:\n${tasks}\n`);
    includesAll(h.md, ['Owns 11 tasks:', '- `t7`', '- … and 3 more']);
    assert.ok(!h.md.includes('`t8`'));
  });

  it('shows a department card', () => {
    const h = shown('department: pm|o\n    duration: 1d');
    assert.equal(h.covers, 'pmo');
    includesAll(h.md, [
      '**Department** `pmo` — 项目管理部',
      'Head: 张三 (`zhang-san`)',
      'Liaison: 李四 (`li-si`)',
      'Tasks: 1',
      'People (2): 张三 (`zhang-san`), 李四 (`li-si`)',
    ]);
  });

  it('shows imported people and departments, saying where they come from', () => {
    const person = shown('owner: wa|ng');
    includesAll(person.md, [
      '**Person** `wang` — 王五',
      'Department: 信息技术部 (`it`)',
      'Owns 1 task:\n\n- `side`',
      'Heads: 信息技术部 (`it`)',
      '*Defined in `org.xproj.yaml`*',
    ]);
    const department = shown('department: i|t');
    includesAll(department.md, ['**Department** `it` — 信息技术部', 'Head: 王五 (`wang`)', 'Tasks: 1', '*Defined in `org.xproj.yaml`*']);
  });

  it('speaks Chinese', () => {
    const h = shown('manager: li-|si', { locale: 'zh-cn' });
    includesAll(h.md, ['**人员** `li-si` — 李四', '部门：项目管理部（`pmo`）', '可用产能：0.5 FTE', '负责 1 个任务：', '担任对接人：项目管理部（`pmo`）']);
    includesAll(shown('department: pm|o\n    duration: 1d', { locale: 'zh-cn' }).md, [
      '**部门** `pmo` — 项目管理部',
      '负责人：张三（`zhang-san`）',
      '成员（2）：张三（`zhang-san`）、李四（`li-si`）',
    ]);
  });
});

describe('hover on tasks', () => {
  it('shows owner, schedule, slack, status, links, deliverables and RACI', () => {
    const h = shown('depends_on: [kick|off]');
    assert.equal(h.covers, 'kickoff');
    includesAll(h.md, [
      '**Task** `kickoff` — 召开项目启动会',
      'Owner: 李四 (`li-si`)',
      'Phase: 启动阶段 (`init`)',
      'Scheduled: 2026-03-02 (Mon) → 2026-03-02 (Mon), 1 working day',
      'Slack: 0 working days · **critical**',
      'Status: Done',
      'Followed by: `design` (FS)',
      'Deliverables: 项目章程',
      'RACI: R `li-si` · A `zhang-san` · C `finance`',
    ]);
    assert.ok(!h.md.includes('Overdue'), 'a done task is not overdue');
  });

  it('shows inherited owners, link types with lags, progress, risks and overdue', () => {
    const h = shown('- id: de|sign');
    assert.equal(h.covers, 'design');
    includesAll(h.md, [
      'Owner: 张三 (`zhang-san`) (inherited from `build`)',
      'Part of: `build` 系统建设',
      'Scheduled: 2026-03-03 (Tue) → 2026-03-05 (Thu), 3 working days',
      'Status: In progress · 40% complete',
      '**Overdue**: due 2026-03-05, 15 days before the status date 2026-03-20',
      'Depends on: `kickoff` (FS)',
      'Followed by: `dev` (SS +2d)',
      'Risks: `turnover` 关键人员变动',
    ]);
    includesAll(shown('- id: d|ev').md, ['Depends on: `design` (SS +2d)', 'Status: Blocked', 'Followed by: `golive` (FS)']);
  });

  it('marks milestones, summaries and tasks off the critical path', () => {
    const milestone = shown('- id: go|live').md;
    hasLine(milestone, '*Milestone*');
    hasLine(milestone, 'Scheduled: 2026-04-15 (Wed)');
    includesAll(shown('- id: bu|ild').md, ['*Summary task of 3 subtasks*']);
    includesAll(shown('- id: si|de').md, ['Slack: 31 working days · not critical']);
  });

  it('speaks Chinese', () => {
    includesAll(shown('- id: de|sign', { locale: 'zh-cn' }).md, [
      '**任务** `design` — 方案设计',
      '责任人：张三（`zhang-san`）（继承自 `build`）',
      '计划：2026-03-03（周二） → 2026-03-05（周四），3 个工作日',
      '浮动时间：0 个工作日 · **关键路径**',
      '状态：进行中 · 完成 40%',
      '**已逾期**',
    ]);
  });
});

describe('hover on the other registers', () => {
  it('shows a risk with its score, level, review and affected tasks', () => {
    const h = shown('- id: turn|over');
    includesAll(h.md, [
      '**Risk** `turnover` — 关键人员变动',
      'Category: Personnel',
      'Score: 4 × 4 = **16** (high)',
      'Response: Mitigate',
      'Contingency: **none** (a high risk needs one)',
      'Next review: 2026-03-16 (Mon) · **overdue** by 4 days',
      'Affects: `design` 方案设计',
    ]);
    includesAll(shown('{id: mi|nor').md, ['Score: 2 × 2 = **4** (low)', 'Contingency: 备用方案', 'Status: Closed']);
    includesAll(shown('- id: turn|over', { locale: 'zh-cn' }).md, ['风险值：4 × 4 = **16**（高）', '应对策略：减轻', '**已超期 4 天**']);
  });

  it('shows a phase with its dates and tasks', () => {
    const h = shown('phase: in|it');
    includesAll(h.md, [
      '**Phase** `init` — 启动阶段',
      'Dates: 2026-03-02 (Mon) → 2026-03-13 (Fri)',
      'Tasks: 1',
      'Tasks scheduled: 2026-03-02 (Mon) → 2026-03-02 (Mon)',
    ]);
  });

  it('shows budget items with the approval they need and got', () => {
    includesAll(shown('{id: ven|ue').md, [
      '**Budget item** `venue` — 场地租赁',
      'Amount: 20,000 CNY',
      'Task: `kickoff` 召开项目启动会',
      'Needs approval by: `finance` (up to 100,000 CNY)',
      'Approved by: `department-head` · **below the level the amount needs**',
    ]);
    includesAll(shown('{id: ca|rds').md, ['Needs approval by: `department-head` (up to 10,000 CNY)', 'Approved by: 钱七 (`qian`) ✓']);
    hasLine(shown('{id: ser|vers').md, 'Needs approval by: `owner`');
    hasLine(shown('{id: ser|vers').md, 'Approved by: **missing**');
  });

  it('shows meetings and changes', () => {
    includesAll(shown('{id: wee|kly').md, [
      '**Meeting** `weekly` — 项目周例会',
      'Cadence: Weekly',
      'When: Monday 10:00-11:00',
      'Chair: 李四 (`li-si`)',
      'Participants: everyone, 项目管理部 (`pmo`)',
    ]);
    includesAll(shown('{id: wee|kly', { locale: 'zh-cn' }).md, ['频率：每周', '时间：星期一 10:00-11:00', '参会者：全体成员、项目管理部（`pmo`）']);
    includesAll(shown('{id: CR|-1').md, [
      '**Change** `CR-1`',
      'Summary: 延后上线',
      'Date: 2026-03-18',
      'Status: Approved',
      'Requested by: 李四 (`li-si`)',
      'Affects: `golive` 上线, `nope`',
    ]);
  });

  it('explains role words and who holds them', () => {
    const owner = shown('approver: ow|ner');
    assert.equal(owner.covers, 'owner');
    includesAll(owner.md, ['**Role** `owner`', 'executive owner', 'In this plan: 张三 (`zhang-san`)', 'Approves budget items of any amount']);
    includesAll(shown('approver: fin|ance').md, ['In this plan: 钱七 (`qian`)', 'Approves budget items up to 100,000 CNY']);
    includesAll(shown('[depart|ment, manager').md, ['**Role** `department`', 'Inside the department']);
    includesAll(shown('approver: ow|ner', { locale: 'zh-cn' }).md, ['**角色** `owner`', '项目总负责人', '本计划中：张三（`zhang-san`）']);
    includesAll(shown('participants: [a|ll').md, ['everyone in the project']);
  });

  it('sets the range to the hovered id as an LSP range', () => {
    const { text, offset } = withCursor(PLAN.replace('manager: li-si', 'manager: l|i-si'));
    const { analysis, document } = open(text, { files: FILES });
    const result = new XprojHover('en', schema).doHover(document, document.positionAt(offset), analysis);
    assert.deepEqual(result?.range, { start: { line: 6, character: 11 }, end: { line: 6, character: 16 } });
  });

  it('says an id is unknown', () => {
    const h = shown('golive, no|pe]');
    assert.equal(h.covers, 'nope');
    assert.equal(h.md, 'Unknown id `nope`: no task or budget item has this id.');
    assert.equal(shown('golive, no|pe]', { locale: 'zh-cn' }).md, '未知的 ID `nope`：没有使用这个 ID 的任务或预算项。');
    const approver = shown('approved_by: gh|ost', {}, PLAN.replace('approved_by: qian', 'approved_by: ghost'));
    assert.equal(approver.md, 'Unknown id `ghost`: no role word, person or department has this id.');
  });
});

describe('hover on keys and values', () => {
  it('documents a key at a nested path, in the user’s language', () => {
    const h = shown('        ow|ner: wang');
    assert.equal(h.covers, 'owner');
    assert.match(h.md, /^Person id of the task owner \(责任人\)\. Inherited from the parent task/);
    assert.match(shown('        ow|ner: wang', { locale: 'zh-cn' }).md, /^任务责任人的人员 ID。未填写时继承父任务的责任人/);
  });

  it('lists allowed values and the default', () => {
    const h = shown('        sta|tus: blocked');
    includesAll(h.md, ['State of the task', 'Allowed values: `not-started`, `in-progress`, `blocked`, `done`, `cancelled`', 'Default: `not-started`']);
    assert.equal(h.covers, 'status');
    includesAll(shown('{task: design, ty|pe: SS').md, ['How the tasks are linked', 'Allowed values: `FS`, `SS`, `FF`, `SF`', 'Default: `FS`']);
    includesAll(shown('capa|city: 0.5').md, ['in FTE', 'Default: `1`']);
    includesAll(shown('da|y: mon').md, ['Day of the week', 'Allowed values: `mon`, `tue`']);
    includesAll(shown('        sta|tus: blocked', { locale: 'zh-cn' }).md, ['任务状态', '可选值：`not-started`', '默认值：`not-started`']);
  });

  it('follows anyOf, items and letters of raci', () => {
    includesAll(shown('raci: {R: li-si, |A: zhang-san}').md, ['Accountable (负责者)']);
    includesAll(shown('  ov|erdue: warning').md, ['Level of `overdue`']);
    includesAll(shown('esc|alation:').md, ['The escalation path']);
  });

  it('explains enumeration values', () => {
    const status = shown('status: bl|ocked');
    assert.equal(status.covers, 'blocked');
    assert.match(status.md, /^`blocked` — \*\*Blocked\*\*\n\nWork cannot go on/);
    includesAll(shown('type: S|S').md, ['**Start-to-start**', 'starts no earlier than the predecessor starts, plus the lag']);
    includesAll(shown('response: mit|igate').md, ['**Mitigate**']);
    includesAll(shown('status: appr|oved').md, ['**Approved**', 'the change applies']);
    includesAll(shown('overdue: war|ning').md, ['**Warning**']);
    includesAll(shown('type: S|S', { locale: 'zh-cn' }).md, ['**开始-开始**', '本任务最早在前置任务开始时开始']);
    includesAll(shown('cadence: wee|kly', { locale: 'zh-cn' }).md, ['**每周**']);
  });

  it('shows nothing on plain values, comments and whitespace', () => {
    assert.equal(hover('name: 召开|项目启动会'), null);
    assert.equal(hover('xproj: 1 # ver|sion', {}, 'xproj: 1 # version\n'), null);
    assert.equal(hover('# no|thing', {}, '# nothing\n'), null);
    const empty = open('');
    assert.equal(new XprojHover('en', schema).doHover(empty.document, { line: 0, character: 0 }, empty.analysis), null);
    assert.equal(hover('status: bogu|s', {}, 'xproj: 1\ntasks:\n  - {id: a, status: bogus}\n'), null);
  });

  it('works on a document with syntax errors', () => {
    const h = shown('owner: p|', {}, 'xproj: 1\npeople: [{id: p}]\ntasks:\n  - id: a\n    owner: p\n    depends_on: [\n');
    includesAll(h.md, ['**Person** `p`']);
  });
});

describe('hover on dates', () => {
  const CN = [
    'xproj: 1',
    'project:',
    '  start: 2026-02-09',
    '  calendar:',
    '    preset: cn',
    '    holidays: [{from: 2026-03-09, to: 2026-03-09, name: 校庆}]',
    'tasks:',
    '  - {id: a, start: 2026-02-14}',
    '  - {id: b, start: 2026-02-16}',
    '  - {id: c, start: 2026-02-15}',
    '  - {id: d, start: 2026-03-02}',
    '  - {id: e, start: 2026-03-07}',
    '  - {id: f, start: 2026-03-09}',
    '',
  ].join('\n');

  it('says what the calendar makes of the day: worked, off, a holiday or a make-up day, with its name', () => {
    const card = (probe: string, locale: Locale = 'en'): string => shown(probe, { locale }, CN).md;
    assert.equal(card('2026-02-1|4}'), '**2026-02-14** (Sat) · make-up working day (Spring Festival)');
    assert.equal(card('2026-02-1|4}', 'zh-cn'), '**2026-02-14**（周六） · 调休上班（春节）');
    assert.equal(card('2026-02-1|6}'), '**2026-02-16** (Mon) · holiday (Spring Festival)');
    assert.equal(card('2026-02-1|5}', 'zh-cn'), '**2026-02-15**（周日） · 休息日（春节）');
    assert.equal(card('2026-03-0|2}'), '**2026-03-02** (Mon) · working day');
    assert.equal(card('2026-03-0|7}', 'zh-cn'), '**2026-03-07**（周六） · 休息日');
    assert.equal(card('2026-03-0|9}'), '**2026-03-09** (Mon) · holiday (校庆)');
    assert.equal(shown('start: 2026-02-|09', {}, CN).covers, '2026-02-09');
  });

  it('describes dates in a plan without a calendar by the weekly pattern', () => {
    assert.equal(shown('start: 2026-03-|02\n  escalation').md, '**2026-03-02** (Mon) · working day');
  });
});
