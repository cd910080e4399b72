import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { exportMermaid, mermaidText } from '../../server/src/interop/export/mermaid';
import { exportFacts } from '../../server/src/interop/export/planFacts';
import { CHROMIUM, launchBrowser } from '../webview/browserHarness';
import { REPO, exampleAnalysis, trickyPlan } from './interopPlans';

const MERMAID = join(REPO, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const skip = !existsSync(CHROMIUM) ? `${CHROMIUM} is missing` : !existsSync(MERMAID) ? 'the mermaid package is not installed' : false;

interface Rendered {
  readonly svg: string;
  readonly bars: number;
  readonly milestones: number;
  readonly critical: number;
  readonly texts: string[];
}

/** Mermaid itself, in Chromium, parses and renders the block: the consumer that matters. */
async function render(page: Page, text: string): Promise<Rendered> {
  return page.evaluate(async (source) => {
    const m = (window as unknown as { mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
    m.initialize({ startOnLoad: false, gantt: { useWidth: 1600 } });
    const { svg } = await m.render(`g${Math.random().toString(36).slice(2)}`, source);
    const host = document.createElement('div');
    host.innerHTML = svg;
    document.body.replaceChildren(host);
    const rects = [...host.querySelectorAll('rect.task')];
    return {
      svg,
      bars: rects.length,
      milestones: rects.filter((r) => r.classList.contains('milestone') || /milestone/.test(r.getAttribute('class') ?? '')).length,
      critical: rects.filter((r) => /crit/i.test(r.getAttribute('class') ?? '')).length,
      texts: [...host.querySelectorAll('text.taskText, text.taskTextOutsideRight, text.taskTextOutsideLeft')].map((t) => (t.textContent ?? '').trim()),
    };
  }, text);
}

describe('mermaid export, rendered by Mermaid in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  before(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.addScriptTag({ path: MERMAID });
  });
  after(async () => browser?.close());

  it('draws every leaf of the example with its name, milestones and critical tasks', async () => {
    const plan = exportFacts(exampleAnalysis('zh-cn'));
    const text = exportMermaid(plan, 'zh-cn');
    const r = await render(page, text);
    const leaves = plan.tasks.filter((t) => !t.summary);
    assert.equal(r.bars, leaves.length);
    assert.equal(r.milestones, leaves.filter((t) => t.milestone).length);
    assert.equal(r.critical, leaves.filter((t) => t.critical).length);
    assert.deepEqual(r.texts.sort(), leaves.map((t) => mermaidText(t.name)).sort());
    mkdirSync(join(REPO, 'test-output'), { recursive: true });
    writeFileSync(join(REPO, 'test-output', 'example-mermaid.svg'), r.svg);
  });

  it('keeps names with colons, hashes and semicolons whole', async () => {
    const text = exportMermaid(trickyPlan(), 'en');
    assert.match(text, /^ {4}构建＃1； 测试 :crit, 2026-03-03, 2026-03-05$/m);
    assert.match(text, /^ {4}上线 :milestone, crit, 2026-03-04, 0d$/m);
    assert.match(text, /^ {4}section Phase： one$/m);
    const r = await render(page, text);
    assert.deepEqual(r.texts, ['Design, "draft" and review', '构建＃1； 测试', '上线']);
  });

  it('fences the block for Markdown', () => {
    assert.match(exportMermaid(trickyPlan(), 'en', true), /^```mermaid\ngantt\n[\s\S]*\n```\n$/);
  });
});
