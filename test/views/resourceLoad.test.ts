import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { bookingsIn, dailyLoads, heatLevel, loadBuckets, peakLoad } from '../../common/loadCells';
import { dayOfIso } from '../../common/dates';
import { getResourceLoad } from '../../server/src/service/features/views/resourceLoad';
import type { ResourceLoadModel } from '../../common/resourceLoad';
import { SHARED_LOAD, checkWorkspace, planText } from '../helpers/workspace';

const { org: ORG, a: A, b: B } = SHARED_LOAD;
/** A plan of its own people: it shares no one with A. */
const C = [
  'xproj: 1',
  'project: {id: c, name: Plan C, owner: zed, manager: zed, start: 2026-03-02}',
  'people: [{id: zed, name: Zed}]',
  'tasks:',
  '  - {id: solo, owner: zed, duration: 2d, assignees: [zed]}',
  '',
].join('\n');

function model(): ResourceLoadModel {
  const ws = checkWorkspace({ 'org.xproj.yaml': ORG, 'a.xproj.yaml': A, 'b.xproj.yaml': B, 'c.xproj.yaml': C });
  const analyses = [...ws.analyses.values()];
  return getResourceLoad(ws.analyses.get('a.xproj.yaml')!, analyses)!;
}

describe('the load view model', () => {
  it('spans whole weeks of the plan and of the plans that share its people, and no other plan', () => {
    const m = model();
    assert.equal(m.first, '2026-03-02');
    assert.equal(m.days, 14);
    assert.equal(m.workdays, '11111001111100');
    assert.deepEqual(
      m.plans.map((p) => p.name),
      ['Plan A', 'Plan B'],
    );
    assert.deepEqual(
      m.people.map((p) => [p.id, p.name, p.department?.name, p.capacity]),
      [
        ['li-na', '李娜', '运营部', 1],
        ['wang', '王五', '运营部', 1.5],
      ],
    );
  });

  it("gives each day's load as runs, and the bookings behind them", () => {
    const liNa = model().people[0]!;
    // 0.5 Monday to Thursday, 1.1 on Friday, 0.6 on the next Monday and Tuesday.
    assert.deepEqual(liNa.runs, [0, 4, 0.5, 4, 1, 1.1, 7, 2, 0.6]);
    assert.deepEqual(
      liNa.bookings.map((b) => [b.plan, b.task, b.taskName, b.load, b.from, b.to]),
      [
        [0, 'build', '搭建', 0.5, 0, 5],
        [1, 'train', undefined, 0.6, 4, 9],
      ],
    );
  });

  it('buckets days, weeks and months, with the peak day and its heat against capacity', () => {
    const m = model();
    const liNa = m.people[0]!;
    const daily = dailyLoads(liNa, m.days);
    const weeks = loadBuckets(dayOfIso(m.first), m.days, 'week');
    assert.deepEqual(weeks, [
      { start: 0, end: 7 },
      { start: 7, end: 14 },
    ]);
    assert.deepEqual(
      weeks.map((w) => [peakLoad(daily, w), heatLevel(peakLoad(daily, w), liNa.capacity)]),
      [
        [1.1, 4],
        [0.6, 2],
      ],
    );
    assert.deepEqual(
      bookingsIn(liNa, { start: 4, end: 5 }).map((b) => b.task),
      ['train', 'build'],
    );
    assert.equal(loadBuckets(dayOfIso(m.first), m.days, 'day').length, 14);
    // 2 March to 15 March: one month, cut at the grid's ends.
    assert.deepEqual(loadBuckets(dayOfIso(m.first), m.days, 'month'), [{ start: 0, end: 14 }]);
    assert.deepEqual(loadBuckets(dayOfIso('2026-03-30'), 7, 'month'), [
      { start: 0, end: 2 },
      { start: 2, end: 7 },
    ]);
    const wang = m.people[1]!;
    assert.equal(heatLevel(peakLoad(dailyLoads(wang, m.days), weeks[0]!), wang.capacity), 2);
    assert.equal(heatLevel(0, 1), 0);
    assert.equal(heatLevel(0.5, 1), 1);
    assert.equal(heatLevel(1, 1), 3);
  });

  it('is null for a plan that books no one', () => {
    const ws = checkWorkspace({ 'org.xproj.yaml': ORG, 'd.xproj.yaml': planText('d', ['id: alone, duration: 2d']) });
    assert.equal(getResourceLoad(ws.analyses.get('d.xproj.yaml')!, []), null);
  });
});
