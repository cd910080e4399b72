import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { portfolioLabels } from '../../client/src/portfolioLabels';
import type { PortfolioModel } from '../../common/portfolioModel';
import { getPortfolioView } from '../../server/src/service/features/views/portfolioView';
import type { PortfolioUpdateMessage } from '../../webview/src/protocol';
import { checkWorkspace, planText } from '../helpers/workspace';
import { ROOT, SCREENSHOTS, browserSkipReason, chromiumSuite, openHostPage } from './browserHarness';
import type { HostPage } from './browserHarness';

const ORG = ['xproj: 1', 'phases: [{id: prep, name: 准备阶段}, {id: run, name: 执行阶段}]', 'people:', '  - {id: boss, name: Boss}', ''].join('\n');
/** Enrolment: 30 working days from 2 March end on 10 April, a week after its deadline of 3 April. */
const ENROL = planText('enrol', [
  'id: design, name: 方案, phase: prep, start: 2026-03-02, duration: 10d',
  'id: build, name: 实施, phase: run, duration: 20d, depends_on: [design]',
  'id: launch, name: 上线, milestone: true, depends_on: [build]',
]).replace('start: 2026-03-02}', 'start: 2026-03-02, end: 2026-04-03}');
/** The camp depends on a task that does not exist: an error, so its dates are doubtful. */
const CAMP = planText('camp', [
  'id: plan, name: 计划, phase: prep, start: 2026-04-06, duration: 15d',
  'id: camp, name: 夏令营, phase: run, duration: 10d, depends_on: [plan, nowhere]',
]);

function labels(locale: 'en' | 'zh-cn'): PortfolioUpdateMessage['labels'] {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'client', 'l10n', locale === 'en' ? 'bundle.l10n.json' : 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<
    string,
    string
  >;
  return portfolioLabels((message) => bundle[message] ?? assert.fail(`'${message}' is not in the ${locale} bundle`));
}

function model(): PortfolioModel {
  const ws = checkWorkspace({ 'org.xproj.yaml': ORG, 'enrol.xproj.yaml': ENROL, 'camp.xproj.yaml': CAMP });
  return getPortfolioView(ws.analyses.get('enrol.xproj.yaml')!, [...ws.analyses.values()]);
}

interface HostWindow {
  __posted: Array<Record<string, unknown>>;
}

describe('Portfolio webview in Chromium', { skip: browserSkipReason() }, () => {
  const suite = chromiumSuite('portfolio.html');
  const open = (theme: string, message: unknown): Promise<HostPage> => openHostPage(suite, theme, message, { width: 1100, height: 360 });

  it('draws every plan with its badges, phases and milestones on one timeline, the asking plan first', async () => {
    const { page, problems } = await open('light', { type: 'update', model: model(), labels: labels('en'), today: '2026-03-20' });
    await page.waitForSelector('.pf-bar');
    assert.deepEqual(
      await page.$$eval('.pf-plan-row', (els) =>
        els.map((e) => [e.querySelector('.pf-plan-name')?.textContent, [...e.querySelectorAll('.pf-badge')].map((b) => b.textContent)]),
      ),
      [
        ['Plan ENROL', ['2 errors', '1 warning', 'Late', '3 critical', 'Dates doubtful']],
        ['Plan CAMP', ['1 error', '2 critical', 'Dates doubtful']],
      ],
    );
    assert.deepEqual(await page.$$eval('.pf-phase-name', (els) => els.map((e) => e.textContent)), ['准备阶段', '执行阶段', '准备阶段', '执行阶段']);
    assert.deepEqual(await page.$$eval('.pf-bar', (els) => els.map((e) => e.className)), ['pf-bar late', 'pf-bar']);
    assert.equal(await page.locator('.pf-milestone').count(), 1);
    assert.equal(await page.locator('.pf-deadline').count(), 1);
    assert.equal(await page.locator('.pf-today').count(), 1);
    // The enrolment's bar ends after its deadline line: it is late.
    const bar = (await page.locator('.pf-bar.late').boundingBox())!;
    const deadline = (await page.locator('.pf-deadline').boundingBox())!;
    assert.ok(bar.x + bar.width > deadline.x);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-light-en.png') });
    await page.click('.pf-plan-name >> text=Plan CAMP');
    await page.click('.pf-milestone');
    await page.click('.pf-phase-name >> nth=1');
    assert.deepEqual(await page.evaluate(() => (window as unknown as HostWindow).__posted.filter((m) => m['type'] === 'open')), [
      { type: 'open', plan: 1 },
      { type: 'open', plan: 0, id: 'launch' },
      { type: 'open', plan: 0, id: 'run' },
    ]);
    await page.close();
  });

  it('speaks Chinese, in the dark', async () => {
    const { page, problems } = await open('dark', { type: 'update', model: model(), labels: labels('zh-cn'), today: '2026-03-20' });
    await page.waitForSelector('.pf-bar');
    const badges = await page.$$eval('.pf-badge', (els) => els.map((e) => e.textContent));
    assert.deepEqual(badges, ['2 个错误', '1 个警告', '逾期', '3 个关键任务', '日期存疑', '1 个错误', '2 个关键任务', '日期存疑']);
    assert.match(await page.locator('.pf-header').innerText(), /2026年3月/);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: join(SCREENSHOTS, 'portfolio-dark-zh-cn.png') });
    await page.close();
  });

  it('ignores a malformed model', async () => {
    const { page, problems } = await open('light', { type: 'update', model: { uri: 'x', plans: [{ name: 1 }] }, labels: labels('en'), today: '2026-03-20' });
    await page.evaluate(() => window.postMessage({ type: 'empty', text: 'Open a plan.' }, '*'));
    await page.waitForSelector('.pf-empty');
    assert.equal(await page.locator('.pf-bar').count(), 0);
    assert.ok(problems.some((p) => /ignored a malformed/.test(p)));
    await page.close();
  });
});
