import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { REPORT_KINDS, buildReport, renderReport } from '../../server/src/service';
import type { Locale } from '../../server/src/service/l10n/localize';
import { check } from '../helpers/plan';
import { CHROMIUM, launchBrowser } from '../webview/browserHarness';

/** Where the screenshots go, to be looked at (XPROJ_REPORT_SHOTS to move them). */
const SHOTS = process.env['XPROJ_REPORT_SHOTS'] ?? '/tmp/report-shots';
const EXAMPLE = join(__dirname, '../../examples/enrolment');
const LOCALES: readonly Locale[] = ['en', 'zh-cn'];

function exampleHtml(kind: (typeof REPORT_KINDS)[number], locale: Locale): string {
  const analysis = check(readFileSync(join(EXAMPLE, 'spring-enrolment.xproj.yaml'), 'utf8'), {
    files: { 'organisation.xproj.yaml': readFileSync(join(EXAMPLE, 'organisation.xproj.yaml'), 'utf8') },
    locale,
  });
  return renderReport(buildReport(analysis, { kind, locale }), 'html', locale);
}

describe('HTML reports in headless Chromium', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing` }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  for (const locale of LOCALES) {
    for (const kind of REPORT_KINDS) {
      it(`${kind} (${locale}) renders with no console error and no request, on screen and in print`, async () => {
        const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        const errors: string[] = [];
        const requests: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') {
            errors.push(m.text());
          }
        });
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('request', (r) => requests.push(r.url()));
        await page.setContent(exampleHtml(kind, locale), { waitUntil: 'load' });
        const shape = await page.evaluate(() => ({
          title: document.querySelector('h1')?.textContent ?? '',
          sections: document.querySelectorAll('h2').length,
          tables: document.querySelectorAll('table').length,
          width: document.documentElement.scrollWidth,
        }));
        assert.ok(shape.title.length > 0 && shape.sections >= 4 && shape.tables >= 1, JSON.stringify(shape));
        assert.ok(shape.width <= 1100, `no horizontal scrolling (${shape.width}px)`);
        await page.screenshot({ path: join(SHOTS, `${kind}.${locale}.png`), fullPage: true });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 10_000, 'prints to PDF');
        if (kind === 'weekly') {
          await page.screenshot({ path: join(SHOTS, `${kind}.${locale}.print.png`), fullPage: true });
        }
        assert.deepEqual(errors, []);
        assert.deepEqual(requests, []);
        await page.close();
      });
    }
  }
});
