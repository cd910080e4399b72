import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { loadDocument, loadReport, renderLoadReport } from '../../server/src/service';
import type { LoadReport } from '../../server/src/service';
import { plainText } from '../../server/src/service/features/reports/reportDocument';
import { mondayOf } from '../../server/src/service/features/reports/load';
import { parseIsoDate } from '../../common/dates';
import { SHARED_LOAD, checkWorkspace, planText } from '../helpers/workspace';

const { org: ORG, a: A, b: B } = SHARED_LOAD;

function report(files: Record<string, string>, names: readonly string[]): LoadReport {
  const ws = checkWorkspace({ 'org.xproj.yaml': ORG, ...files });
  return loadReport(
    names.map((n) => ws.analyses.get(n)!),
    {},
  );
}

describe('load report', () => {
  it('counts a person shared through the organisation file across plans: 0.5 + 0.6 on Friday is over capacity that week', () => {
    const r = report({ 'a.xproj.yaml': A, 'b.xproj.yaml': B }, ['a.xproj.yaml', 'b.xproj.yaml']);
    assert.deepEqual(r.weeks, ['2026-03-02', '2026-03-09']);
    assert.deepEqual(
      r.plans.map((p) => [p.name, p.file]),
      [
        ['Plan A', 'a.xproj.yaml'],
        ['Plan B', 'b.xproj.yaml'],
      ],
    );
    const liNa = r.people.find((p) => p.id === 'li-na')!;
    assert.deepEqual(liNa.department, { id: 'ops', name: '运营部' });
    assert.deepEqual(
      liNa.weeks.map((w) => [w.week, w.peak, w.average, w.over, w.plans]),
      [
        // 0.5 × 5 days + 0.6 on Friday over 5 working days; then 0.6 on Monday and Tuesday.
        ['2026-03-02', 1.1, 0.62, true, ['Plan A', 'Plan B']],
        ['2026-03-09', 0.6, 0.24, false, ['Plan B']],
      ],
    );
    assert.deepEqual(liNa.weeks[0]!.over_tasks, [
      { plan: 'Plan A', task: 'build', task_name: '搭建', load: 0.5 },
      { plan: 'Plan B', task: 'train', task_name: null, load: 0.6 },
    ]);
    // Wang works at 1 against a capacity of 1.5: loaded, not over.
    const wang = r.people.find((p) => p.id === 'wang')!;
    assert.deepEqual(
      wang.weeks.map((w) => [w.week, w.peak, w.over]),
      [['2026-03-02', 1, false]],
    );
    assert.equal(wang.capacity, 1.5);
  });

  it('counts one plan alone: the same person within capacity there', () => {
    const r = report({ 'a.xproj.yaml': A, 'b.xproj.yaml': B }, ['a.xproj.yaml']);
    const liNa = r.people.find((p) => p.id === 'li-na')!;
    assert.deepEqual(
      liNa.weeks.map((w) => [w.week, w.peak, w.over]),
      [['2026-03-02', 0.5, false]],
    );
  });

  it('does not mix plans that share nobody: a person a plan defines itself is its own, whatever the id', () => {
    const own = [
      'xproj: 1',
      'project: {id: d, name: Plan D, owner: li-na, start: 2026-03-02}',
      'people: [{id: li-na, name: Another Li Na}]',
      'tasks:',
      '  - {id: other, owner: li-na, start: 2026-03-06, duration: 1d, assignees: [{person: li-na, load: 0.6}]}',
      '',
    ].join('\n');
    const r = report({ 'a.xproj.yaml': A, 'd.xproj.yaml': own }, ['a.xproj.yaml', 'd.xproj.yaml']);
    const named = r.people.filter((p) => p.id === 'li-na');
    assert.deepEqual(
      named.map((p) => [p.name, p.defined_in, p.weeks.map((w) => [w.peak, w.over])]),
      [
        ['李娜', 'org.xproj.yaml', [[0.5, false]]],
        ['Another Li Na', 'd.xproj.yaml', [[0.6, false]]],
      ],
    );
    // The shared id is told apart by the file that defines each.
    const md = renderLoadReport(r, 'markdown', 'en');
    assert.match(md, /李娜 \(li-na\) · org\.xproj\.yaml/);
    assert.match(md, /Another Li Na \(li-na\) · d\.xproj\.yaml/);
    assert.match(md, /No one of 3 people booked is over capacity\./);
  });

  it('says who is over, when and from which plans and tasks, in both languages; HTML marks the cell with a class and a sign', () => {
    const r = report({ 'a.xproj.yaml': A, 'b.xproj.yaml': B }, ['a.xproj.yaml', 'b.xproj.yaml']);
    const doc = loadDocument(r, 'en');
    const summary = doc.blocks.find((b) => b.type === 'paragraph')!;
    assert.equal(summary.type === 'paragraph' && plainText(summary.line), '1 of 2 people booked is over capacity, in 1 person-week.');
    const over = doc.blocks.find((b) => b.type === 'table')!;
    assert.ok(over.type === 'table');
    assert.deepEqual(
      over.rows.map((row) => row.map((cell) => plainText(cell))),
      [['李娜 (li-na)', '运营部 (ops)', '2026-03-02', '1.1/1', '搭建 (build) in Plan A, train in Plan B']],
    );
    const html = renderLoadReport(r, 'html', 'en');
    assert.match(html, /<td class="num alert"><strong>▲ 1\.1\/1<\/strong><\/td>/);
    const zh = renderLoadReport(r, 'markdown', 'zh-cn');
    assert.match(zh, /^# 人员周负荷报告\n\n合并统计 2 个计划 · /);
    assert.match(zh, /已安排工作的 2 人中有 1 人超出产能，共 1 人周。/);
  });

  it('writes one CSV row per person and week, quoted as RFC 4180, with formula-looking text neutralised', () => {
    const org = ORG.replace('name: Boss', 'name: "=HYPERLINK(1)"').replace('name: 运营部', 'name: "Ops, \\"east\\""');
    const ws = checkWorkspace({
      'org.xproj.yaml': org,
      'a.xproj.yaml': A,
      'c.xproj.yaml': planText('c', ['id: t, start: 2026-03-02, duration: 1d, assignees: [boss]']),
    });
    const csv = renderLoadReport(loadReport([ws.analyses.get('a.xproj.yaml')!, ws.analyses.get('c.xproj.yaml')!], {}), 'csv', 'en');
    assert.ok(csv.startsWith('\ufeffperson id,name,department id,department,week,peak load,capacity,average load,over,plans\r\n'));
    assert.match(csv, /\r\nli-na,李娜,ops,"Ops, ""east""",2026-03-02,0\.5,1,0\.5,false,Plan A\r\n/);
    assert.match(csv, /\r\nboss,'=HYPERLINK\(1\),,,2026-03-02,1,1,0\.2,false,Plan C\r\n/);
  });

  it('says so when no one is booked, and bounds a schedule that runs for ages', () => {
    const empty = report({ 'e.xproj.yaml': planText('e', ['id: m, start: 2026-03-02, milestone: true']) }, ['e.xproj.yaml']);
    assert.deepEqual(empty.people, []);
    assert.match(renderLoadReport(empty, 'markdown', 'en'), /> No one is booked on an open task/);
    // A task before the project, another for ages: the weeks shown start at the status date's (helpers' today: 2026-03-20).
    const long = report(
      {
        'l.xproj.yaml': planText('l', [
          'id: early, start: 2020-01-06, duration: 1d, assignees: [boss]',
          'id: t, start: 2026-03-02, duration: 99999d, assignees: [boss]',
        ]),
      },
      ['l.xproj.yaml'],
    );
    assert.deepEqual([long.weeks.length, long.weeks[0]], [104, '2026-03-16']);
    assert.equal(long.weeks_left_out.before, 323);
    assert.ok(long.weeks_left_out.after > 1000);
    assert.match(
      renderLoadReport(long, 'markdown', 'en'),
      /> The schedules span more weeks than a report shows: 323 before the week of 2026-03-16 and \d+ after the week of 2028-03-06 are left out\./,
    );
    // Within the span, the early task's week is shown.
    const early = report({ 'l.xproj.yaml': planText('l', ['id: early, start: 2026-02-23, duration: 1d, assignees: [boss]']) }, ['l.xproj.yaml']);
    assert.deepEqual(early.weeks[0], '2026-02-23');
    assert.deepEqual(early.people[0]!.weeks[0]!.week, '2026-02-23');
    assert.deepEqual(loadReport([], {}).weeks, []);
  });

  it('starts weeks on Monday', () => {
    assert.equal(mondayOf(parseIsoDate('2026-03-08')!), parseIsoDate('2026-03-02'));
    assert.equal(mondayOf(parseIsoDate('2026-03-02')!), parseIsoDate('2026-03-02'));
  });
});
