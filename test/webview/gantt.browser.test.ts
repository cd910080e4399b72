// The built webview (dist/webview.js) in Debian's Chromium, inside the stand-in host page.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { buildModel } from '../../common/gantt/model';
import { moveTask, progressTask, resizeTask } from '../../common/gantt/drag';
import { NO_FILTERS, buildRows } from '../../common/gantt/rows';
import type { GanttModel } from '../../common/ganttModel';
import { SCREENSHOTS, browserSkipReason, chromiumSuite } from './browserHarness';

interface HostWindow {
  xprojHost: { posted: Array<Record<string, unknown>>; send(m: unknown): void; data(): GanttModel; getState(): Record<string, unknown> | null };
}

const skip = browserSkipReason();

describe('gantt webview in Chromium', { skip }, () => {
  const suite = chromiumSuite();

  async function open(query: string, width = 1400, height = 700): Promise<{ page: Page; warnings: string[] }> {
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

  const posted = (page: Page): Promise<Array<Record<string, unknown>>> => page.evaluate(() => (window as unknown as HostWindow).xprojHost.posted);
  const hostData = (page: Page): Promise<GanttModel> => page.evaluate(() => (window as unknown as HostWindow).xprojHost.data());
  /** Clicks near the start of a bar: its centre may be under its progress or, after a scroll, the name column. */
  async function clickBar(page: Page, id: string): Promise<void> {
    const box = (await page.locator(`[data-task-id="${id}"] .bar-body`).boundingBox())!;
    await page.mouse.click(box.x + 3, box.y + box.height / 2);
  }
  const frames = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

  it('draws every task once with data-task-id, critical ones with class critical, arrows with data-from/data-to', async () => {
    const { page, warnings } = await open('sample=1&theme=light');
    await page.click('button[data-zoom="weeks"]');
    const data = await hostData(page);
    const drawn = await page.$$eval('[data-task-id]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-task-id'), critical: e.classList.contains('critical') })),
    );
    assert.deepEqual(drawn.map((d) => d.id).sort(), data.tasks.map((t) => t.id).sort());
    for (const t of data.tasks) {
      assert.equal(drawn.find((d) => d.id === t.id)!.critical, t.critical, t.id);
    }
    assert.ok(data.tasks.some((t) => !t.critical) && data.tasks.some((t) => t.critical));
    const arrows = await page.$$eval('[data-from][data-to]', (els) => els.map((e) => `${e.getAttribute('data-from')}>${e.getAttribute('data-to')}`));
    assert.deepEqual(arrows.sort(), data.dependencies.map((d) => `${d.from}>${d.to}`).sort());
    assert.equal(await page.$$eval('.names [data-task-id]', (els) => els.length), 0);
    assert.deepEqual(warnings, []);
    await page.close();
  });

  it('offers Export as SVG, PNG or PDF in the toolbar, and posts the choice to the host', async () => {
    const { page } = await open('sample=1');
    assert.deepEqual(await page.$$eval('select.export-as option', (os) => os.map((o) => (o as HTMLOptionElement).value)), ['', 'svg', 'png', 'pdf']);
    await page.selectOption('select.export-as', 'pdf');
    assert.deepEqual((await posted(page)).at(-1), { type: 'exportAs', format: 'pdf' });
    assert.equal(await page.$eval('select.export-as', (e) => (e as HTMLSelectElement).value), '', 'the menu goes back to its prompt');
    await page.close();
  });

  it('posts reveal on a click and on Enter, and moves the selection with the arrow keys', async () => {
    const { page } = await open('sample=1');
    await clickBar(page, 'charter');
    assert.deepEqual((await posted(page)).at(-1), { type: 'reveal', taskId: 'charter' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.deepEqual((await posted(page)).at(-1), { type: 'reveal', taskId: 'budget' });
    assert.equal(await page.$eval('.name-row.selected .label', (e) => e.textContent), 'Budget approval');
    await page.close();
  });

  it('posts an edit in working days when a bar is dragged or its end is stretched', async () => {
    const { page } = await open('sample=1');
    await page.click('button[data-zoom="weeks"]');
    const px = 9;
    const data = await hostData(page);
    const model = buildModel(data);
    const drag = async (selector: string, dx: number): Promise<void> => {
      const box = (await page.locator(selector).boundingBox())!;
      const x = selector.endsWith('handle') ? box.x + box.width / 2 : box.x + 3;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) {
        await page.mouse.move(x + (dx * i) / 5, y);
      }
      await page.mouse.up();
    };
    await drag('[data-task-id="design"] .bar-body', 7 * px);
    const move = (await posted(page)).at(-1)!;
    const expected = moveTask(model, model.byId.get('design')!, 7 * px, px);
    assert.equal(move.type, 'edit');
    assert.equal(move.taskId, 'design');
    assert.equal(move.kind, 'move');
    assert.equal(move.workingDays, expected.workingDays);
    assert.equal(move.workingDays, 5);
    assert.equal(typeof move.messageId, 'number');
    await page.evaluate(
      (id) => (window as unknown as HostWindow).xprojHost.send({ type: 'editResult', messageId: id, ok: false, error: 'test' }),
      move.messageId,
    );
    await drag('[data-task-id="reports"] .bar-handle', -3 * px);
    const resize = (await posted(page)).at(-1)!;
    assert.equal(resize.kind, 'resize');
    assert.equal(resize.workingDays, resizeTask(model, model.byId.get('reports')!, -3 * px, px).workingDays);
    assert.ok((resize.workingDays as number) < 0);
    await page.close();
  });

  it('posts setProgress when the progress handle under a bar is dragged, and gives every bar its right-click menu context', async () => {
    const { page } = await open('sample=1');
    await page.click('button[data-zoom="weeks"]');
    const px = 9;
    const model = buildModel(await hostData(page));
    const design = model.tasks[model.byId.get('design')!]!;
    const width = (design.end + 1 - design.start) * px;
    const bar = page.locator('[data-task-id="design"]');
    await bar.locator('.bar-body').hover();
    const handle = (await bar.locator('.bar-progress-handle').boundingBox())!;
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) {
      await page.mouse.move(x + (width / 2) * (i / 5), y);
    }
    await page.mouse.up();
    const sent = (await posted(page)).at(-1)!;
    assert.equal(sent.type, 'setProgress');
    assert.equal(sent.taskId, 'design');
    assert.equal(sent.progress, progressTask(model, model.byId.get('design')!, width / 2, px).progress);
    assert.equal((sent.progress as number) % 5, 0);
    assert.ok((sent.progress as number) > design.data.progress);
    // VS Code builds the menu from data-vscode-context: a task's id and kind on bars and name rows.
    const context = async (selector: string): Promise<Record<string, unknown>> =>
      JSON.parse((await page.locator(selector).first().getAttribute('data-vscode-context'))!) as Record<string, unknown>;
    assert.deepEqual(await context('[data-task-id="design"]'), {
      webviewSection: 'task',
      taskId: 'design',
      taskKind: 'task',
      preventDefaultContextMenuItems: true,
    });
    assert.equal((await context('.name-row[data-row-task="design"]')).taskId, 'design');
    assert.equal((await context('.gantt')).webviewSection, 'chart');
    await page.close();
  });

  it('scrolls the chart while a dragged bar is held near its edge, and counts the scrolled days', async () => {
    const { page } = await open('sample=1');
    const box = (await page.locator('[data-task-id="design"] .bar-body').boundingBox())!;
    const scroller = (await page.locator('.scroller').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 3, y);
    await page.mouse.down();
    const edge = scroller.x + scroller.width - 24;
    await page.mouse.move(edge, y, { steps: 6 });
    await page.waitForFunction(() => document.querySelector('.scroller')!.scrollLeft > 200);
    await page.mouse.move(edge + 1, y);
    await page.mouse.up();
    const scrolled = await page.$eval('.scroller', (e) => e.scrollLeft);
    const move = (await posted(page)).at(-1)!;
    const model = buildModel(await hostData(page));
    const px = 32;
    assert.equal(move.kind, 'move');
    assert.equal(move.workingDays, moveTask(model, model.byId.get('design')!, edge + 1 - (box.x + 3) + scrolled, px).workingDays);
    assert.ok((move.workingDays as number) > moveTask(model, model.byId.get('design')!, edge + 1 - (box.x + 3), px).workingDays);
    await page.close();
  });

  it('zooms with the buttons and with ctrl+wheel, and keeps the zoom in the saved state', async () => {
    const { page } = await open('sample=1');
    const width = (): Promise<number> => page.$eval('[data-task-id="core"] .bar-body', (e) => (e as SVGGraphicsElement).getBBox().width);
    const atDays = await width();
    await page.click('button[data-zoom="months"]');
    const atMonths = await width();
    assert.ok(Math.abs(atDays / atMonths - 32 / 3) < 0.5, `${atDays} vs ${atMonths}`);
    assert.equal(await page.$eval('button.zoom-level.active', (e) => e.getAttribute('data-zoom')), 'months');
    assert.ok((await page.$$eval('.tick-label.minor', (els) => els.map((e) => e.textContent))).includes('Mar'));
    await page.mouse.move(800, 300);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -600);
    await page.keyboard.up('Control');
    await frames(page);
    assert.ok((await width()) > atMonths * 2);
    await page.waitForFunction(() => ((window as unknown as HostWindow).xprojHost.getState()?.pxPerDay as number) > 3);
    await page.close();
  });

  it('resizes the task column by dragging its edge or with the arrow keys, and remembers the width', async () => {
    const { page } = await open('sample=1');
    const names = (): Promise<number> => page.$eval('.names', (e) => e.getBoundingClientRect().width);
    const bodyLeft = (): Promise<number> => page.$eval('.body-svg', (e) => e.getBoundingClientRect().left);
    assert.equal(await names(), 300);
    const handle = (await page.$('.name-resizer'))!;
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await frames(page);
    assert.equal(await names(), 420);
    assert.equal(Math.round(await bodyLeft()) - Math.round(await page.$eval('.scroller', (e) => e.getBoundingClientRect().left)), 420);
    await page.waitForFunction(() => (window as unknown as HostWindow).xprojHost.getState()?.nameWidth === 420);
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await names(), 404);
    await page.keyboard.press('Home');
    assert.equal(await names(), 300);
    await page.close();
  });

  it('keeps only the visible rows in the DOM for a 5000-task plan', async () => {
    const { page } = await open('tasks=5000');
    const count = (): Promise<number> => page.$$eval('[data-task-id]', (els) => els.length);
    const n = await count();
    assert.ok(n > 10 && n < 120, `${n} bars in the DOM`);
    assert.ok((await page.$$eval('.name-row', (els) => els.length)) < 120);
    await page.$eval('.scroller', (e) => (e.scrollTop = e.scrollHeight));
    await frames(page);
    const model = buildModel(await hostData(page));
    const rows = buildRows(model, { filters: NO_FILTERS, collapsed: new Set(), groupByPhase: true }).rows;
    const last = rows.at(-1)!;
    assert.ok(rows.length > 5000 && last.kind === 'task');
    const drawn = await page.$$eval('.name-row', (els) => els.map((e) => Number((e as HTMLElement).dataset.row)));
    assert.equal(Math.max(...drawn), rows.length - 1);
    assert.ok(Math.min(...drawn) > rows.length - 120);
    assert.equal(await page.$$eval(`[data-task-id="${model.tasks[last.task]!.id}"]`, (e) => e.length), 1);
    assert.ok((await count()) < 120);
    await page.close();
  });

  it('highlights the task under the editor cursor and ignores malformed messages', async () => {
    const { page, warnings } = await open('sample=1');
    await page.evaluate(() => (window as unknown as HostWindow).xprojHost.send({ type: 'highlight', taskId: 'uat' }));
    await page.waitForSelector('[data-task-id="uat"].highlighted');
    await page.evaluate(() => {
      const host = (window as unknown as HostWindow).xprojHost;
      host.send({ type: 'highlight', taskId: 42 });
      host.send({ type: 'update', locale: 'en', data: { tasks: 'nope' } });
      host.send({ type: 'launchMissiles' });
    });
    await frames(page);
    assert.equal(warnings.filter((w) => w.includes('ignored')).length, 3);
    assert.equal(await page.$$eval('.highlighted[data-task-id="uat"]', (e) => e.length), 1);
    await page.close();
  });

  it('filters by owner and critical path, collapses summaries, and remembers it', async () => {
    const { page } = await open('sample=1');
    await page.selectOption('select.filter-owner', 'Zhou Ba');
    assert.deepEqual((await page.$$eval('[data-task-id]', (els) => els.map((e) => e.getAttribute('data-task-id')))).sort(), ['build', 'migration', 'reports']);
    await page.selectOption('select.filter-owner', '');
    await page.check('input.filter-critical');
    const critical = await page.$$eval('[data-task-id]', (els) => els.every((e) => e.classList.contains('critical')));
    assert.ok(critical);
    await page.uncheck('input.filter-critical');
    await page.click('.name-row[data-row-task="build"] .twisty');
    assert.equal(await page.$$eval('[data-task-id="core"]', (e) => e.length), 0);
    await page.waitForFunction(() => ((window as unknown as HostWindow).xprojHost.getState()?.collapsed as string[] | undefined)?.includes('build') === true);
    // The editor cursor on a hidden task opens its summary.
    await page.evaluate(() => (window as unknown as HostWindow).xprojHost.send({ type: 'highlight', taskId: 'core' }));
    await page.waitForSelector('[data-task-id="core"].highlighted');
    await page.close();
  });

  it('saves screenshots in light, dark, high-contrast and Chinese', async () => {
    for (const [name, query] of [
      ['light', 'sample=1&theme=light'],
      ['dark', 'sample=1&theme=dark'],
      ['high-contrast', 'sample=1&theme=hc'],
      ['zh-light', 'sample=1&theme=light&locale=zh-cn'],
      ['zh-dark-weeks', 'sample=1&theme=dark&locale=zh-cn&zoom=weeks'],
      ['5k-months', 'tasks=5000&theme=light&zoom=months'],
    ] as const) {
      const { page } = await open(query);
      if (query.includes('zoom=')) {
        await page.click(`button[data-zoom="${new URLSearchParams(query).get('zoom')}"]`);
      }
      const bar = page.locator('[data-task-id] .bar-body').nth(4);
      const box = (await bar.boundingBox())!;
      await page.mouse.move(box.x + 4, box.y + box.height / 2);
      await frames(page);
      await page.screenshot({ path: join(SCREENSHOTS, `gantt-${name}.png`) });
      await page.close();
    }
  });
});
