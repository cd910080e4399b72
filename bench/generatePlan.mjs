// Generates a large, valid XProj plan (no error-level problem) so the checker does its full work:
// departments and people, a nested WBS (workstreams → packages → tasks + a milestone), FS/SS
// dependencies with lags, RACI, assignees that fit people's capacity, risks, a budget with
// approvals, meetings and changes. Deterministic: the same size and seed give the same bytes.
//
//   node bench/generatePlan.mjs 5000 [seed] > plan.xproj.yaml
import { pathToFileURL } from 'node:url';

/** mulberry32: a tiny seeded PRNG, so generated plans are reproducible. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = ['市场部', '财务部', '信息技术部', '人力资源部', '法务部', '采购部', '客服中心', '运营部', '研发中心', '质量管理部'];
const SURNAMES = ['张', '李', '王', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平'];
const VERBS = ['调研', '设计', '评审', '开发', '测试', '培训', '采购', '部署', '验收', '宣传', 'Review', 'Migrate'];
const OBJECTS = ['客户数据', '报名流程', '合同模板', '服务器', '宣传物料', '财务报表', 'API gateway', '培训课程', '供应商名单'];
const PHASES = [
  ['initiation', '启动阶段'],
  ['planning', '计划阶段'],
  ['execution', '执行阶段'],
  ['monitoring', '监控阶段'],
  ['closing', '收尾阶段'],
];
const CATEGORIES = ['business', 'technical', 'personnel', 'market', 'legal', 'schedule', 'budget', 'other'];
const RESPONSES = ['avoid', 'mitigate', 'transfer', 'accept'];
const PROJECT_START = Date.UTC(2026, 0, 5); // a Monday
const DAY = 86_400_000;
const HOLIDAYS = ['2026-01-01', '2026-04-06', '2026-06-19', '2026-10-01', '2026-10-02', '2026-10-05', '2027-01-01'];
const SPRING_FESTIVAL = { from: '2026-02-16', to: '2026-02-20' };

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const pad = (n, width) => String(n).padStart(width, '0');

/** Working days as ordinals from the project start, for the generator's own forward pass. */
function workCalendar() {
  const holidays = new Set(HOLIDAYS);
  for (let d = Date.parse(SPRING_FESTIVAL.from); d <= Date.parse(SPRING_FESTIVAL.to); d += DAY) {
    holidays.add(iso(d));
  }
  const days = [];
  return (ordinal) => {
    let d = days.length > 0 ? days[days.length - 1] + DAY : PROJECT_START;
    while (days.length <= ordinal) {
      const weekday = new Date(d).getUTCDay();
      if (weekday !== 0 && weekday !== 6 && !holidays.has(iso(d))) {
        days.push(d);
      }
      d += DAY;
    }
    return days[ordinal];
  };
}

/**
 * Builds the plan's text. `tasks` counts every task: summaries and milestones included.
 * @param {{tasks: number, seed?: number}} options
 */
export function generatePlan({ tasks: taskCount, seed = 1 }) {
  const random = prng(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const dayOf = workCalendar();

  const departmentCount = Math.max(4, Math.min(40, Math.round(taskCount / 250)));
  const peoplePerDepartment = Math.max(3, Math.round(taskCount / 4 / departmentCount));
  const departments = [];
  const people = [];
  for (let d = 0; d < departmentCount; d++) {
    const members = [];
    for (let p = 0; p < peoplePerDepartment; p++) {
      const person = {
        id: `p${pad(people.length, 5)}`,
        name: `${pick(SURNAMES)}${pick(GIVEN)}${people.length}`,
        department: `d${pad(d, 3)}`,
        capacity: random() < 0.15 ? 0.5 : 1,
        busy: [],
      };
      people.push(person);
      members.push(person);
    }
    departments.push({ id: `d${pad(d, 3)}`, name: `${DEPARTMENTS[d % DEPARTMENTS.length]}${Math.floor(d / DEPARTMENTS.length) || ''}`, members });
  }
  const owner = departments[0].members[0];
  const manager = departments[0].members[1];

  /** Picks who works on [start, finish) without pushing anyone past capacity (a conservative check). */
  const assign = (department, start, finish) => {
    const out = [];
    for (let tries = 0; tries < 4 && out.length < 2; tries++) {
      const person = pick(department.members);
      const load = random() < 0.5 ? 0.25 : 0.5;
      const used = person.busy.reduce((sum, b) => (b.start < finish && start < b.finish ? sum + b.load : sum), 0);
      if (!out.some((a) => a.person === person) && used + load <= person.capacity) {
        person.busy.push({ start, finish, load });
        out.push({ person, load });
      }
    }
    return out;
  };

  const lines = [];
  const leaves = [];
  const packageMilestones = [];
  let produced = 0;
  let finishAll = 0;

  const emitLeaf = (indent, task) => {
    const i = ' '.repeat(indent);
    lines.push(`${i}- id: ${task.id}`);
    lines.push(`${i}  name: ${task.name}`);
    lines.push(`${i}  owner: ${task.owner.id}`);
    lines.push(`${i}  department: ${task.department.id}`);
    if (task.milestone) {
      lines.push(`${i}  milestone: true`);
    } else {
      lines.push(`${i}  duration: ${task.duration}d`);
    }
    if (task.deps.length > 0) {
      const deps = task.deps.map((d) =>
        d.type === 'FS' && d.lag === 0 ? d.task.id : `{task: ${d.task.id}, type: ${d.type}${d.lag ? `, lag: ${d.lag}d` : ''}}`,
      );
      lines.push(`${i}  depends_on: [${deps.join(', ')}]`);
    }
    lines.push(`${i}  status: not-started`);
    if (!task.milestone) {
      lines.push(`${i}  progress: 0`);
      lines.push(`${i}  deliverables: [${task.name}报告]`);
      const [c, inf] = task.informed;
      lines.push(`${i}  raci: {R: [${task.owner.id}], A: ${task.department.members[0].id}, C: [${c.id}], I: [${inf.id}]}`);
      if (task.assignees.length > 0) {
        lines.push(`${i}  assignees: [${task.assignees.map((a) => `{person: ${a.person.id}, load: ${a.load}}`).join(', ')}]`);
      }
    }
  };

  /** The other two departments a task consults and informs (never its own, so no RACI role conflict). */
  const othersOf = (department) => {
    const others = departments.filter((d) => d !== department);
    const c = pick(others);
    const rest = others.filter((d) => d !== c);
    return [c, pick(rest)];
  };

  lines.push('tasks:');
  // A workstream needs room for itself, a package, a task and the package's milestone.
  for (let w = 0; taskCount - produced >= 4; w++) {
    const department = departments[w % departmentCount];
    const phase = PHASES[w % PHASES.length];
    lines.push(`  - id: ws${pad(w, 4)}`);
    lines.push(`    name: 工作流 ${w} ${pick(OBJECTS)}`);
    lines.push(`    phase: ${phase[0]}`);
    lines.push(`    owner: ${department.members[0].id}`);
    lines.push(`    department: ${department.id}`);
    lines.push('    subtasks:');
    produced++;
    let previousMilestone;
    for (let k = 0; k < 8 && taskCount - produced >= 3; k++) {
      const pkgOwner = pick(department.members);
      lines.push(`      - id: ws${pad(w, 4)}-p${k}`);
      lines.push(`        name: 工作包 ${w}.${k}`);
      lines.push(`        owner: ${pkgOwner.id}`);
      lines.push('        subtasks:');
      produced++;
      const pkgLeaves = [];
      const leafCount = int(3, 8);
      for (let l = 0; l < leafCount && produced < taskCount - 1; l++) {
        const deps = [];
        const previous = pkgLeaves[pkgLeaves.length - 1];
        if (previous && random() < 0.7) {
          deps.push({ task: previous, type: 'FS', lag: random() < 0.2 ? int(1, 2) : 0 });
        } else if (previous && random() < 0.5) {
          deps.push({ task: previous, type: 'SS', lag: int(0, 2) });
        }
        if (l === 0 && previousMilestone) {
          deps.push({ task: previousMilestone, type: 'FS', lag: 0 });
        }
        if (l === 0 && k > 0 && packageMilestones.length > 0 && random() < 0.3) {
          // A hand-off from another workstream's package at an earlier position: bounded chain length.
          const other = pick(packageMilestones.filter((m) => m.position < k).slice(-50));
          if (other && other !== previousMilestone) {
            deps.push({ task: other, type: 'FS', lag: 0 });
          }
        }
        const duration = int(1, 8);
        const start = deps.reduce((s, d) => Math.max(s, d.type === 'SS' ? d.task.start + d.lag : d.task.finish + d.lag), 0);
        const leafOwner = pick(department.members);
        const leaf = {
          id: `t${pad(leaves.length, 6)}`,
          name: `${pick(VERBS)}${pick(OBJECTS)} ${leaves.length}`,
          owner: leafOwner,
          department,
          duration,
          deps,
          start,
          finish: start + duration,
          milestone: false,
          informed: othersOf(department),
          assignees: assign(department, start, start + duration),
        };
        pkgLeaves.push(leaf);
        leaves.push(leaf);
        produced++;
      }
      if (pkgLeaves.length === 0) {
        continue;
      }
      const milestonePoint = pkgLeaves.reduce((m, l) => Math.max(m, l.finish), 0);
      const milestone = {
        id: `ws${pad(w, 4)}-m${k}`,
        name: `工作包 ${w}.${k} 完成`,
        owner: pkgOwner,
        department,
        milestone: true,
        deps: pkgLeaves.map((l) => ({ task: l, type: 'FS', lag: 0 })),
        start: milestonePoint,
        finish: milestonePoint,
        position: k,
      };
      produced++;
      for (const leaf of pkgLeaves) {
        emitLeaf(10, leaf);
      }
      emitLeaf(10, milestone);
      packageMilestones.push(milestone);
      previousMilestone = milestone;
      finishAll = Math.max(finishAll, milestonePoint);
    }
  }
  // Top-level checkpoints make up the count exactly.
  for (let x = 0; produced < taskCount; x++, produced++) {
    const last = packageMilestones[packageMilestones.length - 1];
    emitLeaf(2, {
      id: `checkpoint-${x}`,
      name: `检查点 ${x}`,
      owner: manager,
      department: departments[0],
      milestone: true,
      deps: last ? [{ task: last, type: 'FS', lag: 0 }] : [],
    });
  }
  const taskLines = lines.splice(0);

  // Generous slack after the computed finish, so no task falls outside the project's dates.
  const projectEnd = dayOf(finishAll + 40 + Math.ceil(finishAll / 5));
  const out = [
    '# Generated by bench/generatePlan.mjs: do not edit.',
    'xproj: 1',
    'project:',
    `  id: bench-${taskCount}`,
    `  name: 性能测试计划 ${taskCount} 个任务`,
    `  owner: ${owner.id}`,
    `  manager: ${manager.id}`,
    `  sponsor: ${departments[0].id}`,
    `  start: ${iso(PROJECT_START)}`,
    `  end: ${iso(projectEnd)}`,
    `  status_date: ${iso(PROJECT_START)}`,
    '  calendar:',
    '    workdays: [mon, tue, wed, thu, fri]',
    `    holidays: [${HOLIDAYS.join(', ')}, {from: ${SPRING_FESTIVAL.from}, to: ${SPRING_FESTIVAL.to}}]`,
    '  escalation: [department, manager, owner]',
    'departments:',
    ...departments.map((d) => `  - {id: ${d.id}, name: ${d.name}, head: ${d.members[0].id}, liaison: ${d.members[1].id}}`),
    'people:',
    ...people.map((p) => `  - {id: ${p.id}, name: ${p.name}, department: ${p.department}${p.capacity !== 1 ? `, capacity: ${p.capacity}` : ''}}`),
    'phases:',
    ...PHASES.map(([id, name]) => `  - {id: ${id}, name: ${name}}`),
    ...taskLines,
  ];

  out.push('risks:');
  for (let r = 0; r < Math.max(1, Math.round(taskCount / 20)); r++) {
    const affected = [pick(leaves).id, pick(leaves).id].filter((id, i, all) => all.indexOf(id) === i);
    out.push(`  - id: r${pad(r, 5)}`);
    out.push(`    title: 风险 ${r}：${pick(OBJECTS)}延期`);
    out.push(`    category: ${pick(CATEGORIES)}`);
    out.push(`    likelihood: ${int(1, 5)}`);
    out.push(`    impact: ${int(1, 5)}`);
    out.push(`    response: ${pick(RESPONSES)}`);
    out.push(`    owner: ${pick(people).id}`);
    out.push(`    contingency: 应急预案 ${r}`);
    out.push(`    affects: [${affected.join(', ')}]`);
    out.push('    status: open');
    out.push(`    next_review: ${iso(dayOf(int(5, 60)))}`);
  }

  const items = [];
  let spent = 0;
  for (let b = 0; b < Math.max(1, Math.round(taskCount / 10)); b++) {
    const amount = random() < 0.6 ? int(1, 100) * 100 : random() < 0.8 ? int(11, 100) * 1000 : int(101, 400) * 1000;
    const approver = amount <= 10000 ? 'department-head' : amount <= 100000 ? 'finance' : 'owner';
    items.push(`    - {id: b${pad(b, 5)}, name: 费用 ${b}, amount: ${amount}, task: ${pick(leaves).id}, approved_by: ${approver}}`);
    spent += amount;
  }
  out.push('budget:', '  currency: CNY', `  total: ${Math.ceil((spent * 1.2) / 1000) * 1000}`, '  approvals:');
  out.push('    - {up_to: 10000, approver: department-head}', '    - {up_to: 100000, approver: finance}', '    - {approver: owner}');
  out.push('  items:', ...items);

  out.push('meetings:');
  out.push(`  - {id: weekly, name: 项目周例会, cadence: weekly, day: mon, time: "10:00-11:00", chair: ${manager.id}, participants: [all]}`);
  out.push(
    `  - {id: steering, name: 指导委员会, cadence: monthly, chair: ${owner.id}, participants: [${departments
      .slice(0, 3)
      .map((d) => d.id)
      .join(', ')}]}`,
  );
  out.push('changes:');
  for (let c = 0; c < 3; c++) {
    out.push(
      `  - {id: CR-${c + 1}, date: ${iso(dayOf(c * 5))}, summary: 变更 ${c + 1}, requested_by: ${pick(people).id}, approved_by: ${owner.id}, status: approved, affects: [${pick(leaves).id}]}`,
    );
  }
  return `${out.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const tasks = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(generatePlan({ tasks, seed }));
}
