import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFromWebviewMessage, isGanttModel, isToWebviewMessage } from '../../webview/src/protocol';
import { diffGantt } from '../../common/ganttPatch';
import { criticalExample, task } from './ganttData';

describe('webview protocol validation', () => {
  const update = { type: 'update', locale: 'en', revision: 1, data: criticalExample() };
  const patchOf = (): unknown => {
    const base = criticalExample();
    return diffGantt(base, { ...base, tasks: base.tasks.map((t, i) => (i === 0 ? { ...t, name: 'Renamed' } : t)) });
  };

  it('accepts every well-formed host message', () => {
    assert.ok(isToWebviewMessage(update));
    assert.ok(isToWebviewMessage({ type: 'patch', locale: 'en', base: 1, revision: 2, data: patchOf() }));
    assert.ok(isToWebviewMessage({ type: 'highlight', taskId: 'plan' }));
    assert.ok(isToWebviewMessage({ type: 'highlight', taskId: null }));
    assert.ok(isToWebviewMessage({ type: 'editResult', messageId: 3, ok: false, error: 'read-only' }));
  });

  it('rejects unknown and malformed host messages', () => {
    const bad: unknown[] = [
      null,
      'update',
      [],
      {},
      { type: 'nope' },
      { type: 'update', locale: 'en' },
      { type: 'update', locale: 3, revision: 1, data: criticalExample() },
      { type: 'update', locale: 'en', data: criticalExample() },
      { type: 'patch', locale: 'en', base: 1, revision: 2 },
      { type: 'patch', locale: 'en', base: '1', revision: 2, data: patchOf() },
      { type: 'patch', locale: 'en', base: 1, revision: 2, data: { ...(patchOf() as object), tasks: { rows: [], shifts: [[0, 1]] } } },
      { type: 'patch', locale: 'en', base: 1, revision: 2, data: { ...(patchOf() as object), tasks: { rows: [{ id: 'x' }], shifts: [] } } },
      { type: 'patch', locale: 'en', base: 1, revision: 2, data: { ...(patchOf() as object), tasks: { keys: [1], rows: [], shifts: [] } } },
      { type: 'patch', locale: 'en', base: 1, revision: 2, data: { ...(patchOf() as object), dependencies: [{ from: 'a' }] } },
      { type: 'highlight' },
      { type: 'highlight', taskId: 7 },
      { type: 'editResult', messageId: 1.5, ok: true },
      { type: 'editResult', messageId: 1, ok: 'yes' },
      // The server draws chart exports now: the webview is no longer asked for one.
      { type: 'exportRequest', messageId: 1 },
      { type: 'ready' },
    ];
    for (const m of bad) {
      assert.equal(isToWebviewMessage(m), false, JSON.stringify(m));
    }
  });

  it('checks the schedule deeply: dates, enums, numbers, every task and dependency', () => {
    const d = criticalExample();
    assert.ok(isGanttModel(d));
    const tracked = {
      ...d,
      project: { ...d.project, forecastFinish: '2026-03-18', baselineFinish: '2026-03-11', baseline: 'v1.0', unreliable: { cycles: 1, errors: 2 } },
      tasks: d.tasks.map((t) => ({ ...t, forecastStart: t.start, forecastEnd: '2026-03-18', baselineStart: t.start, baselineEnd: t.end })),
    };
    assert.ok(isGanttModel(tracked));
    const broken: unknown[] = [
      { ...d, project: { ...d.project, start: '2026-3-2' } },
      { ...d, calendar: { ...d.calendar, workdays: [1, 7] } },
      { ...d, calendar: { ...d.calendar, holidays: [{ from: 'tomorrow', to: 'tomorrow' }] } },
      { ...d, calendar: { ...d.calendar, extraWorkdays: ['2026-03-07'] } },
      { ...d, tasks: [...d.tasks, { ...task('x', '2026-03-02', '2026-03-02'), status: 'maybe' }] },
      { ...d, tasks: [...d.tasks, { ...task('x', '2026-03-02', '2026-03-02'), progress: Number.NaN }] },
      { ...d, tasks: [...d.tasks, { ...task('x', '2026-03-02', '2026-03-02'), depth: -1 }] },
      { ...d, tasks: [...d.tasks, { ...task('x', '2026-03-02', '2026-03-02'), owner: 5 }] },
      { ...d, dependencies: [{ from: 'plan', to: 'build', type: 'XX', lag: 0 }] },
      { ...d, dependencies: [{ from: 'plan', to: 'build', type: 'FS' }] },
      { ...d, tasks: 'all' },
      { ...d, tasks: [...d.tasks, { ...task('x', '2026-03-02', '2026-03-02'), forecastEnd: 'tomorrow' }] },
      { ...d, tasks: [...d.tasks, { ...task('x', '2026-03-02', '2026-03-02'), baselineStart: 20260302 }] },
      { ...d, project: { ...d.project, forecastFinish: '2026-13' } },
      { ...d, project: { ...d.project, baseline: { rev: 'v1' } } },
      { ...d, project: { ...d.project, unreliable: { cycles: 'many', errors: 0 } } },
      { ...d, project: { ...d.project, unreliable: { cycles: 1.5, errors: 0 } } },
      { ...d, project: { ...d.project, unreliable: true } },
    ];
    for (const b of broken) {
      assert.equal(isToWebviewMessage({ ...update, data: b }), false);
    }
  });

  it('validates what the webview posts, for the host to reuse', () => {
    assert.ok(isFromWebviewMessage({ type: 'ready' }));
    assert.ok(isFromWebviewMessage({ type: 'reveal', taskId: 'plan' }));
    assert.ok(isFromWebviewMessage({ type: 'edit', messageId: 1, taskId: 'buy', kind: 'move', workingDays: -2, start: '2026-03-03', end: '2026-03-04' }));
    assert.equal(isFromWebviewMessage({ type: 'exportResponse', messageId: 1, svg: '<svg/>' }), false);
    assert.ok(isFromWebviewMessage({ type: 'exportAs', format: 'pdf' }));
    assert.equal(isFromWebviewMessage({ type: 'exportAs', format: 'docx' }), false);
    assert.equal(isFromWebviewMessage({ type: 'exportAs' }), false);
    assert.equal(
      isFromWebviewMessage({ type: 'edit', messageId: 1, taskId: 'buy', kind: 'stretch', workingDays: 1, start: '2026-03-03', end: '2026-03-04' }),
      false,
    );
    assert.equal(
      isFromWebviewMessage({ type: 'edit', messageId: 1, taskId: 'buy', kind: 'move', workingDays: 0.5, start: '2026-03-03', end: '2026-03-04' }),
      false,
    );
    assert.equal(isFromWebviewMessage({ type: 'reveal' }), false);
    assert.ok(isFromWebviewMessage({ type: 'setProgress', messageId: 2, taskId: 'buy', progress: 0 }));
    assert.ok(isFromWebviewMessage({ type: 'setProgress', messageId: 2, taskId: 'buy', progress: 100 }));
    for (const progress of [-1, 101, 50.5, '50', null, undefined, Number.NaN]) {
      assert.equal(isFromWebviewMessage({ type: 'setProgress', messageId: 2, taskId: 'buy', progress }), false, String(progress));
    }
    assert.equal(isFromWebviewMessage({ type: 'setProgress', messageId: 2, progress: 10 }), false);
    assert.equal(isFromWebviewMessage({ type: 'update', locale: 'en', data: criticalExample() }), false);
    assert.equal(isFromWebviewMessage(undefined), false);
  });
});
