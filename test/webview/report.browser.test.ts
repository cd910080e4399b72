import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildReport, reportDocument } from '../../server/src/service';
import type { ReportKind } from '../../server/src/service';
import type { ShowReportMessage } from '../../webview/src/protocol';
import { check } from '../helpers/plan';
import { SCREENSHOTS, browserSkipReason, chromiumSuite, openHostPage } from './browserHarness';
import type { HostPage } from './browserHarness';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'enrolment');

/** The message the report panel posts for the example plan (the same core the server calls). */
function showMessage(kind: ReportKind, locale: 'en' | 'zh-cn'): ShowReportMessage {
  const analysis = check(readFileSync(join(EXAMPLE, 'spring-enrolment.xproj.yaml'), 'utf8'), {
    files: { 'organisation.xproj.yaml': readFileSync(join(EXAMPLE, 'organisation.xproj.yaml'), 'utf8') },
    locale,
  });
  const zh = locale === 'zh-cn';
  return {
    type: 'show',
    kind,
    document: reportDocument(buildReport(analysis, { kind, locale }), locale),
    taskIds: analysis.plan.tasks.filter((t) => t.uri === analysis.uri).map((t) => t.id),
    labels: {
      kinds: zh
        ? { weekly: '周例会材料', funds: '项目资金使用报告', risks: '风险登记册评审', closing: '项目总结报告' }
        : { weekly: 'Weekly meeting pack', funds: 'Fund report', risks: 'Risk register review', closing: 'Closing report' },
      copyMarkdown: zh ? '复制 Markdown' : 'Copy Markdown',
      saveMarkdown: zh ? '保存 Markdown…' : 'Save Markdown…',
      saveHtml: zh ? '保存 HTML…' : 'Save HTML…',
      kind: zh ? '报告' : 'Report',
    },
  };
}

interface ReportHostWindow {
  __posted: Array<Record<string, unknown>>;
}

describe('report webview in Chromium', { skip: browserSkipReason() }, () => {
  const suite = chromiumSuite('report.html');

  const open = (theme: string, message: unknown): Promise<HostPage> => openHostPage(suite, theme, message, { width: 1000, height: 900 });

  it('draws the weekly pack with its toolbar, task links back to the plan, and nothing but its own files', async () => {
    const { page, problems, requests } = await open('light', showMessage('weekly', 'en'));
    await page.waitForSelector('article.report h1');
    const shape = await page.evaluate(() => ({
      title: document.querySelector('h1')!.textContent,
      sections: document.querySelectorAll('h2').length,
      tables: document.querySelectorAll('table').length,
      links: document.querySelectorAll('a.task-link').length,
      options: [...document.querySelectorAll('select.kind option')].map((o) => (o as HTMLOptionElement).value),
      buttons: [...document.querySelectorAll('#toolbar button')].map((b) => b.textContent),
    }));
    assert.match(shape.title ?? '', /Weekly/);
    assert.ok(shape.sections >= 4 && shape.tables >= 1 && shape.links >= 1, JSON.stringify(shape));
    assert.deepEqual(shape.options, ['weekly', 'funds', 'risks', 'closing']);
    assert.deepEqual(shape.buttons, ['Copy Markdown', 'Save Markdown…', 'Save HTML…']);
    const first = page.locator('a.task-link').first();
    const id = await first.getAttribute('data-task-id');
    await first.click();
    await page.click('button.copyMarkdown');
    await page.selectOption('select.kind', 'funds');
    const posted = await page.evaluate(() => (window as unknown as ReportHostWindow).__posted);
    assert.deepEqual(posted.slice(1), [
      { type: 'reveal', taskId: id },
      { type: 'action', action: 'copyMarkdown' },
      { type: 'kind', kind: 'funds' },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual([...new Set(requests)].sort(), [
      '/dist/reportView.css',
      '/dist/reportView.js',
      '/webview/test-host/report.html',
      '/webview/test-host/reportHost.js',
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-weekly-en.png'), fullPage: false });
    await page.close();
  });

  it('renders plan text as text, and ignores messages that are not a report', async () => {
    const message = showMessage('risks', 'en');
    const hostile = { ...message, document: { ...message.document, title: '<img src=x onerror="window.__pwned=1">Risks' } };
    const { page, problems } = await open('dark', hostile);
    await page.waitForSelector('article.report h1');
    assert.equal(await page.locator('h1').textContent(), '<img src=x onerror="window.__pwned=1">Risks');
    assert.equal(await page.locator('img').count(), 0);
    await page.evaluate(() => window.postMessage({ type: 'show', kind: 'weekly', document: { title: 'x' } }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'empty', text: 42 }, '*'));
    assert.equal(await page.locator('h1').textContent(), '<img src=x onerror="window.__pwned=1">Risks', 'malformed messages change nothing');
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [theme, locale, kind] of [
    ['light', 'zh-cn', 'weekly'],
    ['dark', 'zh-cn', 'funds'],
    ['dark', 'en', 'closing'],
  ] as const) {
    it(`screenshot: ${kind}, ${locale}, ${theme}`, async () => {
      const { page, problems } = await open(theme, showMessage(kind, locale));
      await page.waitForSelector('article.report h1');
      assert.equal(await page.locator('article.report').getAttribute('lang'), locale === 'zh-cn' ? 'zh-CN' : 'en');
      assert.deepEqual(problems, []);
      await page.screenshot({ path: join(SCREENSHOTS, `report-${kind}-${locale}-${theme}.png`) });
      await page.close();
    });
  }
});
