import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeXml, exportSvg } from '../../webview/src/export/svgExport';
import { DEFAULT_PALETTE } from '../../webview/src/export/palette';
import { buildModel } from '../../webview/src/layout/model';
import { NO_FILTERS, buildRows } from '../../webview/src/layout/rows';
import { createTimeScale } from '../../webview/src/layout/timeScale';
import { stringsFor } from '../../webview/src/i18n/strings';
import { criticalExample, task } from './ganttData';

function render(filters = NO_FILTERS): string {
  const d = criticalExample();
  const model = buildModel({ ...d, tasks: [...d.tasks, task('odd', '2026-03-03', '2026-03-03', { name: 'R&D <"quoted"> \'x\'' })] });
  const rows = buildRows(model, { filters, collapsed: new Set(), groupByPhase: true });
  return exportSvg({ model, rows, scale: createTimeScale(model.firstDay, model.lastDay, 20), strings: stringsFor('zh'), lang: 'zh', palette: DEFAULT_PALETTE, showCritical: true });
}

describe('SVG export', () => {
  it('is one standalone SVG with its own colours and no external references', () => {
    const svg = render();
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(svg.endsWith('</svg>'));
    assert.ok(svg.includes(`fill:${DEFAULT_PALETTE.critical}`));
    assert.ok(!/var\(--/.test(svg));
    assert.ok(!/href=/.test(svg));
    const open = (svg.match(/<g[ >]/g) ?? []).length;
    assert.equal(open, (svg.match(/<\/g>/g) ?? []).length);
  });

  it('keeps the stable ids: data-task-id on bars, critical class, data-from/data-to on arrows', () => {
    const svg = render();
    for (const id of ['plan', 'work', 'build', 'buy', 'test', 'notify', 'done']) {
      assert.equal(svg.split(`data-task-id="${id}"`).length - 1, 1, id);
    }
    assert.match(svg, /<g class="bar task critical" data-task-id="plan">/);
    assert.match(svg, /<g class="bar milestone critical" data-task-id="done">/);
    assert.match(svg, /<g class="bar task" data-task-id="buy">/);
    assert.match(svg, /<g class="dep critical" data-from="plan" data-to="build">/);
    assert.match(svg, /<g class="dep" data-from="buy" data-to="notify">/);
  });

  it('escapes names and labels the header in the chosen language', () => {
    const svg = render();
    assert.ok(svg.includes('R&#38;D &#60;&#34;quoted&#34;&#62; &#39;x&#39;'));
    assert.ok(!svg.includes('R&D'));
    assert.ok(svg.includes('2026年3月'));
    assert.ok(svg.includes('>任务<'));
    assert.equal(escapeXml('a<b'), 'a&#60;b');
  });

  it('exports what the filters show', () => {
    const svg = render({ ...NO_FILTERS, owner: 'Zhao' });
    assert.ok(svg.includes('data-task-id="buy"'));
    assert.ok(!svg.includes('data-task-id="plan"'));
  });
});
