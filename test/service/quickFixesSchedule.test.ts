import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lines, plan } from './rules/responsibilityFixtures';
import { applyFix, titlesFor } from './quickFixesHarness';

const tasks = (...body: string[]): string => plan('tasks:', ...body);

describe('quick fixes: dependency-cycle', () => {
  const cycle = [
    '  - {id: a, owner: pm, depends_on: [c]}',
    '  - {id: b, owner: pm, depends_on: [x, a]}',
    '  - {id: c, owner: pm, depends_on: b}',
    '  - {id: x, owner: pm}',
  ];

  it('offers to remove each edge of the cycle, from its own on around the cycle', () => {
    assert.deepEqual(titlesFor(tasks(...cycle), 'dependency-cycle', { at: 'a' }), [
      'Remove dependency b → a',
      'Remove dependency c → b',
      'Remove dependency a → c',
    ]);
  });

  it('offers every edge of a long cycle on a large plan, whose tasks are parsed again only where needed', () => {
    // Longer than the related spans a cycle's diagnostic carries (12), so some tasks are found only through the cycle.
    const ring = Array.from({ length: 16 }, (_, i) => `  - {id: r${i}, owner: pm, depends_on: [r${(i + 15) % 16}]}`);
    const text = tasks('  - {id: first, owner: pm}', ...ring, '  - {id: last, owner: pm}');
    const large = { at: 'r3', parseOptions: { minLength: 0, evictFrom: 0 } };
    const titles = titlesFor(text, 'dependency-cycle', large);
    assert.equal(titles.length, 13);
    assert.deepEqual(titles, titlesFor(text, 'dependency-cycle', { at: 'r3', parseOptions: { minLength: Infinity } }));
  });

  it('removes a flow list entry, or a single dependency with its key', () => {
    assert.equal(
      applyFix(tasks(...cycle), 'dependency-cycle', 'Remove dependency b → a', { at: 'a' }),
      tasks(
        '  - {id: a, owner: pm, depends_on: [c]}',
        '  - {id: b, owner: pm, depends_on: [x]}',
        '  - {id: c, owner: pm, depends_on: b}',
        '  - {id: x, owner: pm}',
      ),
    );
    assert.equal(
      applyFix(tasks(...cycle), 'dependency-cycle', 'Remove dependency c → b', { at: 'a' }),
      tasks('  - {id: a, owner: pm, depends_on: [c]}', '  - {id: b, owner: pm, depends_on: [x, a]}', '  - {id: c, owner: pm}', '  - {id: x, owner: pm}'),
    );
  });

  it('removes a block mapping entry with its lines', () => {
    const text = tasks(
      '  - id: a',
      '    owner: pm',
      '    depends_on:',
      '      - task: b',
      '        type: SS # 同步开始',
      '      - x',
      '  - {id: b, owner: pm, depends_on: [a]}',
      '  - {id: x, owner: pm}',
    );
    assert.equal(
      applyFix(text, 'dependency-cycle', 'Remove dependency a → b', { at: 'b' }),
      tasks('  - id: a', '    owner: pm', '    depends_on:', '      - x', '  - {id: b, owner: pm, depends_on: [a]}', '  - {id: x, owner: pm}'),
    );
  });

  it('prefers removing a self-dependency', () => {
    const text = tasks('  - id: a', '    owner: pm', '    depends_on:', '      - a', '    duration: 1d');
    assert.deepEqual(titlesFor(text, 'dependency-cycle'), ['* Remove dependency a → a']);
    assert.equal(applyFix(text, 'dependency-cycle', 'Remove dependency a → a'), tasks('  - id: a', '    owner: pm', '    depends_on: []', '    duration: 1d'));
  });
});

describe('quick fixes: dependency-violation', () => {
  const a = '  - {id: a, owner: pm, start: 2026-03-02, duration: 5d}';

  it('moves the start to the earliest allowed day, or removes it', () => {
    const text = tasks(a, '  - {id: b, owner: pm, start: 2026-03-04, duration: 2d, depends_on: [a]}');
    assert.deepEqual(titlesFor(text, 'dependency-violation'), ['* Move start to 2026-03-09', 'Remove the fixed start']);
    assert.equal(
      applyFix(text, 'dependency-violation', 'Move start to 2026-03-09'),
      tasks(a, '  - {id: b, owner: pm, start: 2026-03-09, duration: 2d, depends_on: [a]}'),
    );
    assert.equal(applyFix(text, 'dependency-violation', 'Remove the fixed start'), tasks(a, '  - {id: b, owner: pm, duration: 2d, depends_on: [a]}'));
  });

  it('moves a written end along, keeping the working days between', () => {
    const text = tasks(a, '  - id: b', '    owner: pm', "    start: '2026-03-04'", '    end: 2026-03-05', '    depends_on: [a]');
    assert.deepEqual(titlesFor(text, 'dependency-violation'), ['* Move start to 2026-03-09']);
    assert.equal(
      applyFix(text, 'dependency-violation', 'Move start to 2026-03-09'),
      tasks(a, '  - id: b', '    owner: pm', '    start: 2026-03-09', '    end: 2026-03-10', '    depends_on: [a]'),
    );
  });

  it('moves the end of a task fixed by its end and duration', () => {
    const text = tasks(a, '  - {id: b, owner: pm, end: 2026-03-05, duration: 2d, depends_on: [a]}');
    assert.equal(
      applyFix(text, 'dependency-violation', 'Move start to 2026-03-09'),
      tasks(a, '  - {id: b, owner: pm, end: 2026-03-10, duration: 2d, depends_on: [a]}'),
    );
  });

  it('moves past the latest of several dependencies', () => {
    const text = tasks(
      a,
      '  - {id: c, owner: pm, start: 2026-03-02, duration: 6d}',
      '  - {id: b, owner: pm, start: 2026-03-04, duration: 1d, depends_on: [a, c]}',
    );
    assert.deepEqual(titlesFor(text, 'dependency-violation')[0], '* Move start to 2026-03-10');
  });
});

describe('quick fixes: date-order', () => {
  it("swaps a task's dates", () => {
    const text = tasks('  - id: t', '    owner: pm', '    start: 2026-03-10  # 开始', '    end: 2026-03-05');
    assert.deepEqual(titlesFor(text, 'date-order'), ['* Swap start and end']);
    assert.equal(
      applyFix(text, 'date-order', 'Swap start and end'),
      tasks('  - id: t', '    owner: pm', '    start: 2026-03-05  # 开始', '    end: 2026-03-10'),
    );
  });

  it("swaps the project's dates, a phase's and a holiday range's", () => {
    const head = (project: string, holiday: string, phase: string): string =>
      lines(
        'xproj: 1',
        `project: {id: p, name: P, owner: boss, manager: boss, ${project}, calendar: {holidays: [${holiday}]}}`,
        'people: [{id: boss, name: 张三}]',
        'phases:',
        `  - {id: ph, name: 规划, ${phase}}`,
      );
    const text = head('start: 2026-03-02, end: 2026-02-01', '{from: 2026-04-06, to: 2026-04-03}', 'start: 2026-02-20, end: 2026-02-10');
    assert.equal(
      applyFix(text, 'date-order', 'Swap start and end', { at: '2026-02-01' }),
      head('start: 2026-02-01, end: 2026-03-02', '{from: 2026-04-06, to: 2026-04-03}', 'start: 2026-02-20, end: 2026-02-10'),
    );
    assert.equal(
      applyFix(text, 'date-order', 'Swap start and end', { at: '{from: 2026-04-06, to: 2026-04-03}' }),
      head('start: 2026-03-02, end: 2026-02-01', '{from: 2026-04-03, to: 2026-04-06}', 'start: 2026-02-20, end: 2026-02-10'),
    );
    assert.equal(
      applyFix(text, 'date-order', 'Swap start and end', { at: '2026-02-10' }),
      head('start: 2026-03-02, end: 2026-02-01', '{from: 2026-04-06, to: 2026-04-03}', 'start: 2026-02-10, end: 2026-02-20'),
    );
  });

  it('offers nothing for a start the scheduler derived, or a task outside the project', () => {
    const derived = tasks('  - {id: a, owner: pm, start: 2026-03-02, duration: 5d}', '  - {id: b, owner: pm, end: 2026-03-04, depends_on: [a]}');
    assert.deepEqual(titlesFor(derived, 'date-order'), []);
    const outside = tasks('  - {id: a, owner: pm, start: 2026-02-02, duration: 1d}');
    assert.deepEqual(titlesFor(outside, 'date-order'), []);
  });
});
