import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO, runBin, runInProcess, tempTree } from './harness';

const PLAN = `xproj: 1
project: {id: p, name: 试点项目, owner: boss, manager: pm, start: 2026-03-02, status_date: 2026-03-20, baseline: base.xproj.yaml, escalation: [department, manager, owner]}
departments: [{id: ops, name: 运营部, head: head, liaison: head}]
people:
  - {id: boss, name: 老板, department: ops}
  - {id: pm, name: 经理, department: ops}
  - {id: head, name: 部长, department: ops}
tasks:
  - {id: a, owner: pm, department: ops, start: 2026-03-16, duration: 2d, status: done}
  - {id: b, owner: pm, department: ops, start: 2026-03-16, duration: 2d, status: blocked}
  - {id: c, owner: pm, department: ops, depends_on: [b], duration: 3d}
  - {id: m, name: 验收, owner: boss, milestone: true, depends_on: [c]}
risks:
  - {id: r1, title: 风险一, likelihood: 4, impact: 4, owner: pm, next_review: 2026-03-18}
  - {id: r2, title: 风险二, likelihood: 1, impact: 2, owner: boss, next_review: 2026-04-30}
budget:
  currency: CNY
  total: 10000
  approvals: [{up_to: 5000, approver: department-head}, {approver: owner}]
  items:
    - {id: i1, amount: 3000, task: a, approved_by: head, spent: 2500}
    - {id: i2, amount: 6000, task: c}
changes:
  - {id: CR-1, summary: 加一天, status: requested, affects: [c]}
`;

const BASE = PLAN.replace('duration: 3d}', 'duration: 2d}').replace(', baseline: base.xproj.yaml', '');

function tree(): string {
  return tempTree({ 'plan.xproj.yaml': PLAN, 'base.xproj.yaml': BASE });
}

describe('xproj report', () => {
  it('weekly --format json has the contract shape and values', () => {
    const r = runInProcess(['report', 'weekly', 'plan.xproj.yaml', '--format', 'json'], { cwd: tree() });
    assert.equal(r.code, 0, r.stderr);
    const w = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const key of [
      'kind',
      'period',
      'next',
      'done',
      'due',
      'overdue',
      'blocked',
      'escalations',
      'milestones',
      'risks_due',
      'changes_pending',
      'earned_value',
    ]) {
      assert.ok(key in w, key);
    }
    assert.equal(w['kind'], 'weekly');
    assert.deepEqual(w['period'], { from: '2026-03-13', to: '2026-03-19' });
    assert.deepEqual(w['next'], { from: '2026-03-20', to: '2026-03-26' });
    assert.deepEqual([w['done'], w['due'], w['overdue'], w['blocked']], [['a'], ['c', 'm'], ['b'], ['b']]);
    assert.deepEqual(
      (w['escalations'] as { task: string; to: string }[]).map((e) => [e.task, e.to]),
      [['b', 'head']],
    );
    // The baseline is read as the schedule command reads it: m was two days earlier there.
    assert.deepEqual(w['milestones'], [{ id: 'm', planned: '2026-03-20', forecast: '2026-03-26', baseline: '2026-03-19' }]);
    assert.deepEqual(w['risks_due'], ['r1']);
    assert.deepEqual(w['changes_pending'], ['CR-1']);
    const ev = w['earned_value'] as Record<string, unknown>;
    assert.deepEqual(Object.keys(ev).slice(0, 5), ['pv', 'ev', 'spi', 'ac', 'cpi']);
    // PV: a 3000 + c 6000 × 2/3 (03-18 and 03-19 of 03-18..03-20); EV: a done, c not begun. AC: the items' spent.
    assert.deepEqual([ev['pv'], ev['ev'], ev['spi'], ev['ac'], ev['cpi']], [7000, 3000, 0.43, 2500, 1.2]);
  });

  it('funds and risks --format json have the contract shape', () => {
    const dir = tree();
    const f = JSON.parse(runInProcess(['report', 'funds', 'plan.xproj.yaml', '--format', 'json'], { cwd: dir }).stdout) as Record<string, unknown>;
    assert.deepEqual([f['kind'], f['currency'], f['total'], f['committed'], f['spent'], f['pending']], ['funds', 'CNY', 10000, 9000, 2500, ['i2']]);
    assert.deepEqual(
      (f['items'] as Record<string, unknown>[]).map((i) => [i['id'], i['amount'], i['approved_by'], i['spent'], i['level_required']]),
      [
        ['i1', 3000, 'head', 2500, 'department-head'],
        ['i2', 6000, null, null, 'owner'],
      ],
    );
    const k = JSON.parse(runInProcess(['report', 'risks', 'plan.xproj.yaml', '--format', 'json'], { cwd: dir }).stdout) as {
      kind: string;
      risks: Record<string, unknown>[];
    };
    assert.equal(k.kind, 'risks');
    assert.deepEqual(
      k.risks.map((x) => [x['id'], x['score'], x['level'], x['owner'], x['next_review'], x['review_overdue']]),
      [
        ['r1', 16, 'high', 'pm', '2026-03-18', true],
        ['r2', 2, 'low', 'boss', '2026-04-30', false],
      ],
    );
  });

  it('takes --status-date, and says the report uses it', () => {
    const r = runInProcess(['report', 'weekly', 'plan.xproj.yaml', '--format', 'json', '--status-date', '2026-03-27'], { cwd: tree() });
    const w = JSON.parse(r.stdout) as { period: unknown; status_date: string; status_date_source: string };
    assert.deepEqual([w.period, w.status_date, w.status_date_source], [{ from: '2026-03-20', to: '2026-03-26' }, '2026-03-27', 'option']);
  });

  it('writes Markdown by default, in the language asked, and HTML to -o', () => {
    const dir = tree();
    const md = runInProcess(['report', 'closing', 'plan.xproj.yaml', '--locale', 'zh-cn'], { cwd: dir });
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^# 项目总结报告\n\n试点项目（p） · 状态日期 2026-03-20（计划中设定） · 对照基线 base\.xproj\.yaml\n/);
    const html = runInProcess(['report', 'weekly', 'plan.xproj.yaml', '--format', 'html', '-o', 'out.html'], { cwd: dir });
    assert.deepEqual([html.code, html.stdout], [0, '']);
    const page = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /<td>部长<span class="id"> \(head\)<\/span> \(department head\)<\/td>/);
  });

  it('still reports on a plan with errors, noting them, and exits 0', () => {
    const dir = tempTree({
      'p.xproj.yaml': 'xproj: 1\nproject: {id: p, name: P, start: 2026-03-02, status_date: 2026-03-20}\ntasks:\n  - {id: a, duration: 2d, depends_on: [a]}\n',
    });
    const r = runInProcess(['report', 'weekly', 'p.xproj.yaml'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /> 1 dependency cycle/);
    assert.match(r.stderr, /the plan has \d+ errors?/);
  });

  it('exits 2 on bad usage, a missing plan or an unwritable output', () => {
    const dir = tree();
    const cases: [string[], RegExp][] = [
      [['report', 'monthly', 'plan.xproj.yaml'], /Unknown report 'monthly'; use one of 'weekly', 'funds', 'risks', 'closing'/],
      [['report', 'weekly'], /'report' takes a kind/],
      [['report', 'weekly', 'a.xproj.yaml', 'b.xproj.yaml'], /'report' takes a kind/],
      [['report', 'weekly', 'plan.xproj.yaml', '--format', 'pdf'], /Unknown format 'pdf'/],
      [['report', 'weekly', 'plan.xproj.yaml', '--status-date', '2026-02-30'], /not a valid date/],
      [['report', 'weekly', 'nope.xproj.yaml'], /Path not found: nope\.xproj\.yaml/],
      [['report', 'weekly', '.'], /./],
      [['report', 'weekly', 'plan.xproj.yaml', '-o', 'missing-folder/out.md'], /Cannot write missing-folder\/out\.md/],
    ];
    for (const [argv, message] of cases) {
      const r = runInProcess(argv, { cwd: dir });
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message, argv.join(' '));
    }
  });

  it('has help in both languages', () => {
    assert.match(runInProcess(['report', '--help']).stdout, /Usage: xproj report weekly\|funds\|risks\|closing FILE/);
    assert.match(runInProcess(['help', 'report', '--locale', 'zh-cn']).stdout, /用法：xproj report/);
    assert.match(runInProcess(['--help']).stdout, /report KIND FILE/);
  });

  it('gives the same report through the built CLI (dist) as in-process', () => {
    const dir = tree();
    const argv = ['report', 'weekly', 'plan.xproj.yaml', '--format', 'json'];
    const built = runBin(argv, { cwd: dir });
    assert.equal(built.code, 0, built.stderr);
    assert.equal(built.stdout, runInProcess(argv, { cwd: dir }).stdout);
    const example = runBin(['report', 'risks', join(REPO, 'examples/enrolment/spring-enrolment.xproj.yaml'), '--locale', 'zh-cn']);
    assert.equal(example.stdout, readFileSync(join(REPO, 'test/reports/golden/risks.zh-cn.md'), 'utf8'));
  });
});
