import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { loadLabels } from '../../client/src/loadLabels';
import type { ResourceLoadModel, ResourcePerson } from '../../common/resourceLoad';
import { getResourceLoad } from '../../server/src/service/features/views/resourceLoad';
import type { LoadUpdateMessage } from '../../webview/src/load/loadProtocol';
import { check } from '../helpers/plan';
import { checkWorkspace, planText } from '../helpers/workspace';
import { ROOT, SCREENSHOTS, browserSkipReason, chromiumSuite, openHostPage } from './browserHarness';
import type { HostPage } from './browserHarness';

const ORG = [
  'xproj: 1',
  'departments: [{id: ops, name: 运营部}, {id: it, name: 信息部}]',
  'people:',
  '  - {id: boss, name: Boss}',
  '  - {id: li-na, name: 李娜, department: ops}',
  '  - {id: wang, name: 王五, department: ops, capacity: 1.5}',
  '  - {id: zhao, name: 赵六, department: it}',
  '',
].join('\n');
/** li-na at 0.5 on A's build (Mon 2 – Fri 6 March) and 0.6 on B's train (Fri 6 – Tue 10 March): over on Friday. */
const A = planText('a', [
  'id: build, name: 搭建, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}, wang]',
  'id: wire, name: 布线, start: 2026-03-09, duration: 3d, assignees: [{person: zhao, load: 0.5}]',
]);
const B = planText('b', ['id: train, name: 培训, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}]']);

/** The words as the extension sends them, from its l10n bundle. */
function labels(locale: 'en' | 'zh-cn'): LoadUpdateMessage['labels'] {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'client', 'l10n', locale === 'en' ? 'bundle.l10n.json' : 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<
    string,
    string
  >;
  return loadLabels((message) => bundle[message] ?? assert.fail(`'${message}' is not in the ${locale} bundle`));
}

function twoPlans(): ResourceLoadModel {
  const ws = checkWorkspace({ 'org.xproj.yaml': ORG, 'a.xproj.yaml': A, 'b.xproj.yaml': B });
  return getResourceLoad(ws.analyses.get('a.xproj.yaml')!, [...ws.analyses.values()])!;
}

/** 500 people over two years, each booked half time on alternate weeks and over capacity every tenth week. */
function large(): ResourceLoadModel {
  const days = 728;
  const people: ResourcePerson[] = Array.from({ length: 500 }, (_, i) => {
    const runs: number[] = [];
    for (let w = i % 2; w < days / 7; w += 2) {
      runs.push(w * 7, 5, w % 10 === 0 ? 1.2 : 0.5);
    }
    return {
      id: `p${i}`,
      name: `Person ${i}`,
      department: { id: `d${i % 20}`, name: `Department ${i % 20}` },
      capacity: 1,
      definedIn: 'org.xproj.yaml',
      runs,
      bookings: [],
    };
  });
  people.sort((a, b) => (a.department!.id < b.department!.id ? -1 : a.department!.id > b.department!.id ? 1 : 0));
  return {
    uri: 'file:///w/big.xproj.yaml',
    first: '2026-01-05',
    days,
    workdays: '1111100'.repeat(104),
    statusDay: 100,
    left: { before: 0, after: 3 },
    plans: [{ uri: 'file:///w/big.xproj.yaml', name: 'Big' }],
    people,
  };
}

/** What `read` gives once it equals `expected` (the view draws on the next animation frame), else the last reading fails. */
async function settles<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const end = Date.now() + 5000;
  let actual = await read();
  while (JSON.stringify(actual) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await read();
  }
  assert.deepEqual(actual, expected);
}

interface LoadHostWindow {
  __posted: Array<Record<string, unknown>>;
  __state: unknown;
}

describe('Resources webview in Chromium', { skip: browserSkipReason() }, () => {
  const suite = chromiumSuite('load.html');

  const open = (theme: string, message: unknown, width = 1100): Promise<HostPage> => openHostPage(suite, theme, message, { width, height: 520 });

  const cellsOf = (page: Page): Promise<string[][]> =>
    page.$$eval('.load-cell', (els) =>
      els
        .map((e) => [(e as HTMLElement).dataset['row']!, (e as HTMLElement).dataset['col']!, e.className, e.textContent ?? ''])
        .sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1])),
    );

  it('shows each person under their department, a cell per week with the busiest day against capacity, over capacity marked', async () => {
    const { page, problems, requests } = await open('light', { type: 'update', model: twoPlans(), labels: labels('en') });
    await page.waitForSelector('.load-cell');
    const names = await page.$$eval('.load-name', (els) => els.map((e) => [e.className, e.textContent]));
    assert.deepEqual(names, [
      ['load-name department', '运营部2 people'],
      ['load-name person over', '李娜'],
      ['load-name person', '王五'],
      ['load-name department', '信息部1 people'],
      ['load-name person', '赵六'],
    ]);
    assert.deepEqual(await cellsOf(page), [
      ['1', '0', 'load-cell l4', '110%'],
      ['1', '1', 'load-cell l2', '60%'],
      ['2', '0', 'load-cell l2', '67%'],
      ['4', '1', 'load-cell l1', '50%'],
    ]);
    assert.deepEqual(await page.$$eval('.load-head', (els) => els.map((e) => e.textContent)), ['3/2', '3/9']);
    assert.deepEqual(problems, []);
    assert.ok(
      requests.every((p) => p.startsWith('/webview/test-host/') || p.startsWith('/dist/')),
      requests.join(', '),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'resources-light-en.png') });
    await page.close();
  });

  it('lists the tasks and plans of a cell on hover, and asks the host to show them on click', async () => {
    const { page } = await open('light', { type: 'update', model: twoPlans(), labels: labels('en') });
    const over = page.locator('.load-cell.l4');
    await over.hover();
    const card = page.locator('.load-card');
    await card.waitFor();
    assert.deepEqual(await card.locator('li').allTextContents(), ['Plan B · 培训 (0.6)', 'Plan A · 搭建 (0.5)']);
    assert.match(await card.innerText(), /2026-03-02 – 2026-03-08\nBusiest day: 1\.1 of a capacity of 1 FTE/);
    await page.screenshot({ path: join(SCREENSHOTS, 'resources-hover-en.png') });
    await over.click();
    const posted = await page.evaluate(() => (window as unknown as LoadHostWindow).__posted.filter((m) => m['type'] === 'reveal'));
    assert.deepEqual(posted, [
      {
        type: 'reveal',
        targets: [
          { plan: 1, task: 'train' },
          { plan: 0, task: 'build' },
        ],
      },
    ]);
    await page.close();
  });

  it('follows the scale and the filters, and remembers them', async () => {
    const { page } = await open('dark', { type: 'update', model: twoPlans(), labels: labels('en') });
    await page.click('.load-scales button[data-scale="day"]');
    await page.waitForSelector('#load[data-scale="day"]');
    await settles(() => page.locator('.load-head').count(), 14);
    // Saturday and Sunday of both weeks shaded.
    await settles(() => page.locator('.load-off').count(), 4);
    // li-na: 0.5 Monday to Thursday, 1.1 on Friday, 0.6 the next Monday and Tuesday.
    const liNa = (await cellsOf(page)).filter((c) => c[0] === '1').map((c) => [c[1], c[2]]);
    assert.deepEqual(liNa, [
      ['0', 'load-cell l1'],
      ['1', 'load-cell l1'],
      ['2', 'load-cell l1'],
      ['3', 'load-cell l1'],
      ['4', 'load-cell l4'],
      ['7', 'load-cell l2'],
      ['8', 'load-cell l2'],
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'resources-dark-days.png') });
    await page.click('.load-scales button[data-scale="month"]');
    const names = (): Promise<(string | null)[]> => page.$$eval('.load-name', (els) => els.map((e) => e.textContent));
    await settles(() => page.$$eval('.load-head', (els) => els.map((e) => e.textContent)), ['Mar 2026']);
    await page.selectOption('.load-department', 'it');
    await settles(names, ['信息部1 people', '赵六']);
    await page.selectOption('.load-department', '');
    await page.check('.load-filter input[type="checkbox"]');
    await settles(names, ['运营部1 people', '李娜']);
    assert.deepEqual(await page.evaluate(() => (window as unknown as LoadHostWindow).__state), { scale: 'month', department: '', overOnly: true });
    await page.close();
  });

  it('speaks Chinese', async () => {
    const analysis = check(readFileSync(join(ROOT, 'examples', 'enrolment', 'spring-enrolment.xproj.yaml'), 'utf8'), {
      files: { 'organisation.xproj.yaml': readFileSync(join(ROOT, 'examples', 'enrolment', 'organisation.xproj.yaml'), 'utf8') },
      locale: 'zh-cn',
    });
    const model = getResourceLoad(analysis, [])!;
    const { page, problems } = await open('light', { type: 'update', model, labels: labels('zh-cn') });
    await page.waitForSelector('.load-cell');
    assert.deepEqual(await page.$$eval('.load-scales button', (els) => els.map((e) => e.textContent)), ['日', '周', '月']);
    assert.match(await page.locator('.load-legend').innerText(), /半数以内[\s\S]*超负荷/);
    await page.click('.load-scales button[data-scale="month"]');
    await settles(() => page.$$eval('.load-head', (els) => els.map((e) => e.textContent)).then((h) => h.slice(0, 2)), ['2026年3月', '2026年4月']);
    await page.click('.load-scales button[data-scale="week"]');
    await page.screenshot({ path: join(SCREENSHOTS, 'resources-light-zh-cn.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('keeps 500 people over two years to the rows and columns in view', async () => {
    const model = large();
    const last = model.people[model.people.length - 1]!.name!;
    const { page } = await open('light', { type: 'update', model, labels: labels('en') }, 900);
    await page.click('.load-scales button[data-scale="day"]');
    await page.waitForSelector('#load[data-scale="day"] .load-cell');
    const inDom = async (): Promise<number> => page.locator('.load-cell, .load-name, .load-head, .load-off').count();
    const first = await inDom();
    assert.ok(first < 2500, `${first} elements drawn`);
    await page.evaluate(() => {
      const body = document.querySelector('.load-body')!;
      body.scrollTop = body.scrollHeight;
      body.scrollLeft = body.scrollWidth;
    });
    await page.waitForFunction((name) => [...document.querySelectorAll('.load-name')].some((e) => e.textContent === name), last);
    assert.ok((await inDom()) < 2500);
    assert.equal(await page.locator('.load-notice').innerText(), 'Two years are shown: 0 weeks before them and 3 after are left out.');
    await page.close();
  });

  it('ignores a malformed model and shows why when there is nothing to draw', async () => {
    const { page, problems } = await open('light', { type: 'update', model: { ...twoPlans(), days: 'x' }, labels: labels('en') });
    await page.evaluate(() => window.postMessage({ type: 'empty', text: 'No one is booked.' }, '*'));
    await page.waitForSelector('.load-empty');
    assert.equal(await page.locator('.load-empty').innerText(), 'No one is booked.');
    assert.equal(await page.locator('.load-cell').count(), 0);
    assert.ok(problems.some((p) => /ignored a malformed/.test(p)));
    await page.close();
  });
});
