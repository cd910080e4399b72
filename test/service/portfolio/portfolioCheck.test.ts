import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ORG, WORKSPACE, checkWorkspace, planText } from '../../helpers/workspace';

describe('portfolio: overallocation across plans', () => {
  it('reports a load split 0.5 + 0.6 across two plans on one overlapping day, in both plans, naming the other plan and task', () => {
    const ws = checkWorkspace({
      'org.xproj.yaml': ORG,
      // Mon 2 – Fri 6 March, and Fri 6 – Tue 10: they overlap on Friday alone.
      'a.xproj.yaml': planText('a', ['id: build, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]']),
      'b.xproj.yaml': planText('b', ['id: train, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}]']),
    });
    // Each plan alone is fine.
    for (const analysis of ws.analyses.values()) {
      assert.deepEqual(
        analysis.problems.filter((p) => p.code === 'overallocation'),
        [],
      );
    }
    assert.deepEqual(ws.extra('a.xproj.yaml'), [
      [
        'li-na',
        "李娜 (li-na) is overallocated across plans on task 'build' from 2026-03-06: together with task 'train' of plan 'Plan B', the load reaches 1.1 FTE against a capacity of 1.",
      ],
    ]);
    assert.deepEqual(ws.extra('b.xproj.yaml'), [
      [
        'li-na',
        "李娜 (li-na) is overallocated across plans on task 'train' from 2026-03-06: together with task 'build' of plan 'Plan A', the load reaches 1.1 FTE against a capacity of 1.",
      ],
    ]);
    const [problem] = ws.result.problems.get(WORKSPACE + 'a.xproj.yaml')!;
    assert.equal(problem!.severity, 'warning');
    assert.deepEqual(
      problem!.related?.map((r) => [r.uri, ws.analyses.get('b.xproj.yaml')!.text.slice(r.span.offset, r.span.offset + r.span.length), r.message]),
      [[WORKSPACE + 'b.xproj.yaml', 'li-na', "李娜 (li-na) on task 'train' of plan 'Plan B' (0.6 FTE)"]],
    );
    assert.deepEqual(problem!.data, {
      person: 'li-na',
      task: 'build',
      firstDay: '2026-03-06',
      peak: 1.1,
      capacity: 1,
      others: [],
      otherPlans: [WORKSPACE + 'b.xproj.yaml'],
      busy: ['2026-03-06/2026-03-06@0.6', '2026-03-09/2026-03-10@0.6'],
    });
    assert.deepEqual(ws.result.groups, [[WORKSPACE + 'a.xproj.yaml', WORKSPACE + 'b.xproj.yaml']]);
  });

  it('says it in Chinese', () => {
    const ws = checkWorkspace(
      {
        'org.xproj.yaml': ORG,
        'a.xproj.yaml': planText('a', ['id: build, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]']),
        'b.xproj.yaml': planText('b', ['id: train, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}]']),
      },
      { locale: 'zh-cn' },
    );
    assert.deepEqual(ws.extra('a.xproj.yaml'), [
      ['li-na', '李娜 (li-na)自 2026-03-06 起在任务“build”上跨计划超负荷：与计划“Plan B”的任务“train”叠加后负荷达 1.1 FTE，超出其产能 1 FTE。'],
    ]);
  });

  it('keeps loads within capacity and tasks that do not overlap quiet', () => {
    const ws = checkWorkspace({
      'org.xproj.yaml': ORG,
      'a.xproj.yaml': planText('a', [
        'id: a1, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}, {person: wang, load: 1}]',
        'id: a2, start: 2026-03-10, duration: 1d, assignees: [li-na]',
      ]),
      'b.xproj.yaml': planText('b', [
        'id: b1, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}, {person: wang, load: 0.5}]',
        'id: b2, start: 2026-03-09, duration: 1d, assignees: [li-na]',
      ]),
    });
    assert.deepEqual(ws.extra('a.xproj.yaml'), []);
    assert.deepEqual(ws.extra('b.xproj.yaml'), []);
    // They share people, so they are one group, with nothing to report.
    assert.equal(ws.result.groups.length, 1);
  });

  it('counts a day only for the plans that work it', () => {
    const saturdays = 'project: {id: a, name: Plan A, owner: boss, manager: boss, start: 2026-03-02, calendar: {workdays: [mon, tue, wed, thu, fri, sat]}}';
    const a = planText('a', ['id: a1, start: 2026-03-06, duration: 2d, assignees: [li-na]']).replace(/^project: .*$/m, saturdays);
    const ws = checkWorkspace({
      'org.xproj.yaml': ORG,
      // Plan A works Friday 6 and Saturday 7; plan B works Friday 6 and Monday 9 for its two days.
      'a.xproj.yaml': a,
      'b.xproj.yaml': planText('b', ['id: b1, start: 2026-03-06, duration: 2d, assignees: [{person: li-na, load: 0.5}]']),
    });
    assert.deepEqual(
      ws.extra('a.xproj.yaml').map(([, m]) => m),
      [
        "李娜 (li-na) is overallocated across plans on task 'a1' from 2026-03-06: together with task 'b1' of plan 'Plan B', the load reaches 1.5 FTE against a capacity of 1.",
      ],
    );
  });

  it('leaves plans that share nobody independent: own people, or people of another organisation file, with the same id', () => {
    const ws = checkWorkspace({
      'org.xproj.yaml': ORG,
      'org2.xproj.yaml': ORG,
      'a.xproj.yaml': planText('a', ['id: a1, start: 2026-03-02, duration: 5d, assignees: [li-na]']),
      // Its own li-na, defined in the plan.
      'c.xproj.yaml': planText('c', ['id: c1, start: 2026-03-02, duration: 5d, assignees: [li-na]'], ['people:', '  - {id: li-na, name: 另一个李娜}'], '[]')
        .replace('imports: [[]]', 'imports: []')
        .replace('owner: boss, manager: boss', 'owner: li-na, manager: li-na')
        .replaceAll(', owner: boss}', ', owner: li-na}'),
      // The li-na of another organisation file.
      'd.xproj.yaml': planText('d', ['id: d1, start: 2026-03-02, duration: 5d, assignees: [li-na]'], [], 'org2.xproj.yaml'),
    });
    assert.deepEqual([...ws.result.problems.keys()], []);
    assert.deepEqual(ws.result.groups, []);
  });

  it('groups five plans by the people they share, and checks each group apart', () => {
    const ws = checkWorkspace({
      'org.xproj.yaml': ORG,
      'p1.xproj.yaml': planText('p1', ['id: t1, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.4}]']),
      'p2.xproj.yaml': planText('p2', ['id: t2, start: 2026-03-04, duration: 5d, assignees: [{person: li-na, load: 0.4}]']),
      'p3.xproj.yaml': planText('p3', ['id: t3, start: 2026-03-05, duration: 1d, assignees: [{person: li-na, load: 0.4}]']),
      'p4.xproj.yaml': planText('p4', ['id: t4, start: 2026-03-02, duration: 5d, assignees: [{person: wang, load: 1}]']),
      'p5.xproj.yaml': planText('p5', ['id: t5, start: 2026-03-02, duration: 5d, assignees: [{person: wang, load: 0.5}]']),
    });
    assert.deepEqual(ws.result.groups, [
      [WORKSPACE + 'p1.xproj.yaml', WORKSPACE + 'p2.xproj.yaml', WORKSPACE + 'p3.xproj.yaml'],
      [WORKSPACE + 'p4.xproj.yaml', WORKSPACE + 'p5.xproj.yaml'],
    ]);
    // li-na: 1.2 on 5 March across three plans; wang: 1.5, exactly his capacity.
    assert.deepEqual(
      ws.extra('p1.xproj.yaml').map(([, m]) => m),
      [
        "李娜 (li-na) is overallocated across plans on task 't1' from 2026-03-05: together with task 't2' of plan 'Plan P2', task 't3' of plan 'Plan P3', the load reaches 1.2 FTE against a capacity of 1.",
      ],
    );
    assert.equal(ws.extra('p2.xproj.yaml').length, 1);
    assert.equal(ws.extra('p3.xproj.yaml').length, 1);
    assert.deepEqual(ws.extra('p4.xproj.yaml'), []);
    assert.deepEqual(ws.extra('p5.xproj.yaml'), []);
  });

  it("names the plan's own tasks after the other plan's, and follows each plan's level for the rule", () => {
    const ws = checkWorkspace({
      'org.xproj.yaml': ORG,
      'a.xproj.yaml': planText(
        'a',
        [
          'id: a1, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]',
          'id: a2, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]',
        ],
        ['rules: {overallocation: error}'],
      ),
      'b.xproj.yaml': planText('b', ['id: b1, start: 2026-03-06, duration: 1d, assignees: [{person: li-na, load: 0.1}]'], ['rules: {overallocation: off}']),
    });
    assert.deepEqual(
      ws.extra('a.xproj.yaml').map(([, m]) => m),
      [
        "李娜 (li-na) is overallocated across plans on task 'a1' from 2026-03-06: together with task 'b1' of plan 'Plan B', task 'a2' of this plan, the load reaches 1.1 FTE against a capacity of 1.",
        "李娜 (li-na) is overallocated across plans on task 'a2' from 2026-03-06: together with task 'b1' of plan 'Plan B', task 'a1' of this plan, the load reaches 1.1 FTE against a capacity of 1.",
      ],
    );
    assert.ok(ws.result.problems.get(WORKSPACE + 'a.xproj.yaml')!.every((p) => p.severity === 'error'));
    assert.deepEqual(ws.extra('b.xproj.yaml'), []);
  });
});

describe('portfolio: stable results', () => {
  it('gives the same problems whatever order the plans come in', () => {
    const files = {
      'org.xproj.yaml': ORG,
      'a.xproj.yaml': planText('a', ['id: a1, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]']),
      'b.xproj.yaml': planText('b', ['id: b1, start: 2026-03-03, duration: 5d, assignees: [{person: li-na, load: 0.4}]']),
      'c.xproj.yaml': planText('c', ['id: c1, start: 2026-03-04, duration: 5d, assignees: [{person: li-na, load: 0.3}]']),
    };
    const ws = checkWorkspace(files);
    const plans = [...ws.analyses.values()].map((a) => ws.service.portfolioPlan(a));
    const forward = ws.service.checkPortfolio(plans);
    const backward = ws.service.checkPortfolio([...plans].reverse());
    assert.deepEqual([...backward.problems].sort(), [...forward.problems].sort());
    assert.deepEqual(backward.groups, forward.groups);
  });

  it('names at most three other bookings and counts the rest', () => {
    const files: Record<string, string> = { 'org.xproj.yaml': ORG };
    for (let i = 0; i < 6; i++) {
      files[`p${i}.xproj.yaml`] = planText(`p${i}`, [`id: t${i}, start: 2026-03-02, duration: 2d, assignees: [{person: li-na, load: 0.2}]`]);
    }
    const ws = checkWorkspace(files);
    const [[, message]] = ws.extra('p0.xproj.yaml') as [[string, string]];
    assert.equal(
      message,
      "李娜 (li-na) is overallocated across plans on task 't0' from 2026-03-02: together with task 't1' of plan 'Plan P1', task 't2' of plan 'Plan P2', task 't3' of plan 'Plan P3', 2 more, the load reaches 1.2 FTE against a capacity of 1.",
    );
    assert.equal(ws.result.problems.get(WORKSPACE + 'p0.xproj.yaml')![0]!.related!.length, 5);
  });

  it('makes problems for the plans asked for alone, with the same groups', () => {
    const files = {
      'org.xproj.yaml': ORG,
      'a.xproj.yaml': planText('a', ['id: a1, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]']),
      'b.xproj.yaml': planText('b', ['id: b1, start: 2026-03-03, duration: 5d, assignees: [{person: li-na, load: 0.6}]']),
    };
    const ws = checkWorkspace(files);
    const plans = [...ws.analyses.values()].map((a) => ws.service.portfolioPlan(a));
    const onlyA = ws.service.checkPortfolio(plans, new Set([WORKSPACE + 'a.xproj.yaml']));
    assert.deepEqual([...onlyA.problems.keys()], [WORKSPACE + 'a.xproj.yaml']);
    assert.deepEqual(onlyA.problems.get(WORKSPACE + 'a.xproj.yaml'), ws.result.problems.get(WORKSPACE + 'a.xproj.yaml'));
    assert.deepEqual(onlyA.groups, ws.result.groups);
  });
});
