import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getGanttModel, getRiskList, getTaskTree } from '../../server/src/service/features/views';
import type { TaskTreeNode, TaskTreePhase, TaskTreeTask } from '../../server/src/service/features/views';
import { check, findings } from '../helpers/plan';

// 2026-03-02 is a Monday; 2026-03-04 is a holiday.
const PLAN = [
  'xproj: 1',
  'project:',
  '  id: p',
  '  name: Small',
  '  start: 2026-03-02',
  '  end: 2026-03-31',
  '  owner: boss',
  '  manager: boss',
  '  status_date: 2026-03-09',
  '  calendar:',
  '    holidays: [2026-03-04, {from: 2026-03-30, to: 2026-03-31}]',
  'departments: [{id: ops, name: Operations, head: boss, liaison: boss}]',
  'people: [{id: boss, name: Boss}, {id: w, name: Worker}]',
  'phases: [{id: build, name: Build}, {id: unused}]',
  'tasks:',
  '  - id: s',
  '    name: Summary',
  '    phase: build',
  '    owner: boss',
  '    department: ops',
  '    subtasks:',
  '      - {id: s1, owner: w, duration: 2d, status: done}',
  '      - {id: s2, depends_on: [s1], duration: 2d, progress: 50}',
  '  - {id: loose, owner: w, duration: 1d, depends_on: [{task: s, type: SS, lag: 1w}]}',
  'risks:',
  '  - {id: r1, title: High one, likelihood: 5, impact: 3, owner: boss, contingency: plan B, next_review: 2026-03-01}',
  '  - {id: r2, title: Mid, likelihood: 2, impact: 4, owner: w, next_review: 2026-03-10}',
  '  - {id: r3, title: Closed, likelihood: 1, impact: 1, owner: w, status: closed, next_review: 2026-03-01}',
  '  - {id: r4, title: Unrated, owner: ghost}',
  '',
].join('\n');

const textAt = (text: string, range: Range): string => {
  const doc = TextDocument.create('test://x', 'xproj', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
};

const roundTrips = (model: unknown): void => assert.deepStrictEqual(JSON.parse(JSON.stringify(model)), model);

describe('views: task tree', () => {
  const a = check(PLAN);
  const tree = getTaskTree(a, 'en');

  it('groups top-level tasks by phase, unphased ones last, and nests the WBS under them', () => {
    roundTrips(tree);
    assert.equal(tree.statusDate, '2026-03-09');
    const phases = tree.roots as TaskTreePhase[];
    assert.deepEqual(
      phases.map((p) => [p.kind, p.id, p.name, p.start, p.end, p.overdue, p.children.map((c) => c.id)]),
      [
        ['phase', 'build', 'Build', '2026-03-02', '2026-03-06', true, ['s']],
        ['phase', null, 'No phase', '2026-03-10', '2026-03-10', false, ['loose']],
      ],
    );
    assert.equal(getTaskTree(a, 'zh-cn').roots[1]!.name, '未分阶段');
    assert.equal(textAt(PLAN, phases[0]!.range!), 'build');
    assert.equal(phases[0]!.uri, a.uri);
  });

  it('describes each task: owner (inherited when needed), dates, rolled-up progress, overdue and its id range', () => {
    const s = tree.roots[0]!.children[0] as TaskTreeTask;
    const [s1, s2] = s.children;
    assert.deepEqual(
      [s, s1!, s2!].map((t) => [t.id, t.name, t.owner, t.ownerInherited, t.department, t.start, t.end, t.status, t.progress, t.summary, t.overdue]),
      [
        ['s', 'Summary', { id: 'boss', name: 'Boss' }, false, { id: 'ops', name: 'Operations' }, '2026-03-02', '2026-03-06', 'not-started', 75, true, true],
        ['s1', null, { id: 'w', name: 'Worker' }, false, null, '2026-03-02', '2026-03-03', 'done', 100, false, false],
        ['s2', null, { id: 'boss', name: 'Boss' }, true, null, '2026-03-05', '2026-03-06', 'not-started', 50, false, true],
      ],
    );
    const loose = tree.roots[1]!.children[0] as TaskTreeTask;
    assert.deepEqual([loose.critical, loose.slack, loose.milestone], [true, 0, false]);
    for (const t of [s, s1!, s2!, loose]) {
      assert.equal(textAt(PLAN, t.range), t.id);
    }
  });

  it('has tasks as roots when no top-level task names a phase', () => {
    const t = getTaskTree(check('xproj: 1\nproject: {id: p, name: P, start: 2026-04-06}\ntasks: [{id: a, duration: 1d}]\n'), 'en');
    assert.deepEqual(
      t.roots.map((r: TaskTreeNode) => [r.kind, r.id]),
      [['task', 'a']],
    );
  });
});

describe('views: risk list', () => {
  it('groups high, medium, low (always) and unrated (when any), highest score first', () => {
    const list = getRiskList(check(PLAN), 'en');
    roundTrips(list);
    assert.deepEqual(
      list.groups.map((g) => [g.level, g.label, g.risks.map((r) => [r.id, r.score, r.reviewOverdue])]),
      [
        ['high', 'High', [['r1', 15, true]]],
        ['medium', 'Medium', [['r2', 8, false]]],
        ['low', 'Low', [['r3', 1, false]]],
        ['unrated', 'Not rated', [['r4', null, false]]],
      ],
    );
    const r1 = list.groups[0]!.risks[0]!;
    assert.deepEqual([r1.title, r1.owner, r1.hasContingency, r1.nextReview, r1.status], ['High one', { id: 'boss', name: 'Boss' }, true, '2026-03-01', 'open']);
    assert.deepEqual(list.groups[3]!.risks[0]!.owner, { id: 'ghost', name: null });
    assert.equal(textAt(PLAN, r1.range), 'r1');
    assert.deepEqual(
      getRiskList(check('xproj: 1\n'), 'zh-cn').groups.map((g) => g.label),
      ['高风险', '中风险', '低风险'],
    );
  });
});

describe('views: Gantt model', () => {
  it('lists the tasks in WBS order with the dependencies and the calendar', () => {
    const g = getGanttModel(check(PLAN));
    roundTrips(g);
    assert.deepEqual(g.project, {
      id: 'p',
      name: 'Small',
      start: '2026-03-02',
      finish: '2026-03-10',
      deadline: '2026-03-31',
      forecastFinish: '2026-03-10',
      unreliable: { cycles: 0, errors: 1 },
    });
    assert.equal(g.statusDate, '2026-03-09');
    assert.deepEqual(g.calendar, {
      workdays: [1, 2, 3, 4, 5],
      holidays: [
        { from: '2026-03-04', to: '2026-03-04' },
        { from: '2026-03-30', to: '2026-03-31' },
      ],
      extraWorkdays: [],
      dayNames: [],
    });
    assert.deepEqual(
      g.tasks.map((t) => [t.id, t.parent, t.depth, t.wbs, t.start, t.end, t.progress, t.summary, t.owner, t.phase]),
      [
        ['s', undefined, 0, '1', '2026-03-02', '2026-03-06', 75, true, 'Boss', 'Build'],
        ['s1', 's', 1, '1.1', '2026-03-02', '2026-03-03', 100, false, 'Worker', 'Build'],
        ['s2', 's', 1, '1.2', '2026-03-05', '2026-03-06', 50, false, 'Boss', 'Build'],
        ['loose', undefined, 0, '2', '2026-03-10', '2026-03-10', 0, false, 'Worker', undefined],
      ],
    );
    assert.deepEqual(g.dependencies, [
      { from: 's1', to: 's2', type: 'FS', lag: 0 },
      { from: 's', to: 'loose', type: 'SS', lag: 5 },
    ]);
  });
});

describe('views on the enrolment example', () => {
  const dir = join(__dirname, '..', '..', 'examples', 'enrolment');
  const text = readFileSync(join(dir, 'spring-enrolment.xproj.yaml'), 'utf8');
  const org = readFileSync(join(dir, 'organisation.xproj.yaml'), 'utf8');
  const a = check(text, { files: { 'organisation.xproj.yaml': org } });

  it('is a clean plan to start with', () => {
    assert.deepEqual(findings(a), []);
  });

  it('builds the tree under the five imported phases, with ranges into the organisation file', () => {
    const tree = getTaskTree(a, 'zh-cn');
    roundTrips(tree);
    const phases = tree.roots as TaskTreePhase[];
    assert.deepEqual(
      phases.map((p) => p.name),
      ['启动阶段', '规划阶段', '执行阶段', '监控阶段', '收尾阶段'],
    );
    for (const p of phases) {
      assert.ok(p.uri?.endsWith('organisation.xproj.yaml'));
      assert.equal(textAt(org, p.range!), p.id);
    }
    const count = (nodes: readonly TaskTreeNode[]): number => nodes.reduce((n, c) => n + 1 + count(c.children), 0);
    assert.equal(count(phases) - phases.length, a.plan.tasks.length);
  });

  it('gives the Gantt every task and every dependency, none overdue at the plan status date', () => {
    const g = getGanttModel(a);
    roundTrips(g);
    assert.deepEqual(
      g.tasks.map((t) => t.id),
      a.plan.tasks.map((t) => t.id),
    );
    assert.equal(
      g.dependencies.length,
      a.plan.tasks.reduce((n, t) => n + t.dependsOn.length, 0),
    );
    // The statutory calendar: 清明节, 劳动节 and 端午节 off, Saturday 9 May worked (调休).
    assert.deepEqual([g.project.finish, g.statusDate], ['2026-06-25', '2026-04-20']);
    for (const holiday of [
      { from: '2026-04-04', to: '2026-04-06' },
      { from: '2026-05-01', to: '2026-05-05' },
      { from: '2026-06-19', to: '2026-06-21' },
    ]) {
      assert.ok(
        g.calendar.holidays.some((h) => h.from === holiday.from && h.to === holiday.to),
        holiday.from,
      );
    }
    assert.ok(g.calendar.extraWorkdays.some((w) => w.from === '2026-05-09'));
    assert.ok(g.calendar.dayNames.some((n) => n.from === '2026-05-09' && n.name === 'Labour Day'));
    assert.ok(g.tasks.some((t) => t.critical) && g.tasks.every((t) => !t.overdue));
    assert.deepEqual(
      g.tasks.filter((t) => t.milestone).map((t) => t.id),
      ['kickoff', 'plan-baseline', 'mid-review', 'final-acceptance'],
    );
  });

  it('lists its risks by level', () => {
    const list = getRiskList(a, 'en');
    assert.deepEqual(
      list.groups.map((g) => [g.level, g.risks.map((r) => r.id)]),
      [
        ['high', ['competitor-price', 'enrolment-shortfall']],
        ['medium', ['teacher-shortage', 'ad-compliance', 'budget-overrun', 'reg-system-delay']],
        ['low', ['open-day-disruption', 'data-privacy']],
      ],
    );
  });
});
