// Tracking in the built webview, in Debian's Chromium: forecast tails, baseline ghosts and their
// toggle, the legend, the today line, fit to window, the unreliable notice, the folded name column.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { GanttModel } from '../../common/ganttModel';
import { SCREENSHOTS, browserSkipReason, chromiumSuite } from './browserHarness';

interface HostWindow {
  xprojHost: { data(): GanttModel; getState(): Record<string, unknown> | null };
}

const skip = browserSkipReason();
const TRACKED = 'sample=1&tracking=1&today=2026-03-25';

describe('gantt tracking in Chromium', { skip }, () => {
  const suite = chromiumSuite();

  async function open(query: string, width = 1300, height = 700): Promise<{ page: Page; warnings: string[] }> {
    const page = await suite.browser.newPage({ viewport: { width, height } });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') {
        warnings.push(m.text());
      }
    });
    page.on('pageerror', (e) => warnings.push(`pageerror: ${e.message}`));
    await page.goto(`${suite.base}?${query}`);
    await page.waitForSelector('[data-task-id]');
    return { page, warnings };
  }
  const hostData = (page: Page): Promise<GanttModel> => page.evaluate(() => (window as unknown as HostWindow).xprojHost.data());
  /** The view saves its state 200 ms after a change. */
  const savedState = async (page: Page): Promise<Record<string, unknown>> => {
    await page.waitForTimeout(350);
    return page.evaluate(() => (window as unknown as HostWindow).xprojHost.getState() ?? {});
  };
  const noHorizontalScroll = (page: Page): Promise<boolean> => page.$eval('.scroller', (s) => s.scrollWidth <= s.clientWidth + 1);

  it('draws a hatched tail after each slipping bar, from its planned end, with the label after it', async () => {
    const { page, warnings } = await open(`${TRACKED}&defaultZoom=fit`);
    const data = await hostData(page);
    const slipping = data.tasks.filter((t) => t.forecastEnd !== undefined && t.forecastEnd > t.end).map((t) => t.id);
    assert.ok(slipping.length > 3);
    const tails = await page.$$eval('.forecast-tail[data-tail-of]', (els) => els.map((e) => e.getAttribute('data-tail-of')!));
    assert.deepEqual(tails.sort(), [...slipping].sort());
    assert.equal(await page.$eval('.body-svg .forecast-tail', (e) => getComputedStyle(e).fill), 'url("#xg-hatch")');
    assert.equal(await page.locator('pattern#xg-hatch').count(), 1);
    // The tail starts where a task's bar ends, and its label starts after the tail.
    const id = data.tasks.find((t) => slipping.includes(t.id) && !t.milestone && !t.summary)!.id;
    const geo = await page.evaluate((taskId) => {
      const bar = document.querySelector(`[data-task-id="${taskId}"] .bar-body`) as SVGGraphicsElement;
      const tail = document.querySelector(`[data-tail-of="${taskId}"]`) as SVGGraphicsElement;
      const label = document.querySelector(`[data-task-id="${taskId}"] .bar-label`) as SVGGraphicsElement;
      return {
        barEnd: bar.getBBox().x + bar.getBBox().width,
        tailX: tail.getBBox().x,
        tailEnd: tail.getBBox().x + tail.getBBox().width,
        labelX: label.getBBox().x,
      };
    }, id);
    assert.ok(Math.abs(geo.barEnd - geo.tailX) < 0.01, JSON.stringify(geo));
    assert.ok(geo.labelX >= geo.tailEnd, JSON.stringify(geo));
    // Tails are not bars: the data-task-id contract is unchanged.
    assert.equal(await page.locator('[data-task-id]').count(), data.tasks.length);
    assert.deepEqual(warnings, []);
    await page.close();
  });

  it('shows the baseline ghost bars under the bars, and the toolbar toggle hides them and is remembered', async () => {
    const { page, warnings } = await open(`${TRACKED}&defaultZoom=fit`);
    const data = await hostData(page);
    const ghosts = await page.$$eval('.body-svg .baseline-ghost', (els) => els.map((e) => e.getAttribute('data-baseline-of')));
    assert.equal(ghosts.length, data.tasks.length);
    // Under the bars: the ghost layer comes first in the SVG.
    assert.ok(
      await page.evaluate(
        () => document.querySelector('.ghosts')!.compareDocumentPosition(document.querySelector('.bars')!) === Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    );
    assert.equal(await page.isVisible('.toggle-baseline'), true);
    await page.click('.toggle-baseline');
    assert.equal(await page.locator('.body-svg .baseline-ghost').count(), 0);
    assert.equal((await savedState(page)).showBaseline, false);
    assert.equal(await page.isVisible('.legend [data-legend="baseline"]'), false);
    await page.reload();
    await page.waitForSelector('[data-task-id]');
    assert.equal(await page.locator('.body-svg .baseline-ghost').count(), 0);
    assert.equal(await page.isChecked('.toggle-baseline'), false);
    await page.click('.toggle-baseline');
    assert.equal(await page.locator('.body-svg .baseline-ghost').count(), data.tasks.length);
    assert.deepEqual(warnings, []);
    await page.close();
  });

  it('offers no baseline toggle, ghosts or tails for a plan without baseline or forecast', async () => {
    const { page } = await open('sample=1&today=2026-03-25');
    assert.equal(await page.isVisible('.toggle-baseline'), false);
    assert.equal(await page.locator('.body-svg .baseline-ghost').count(), 0);
    assert.equal(await page.locator('.forecast-tail[data-tail-of]').count(), 0);
    assert.equal(await page.isVisible('.notice'), false);
    await page.close();
  });

  it('shows a legend of the marks, toggled from the toolbar, in the UI language', async () => {
    const { page } = await open(`${TRACKED}&defaultZoom=fit`);
    assert.equal(await page.isVisible('.legend'), true);
    const kinds = await page.$$eval('.legend [data-legend]', (els) => els.map((e) => (e as HTMLElement).dataset.legend));
    for (const k of ['task', 'critical', 'progress', 'summary', 'milestone', 'forecast', 'baseline', 'statusDate', 'today', 'holiday']) {
      assert.ok(kinds.includes(k), k);
    }
    await page.click('.toggle-legend');
    assert.equal(await page.isVisible('.legend'), false);
    assert.equal((await savedState(page)).showLegend, false);
    await page.close();
    const zh = await open(`${TRACKED}&locale=zh-cn&defaultZoom=fit`);
    assert.equal(await zh.page.textContent('.legend [data-legend="forecast"]'), '预测延误');
    assert.equal(await zh.page.textContent('.legend [data-legend="today"]'), '今天');
    await zh.page.close();
  });

  it('draws a today line apart from the status-date line, at the day given', async () => {
    const { page } = await open(`${TRACKED}&defaultZoom=day`);
    const lines = await page.evaluate(() => ({
      today: Number(document.querySelector('.body-svg .today-line')!.getAttribute('x1')),
      status: Number(document.querySelector('.body-svg .status-line')!.getAttribute('x1')),
      display: getComputedStyle(document.querySelector('.body-svg .today-line')!).display,
    }));
    const px = Number((await savedState(page)).pxPerDay ?? 32);
    // 2026-03-20 (status date) to 2026-03-25 (today): five days.
    assert.notEqual(lines.display, 'none');
    assert.ok(Math.abs(lines.today - lines.status - 5 * px) < 0.01, JSON.stringify({ ...lines, px }));
    assert.notEqual(
      await page.$eval('.body-svg .today-line', (e) => getComputedStyle(e).stroke),
      await page.$eval('.body-svg .status-line', (e) => getComputedStyle(e).stroke),
    );
    await page.close();
    // Today outside the plan: no line.
    const far = await open('sample=1&tracking=1&today=2030-01-01&defaultZoom=day');
    assert.equal(await far.page.$eval('.body-svg .today-line', (e) => getComputedStyle(e).display), 'none');
    await far.page.close();
  });

  it('fits the whole plan into the window with the Fit button, and opens fitted with the fit setting', async () => {
    const { page } = await open(`${TRACKED}&defaultZoom=day`, 1100);
    assert.equal(await noHorizontalScroll(page), false, 'days zoom scrolls sideways');
    await page.click('button[data-zoom="fit"]');
    await page.waitForTimeout(50);
    assert.equal(await noHorizontalScroll(page), true);
    const outside = await page.evaluate(() => {
      const right = document.querySelector('.scroller')!.getBoundingClientRect().right;
      return [...document.querySelectorAll('[data-task-id] .bar-body, .body-svg .forecast-tail, .body-svg .baseline-ghost')].filter(
        (e) => e.getBoundingClientRect().right > right + 0.5,
      ).length;
    });
    assert.equal(outside, 0);
    const fitted = Number((await savedState(page)).pxPerDay);
    assert.ok(fitted < 32);
    await page.close();
    const opened = await open(`${TRACKED}&defaultZoom=fit`, 1100);
    assert.equal(await noHorizontalScroll(opened.page), true);
    await opened.page.close();
  });

  it('says when the dates are unreliable', async () => {
    const { page } = await open(`${TRACKED}&unreliable=1`);
    assert.equal(await page.isVisible('.notice'), true);
    assert.match((await page.textContent('.notice'))!, /Dates unreliable: 1 dependency cycle, 2 errors/);
    await page.close();
    const zh = await open(`${TRACKED}&unreliable=1&locale=zh-cn`);
    assert.match((await zh.page.textContent('.notice'))!, /日期不可靠：1 个依赖循环，2 个错误/);
    await zh.page.close();
  });

  it('folds the task column to a strip and back, and remembers it', async () => {
    const { page, warnings } = await open(`${TRACKED}&defaultZoom=week`);
    const before = await page.$eval('.names', (e) => e.getBoundingClientRect().width);
    await page.click('.names-toggle');
    const folded = await page.$eval('.names', (e) => e.getBoundingClientRect().width);
    assert.ok(folded < 40 && before > 200, `${before} → ${folded}`);
    assert.equal(await page.locator('.names .name-row:visible').count(), 0);
    // The timeline starts right after the strip.
    const bodyLeft = await page.$eval('.body-svg', (e) => e.getBoundingClientRect().left);
    assert.ok(Math.abs(bodyLeft - folded) < 2, `${bodyLeft}`);
    assert.equal((await savedState(page)).namesCollapsed, true);
    await page.screenshot({ path: join(SCREENSHOTS, 'gantt-tracking-folded.png') });
    await page.click('.names-toggle');
    assert.ok(Math.abs((await page.$eval('.names', (e) => e.getBoundingClientRect().width)) - before) < 1);
    assert.deepEqual(warnings, []);
    await page.close();
  });

  for (const [theme, locale] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'zh-cn'],
  ] as const) {
    it(`renders tracking in the ${theme} theme (${locale}) without warnings`, async () => {
      const { page, warnings } = await open(`${TRACKED}&unreliable=1&theme=${theme}&locale=${locale}&defaultZoom=fit`);
      await page.screenshot({ path: join(SCREENSHOTS, `gantt-tracking-${theme}-${locale}.png`) });
      assert.deepEqual(warnings, []);
      await page.close();
    });
  }
});
