import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_STATE, hostDefaults, restoreState } from '../../webview/src/view/state';
import { ZOOM_PRESETS } from '../../common/gantt/timeScale';
import { languageOf, stringsFor, tickLabel } from '../../common/gantt/strings';
import { dayOfIso } from '../../common/dates';
import { MAX_PX_PER_DAY } from '../../common/gantt/timeScale';

describe('saved view state', () => {
  it('falls back to the defaults for anything missing or malformed', () => {
    assert.deepEqual(restoreState(undefined), DEFAULT_STATE);
    assert.deepEqual(restoreState('junk'), DEFAULT_STATE);
    const s = restoreState({
      pxPerDay: 1e9,
      scrollTop: -5,
      collapsed: ['a', 3, 'b'],
      filters: { phase: 'P1', owner: 7, criticalOnly: 'yes' },
      showCritical: false,
      selected: 'x',
    });
    assert.equal(s.pxPerDay, MAX_PX_PER_DAY);
    assert.equal(s.scrollTop, 0);
    assert.deepEqual(s.collapsed, ['a', 'b']);
    assert.deepEqual(s.filters, { phase: 'P1', owner: null, criticalOnly: false });
    assert.equal(s.showCritical, false);
    assert.equal(s.groupByPhase, true);
    assert.equal(s.selected, 'x');
    assert.equal(s.nameWidth, 300);
    assert.equal(restoreState({ nameWidth: 5 }).nameWidth, 140);
    assert.equal(restoreState({ nameWidth: 1e6 }).nameWidth, 1200);
    assert.equal(restoreState({ nameWidth: 420 }).nameWidth, 420);
  });

  it('starts from the settings, and lets changed settings win over the saved zoom and toggle', () => {
    const week = hostDefaults({ defaultZoom: 'week', showCriticalPath: 'false' });
    assert.equal(week.pxPerDay, ZOOM_PRESETS.weeks);
    const fresh = restoreState(undefined, week);
    assert.equal(fresh.pxPerDay, ZOOM_PRESETS.weeks);
    assert.equal(fresh.showCritical, false);
    const zoomedByUser = { ...fresh, pxPerDay: 20, showCritical: true };
    assert.equal(restoreState(zoomedByUser, week).pxPerDay, 20);
    assert.equal(restoreState(zoomedByUser, week).showCritical, true);
    const month = hostDefaults({ defaultZoom: 'month', showCriticalPath: 'true' });
    assert.equal(restoreState(zoomedByUser, month).pxPerDay, ZOOM_PRESETS.months);
    assert.equal(restoreState(zoomedByUser, month).showCritical, true);
    assert.equal(hostDefaults({}).pxPerDay, ZOOM_PRESETS.days);
  });
});

describe('labels', () => {
  it('maps VS Code locales onto the two string tables', () => {
    assert.equal(languageOf('zh-cn'), 'zh');
    assert.equal(languageOf('zh-TW'), 'zh');
    assert.equal(languageOf('en-gb'), 'en');
    assert.equal(languageOf('de'), 'en');
    assert.equal(stringsFor('zh').statuses.blocked, '受阻');
    assert.equal(stringsFor('en').workingDays(1), '1 working day');
  });

  it('shortens header labels to the cell width', () => {
    const en = stringsFor('en');
    const zh = stringsFor('zh');
    const mar2 = dayOfIso('2026-03-02');
    assert.equal(tickLabel(en, 'en', 'month', mar2, 100, true), 'Mar 2026');
    assert.equal(tickLabel(en, 'en', 'month', mar2, 100, false), 'Mar');
    assert.equal(tickLabel(zh, 'zh', 'month', mar2, 100, true), '2026年3月');
    assert.equal(tickLabel(zh, 'zh', 'month', mar2, 40, true), '3月');
    assert.equal(tickLabel(en, 'en', 'month', mar2, 10, false), '');
    assert.equal(tickLabel(en, 'en', 'day', mar2, 32, false), 'M 2');
    assert.equal(tickLabel(en, 'en', 'quarter', mar2, 60, false), 'Q1');
    assert.equal(tickLabel(en, 'en', 'week', mar2, 60, false), '3/2');
  });
});
