// The chart document as SVG (`xproj export --to svg` and the panel's Export): stable ids, escaping,
// names whole or ended on a character boundary, and the tracking marks (forecast, baseline, notice).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fitText, graphemes } from '../../common/gantt/fitText';
import { escapeXml } from '../../common/gantt/xml';
import type { GanttModel } from '../../common/ganttModel';
import { chartScene } from '../../server/src/interop/export/chart/chartDocument';
import { estimateWidth } from '../../server/src/interop/export/chart/scene';
import { sceneSvg } from '../../server/src/interop/export/chart/svgWriter';
import { CHROMIUM, launchBrowser } from '../webview/browserHarness';
import { criticalExample, data, dep, task } from '../webview/ganttData';

function svgOf(model: GanttModel, locale: 'en' | 'zh-cn' = 'en'): string {
  return sceneSvg(chartScene(model, { locale, measure: estimateWidth }));
}

function render(locale: 'en' | 'zh-cn' = 'zh-cn'): string {
  const d = criticalExample();
  return svgOf(
    {
      ...d,
      project: { ...d.project, name: '招生 <春季>' },
      tasks: [...d.tasks, task('odd', '2026-03-03', '2026-03-03', { name: 'R&D <"quoted"> \'x\'' })],
    },
    locale,
  );
}

describe('chart SVG', () => {
  it('is one standalone SVG with its own colours and no external references', () => {
    const svg = render();
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(svg.trimEnd().endsWith('</svg>'));
    assert.ok(!/var\(--/.test(svg));
    assert.ok(!/href=/.test(svg));
    const open = (svg.match(/<g[ >]/g) ?? []).length;
    assert.equal(open, (svg.match(/<\/g>/g) ?? []).length);
  });

  it("keeps the stable ids of the editor's chart: data-task-id on bars, critical class, data-from/data-to on arrows", () => {
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

  it('has the title, the status date and the legend, escapes names, and labels in the chosen language', () => {
    const svg = render();
    assert.ok(svg.includes('招生 &#60;春季&#62;'));
    assert.ok(svg.includes('状态日期 2026年3月6日'));
    assert.ok(svg.includes('>关键路径<') && svg.includes('>里程碑<'));
    assert.ok(svg.includes('R&#38;D &#60;&#34;quoted&#34;&#62; &#39;x&#39;'));
    assert.ok(!svg.includes('R&D'));
    assert.ok(svg.includes('2026年3月'));
    assert.equal(escapeXml('a<b'), 'a&#60;b');
    assert.ok(render('en').includes('Status date 2026-03-06'));
  });

  it('draws forecast tails, baseline ghosts and their legend entries, and says when dates are unreliable', () => {
    const d = criticalExample();
    const tracked: GanttModel = {
      ...d,
      project: {
        ...d.project,
        baseline: 'v1.0',
        baselineFinish: '2026-03-11',
        forecastFinish: '2026-03-17',
        unreliable: { cycles: 1, errors: 2 },
      },
      tasks: d.tasks.map((t) => (t.id === 'test' ? { ...t, forecastEnd: '2026-03-17', baselineStart: '2026-03-10', baselineEnd: '2026-03-11' } : t)),
    };
    const plain = svgOf(d);
    const svg = svgOf(tracked);
    assert.ok(!plain.includes('Forecast delay') && !plain.includes('Baseline'));
    assert.ok(svg.includes('>Forecast delay<') && svg.includes('>Baseline v1.0<'));
    assert.ok(svg.includes('Dates unreliable: 1 dependency cycle, 2 errors'));
    // The hatch: a clipped run of diagonal lines in the forecast colour, more than the legend's swatch alone.
    assert.ok((svg.match(/stroke="#d18616"/g) ?? []).length > (plain.match(/stroke="#d18616"/g) ?? []).length + 6);
    assert.ok(svg.includes('fill="#8a8a8a" fill-opacity="0.6"'), 'a ghost bar');
    assert.ok(svgOf(tracked, 'zh-cn').includes('日期不可靠：1 个依赖循环，2 个错误'));
  });

  it('shows names whole, and ends a very long one with … on a character boundary', () => {
    const long = `${'跨部门协作'.repeat(30)}👩🏽‍💻 end`;
    const svg = svgOf(
      data([
        task('short', '2026-03-02', '2026-03-04', { name: 'Kick-off meeting with every department' }),
        task('long', '2026-03-02', '2026-03-04', { name: long }),
      ]),
    );
    assert.ok(svg.includes('>Kick-off meeting with every department<'));
    const shown = /<text[^>]*>(跨部门协作[^<]*)<\/text>/.exec(svg)?.[1];
    assert.ok(shown !== undefined && shown.endsWith('…') && shown.length < long.length, shown);
    assert.ok(long.startsWith(shown.slice(0, -1)));
  });
});

describe('fitText', () => {
  const measure = (s: string): number => estimateWidth(s, 12);

  it('keeps a text that fits, and cuts one that does not on a grapheme boundary', () => {
    assert.equal(fitText('short', 200, measure), 'short');
    const emoji = '👩🏽‍💻👩🏽‍💻👩🏽‍💻👩🏽‍💻👩🏽‍💻👩🏽‍💻';
    for (let w = 10; w < 120; w += 7) {
      const cut = fitText(emoji, w, measure);
      assert.ok(cut.endsWith('…'));
      assert.ok(
        graphemes(cut.slice(0, -1)).every((g) => g === '👩🏽‍💻'),
        `${w}: ${cut}`,
      );
    }
    const accents = 'e\u0301'.repeat(40);
    const cut = fitText(accents, 60, measure);
    assert.ok(
      cut
        .slice(0, -1)
        .split('e\u0301')
        .every((p) => p === ''),
      'no accent split from its letter',
    );
    assert.ok(measure(fitText('中文名称'.repeat(20), 100, measure)) <= 100);
    assert.equal(fitText('abc', 0, measure), '…');
  });
});

/** The part of `sax` (in node_modules through @vscode/vsce's xml2js) these tests use; it has no typings here. */
interface SaxParser {
  onerror: (e: Error) => void;
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  ontext: (text: string) => void;
  write(text: string): SaxParser;
  close(): void;
}
const sax = createRequire(__filename)('sax') as { parser(strict: boolean): SaxParser };

/** The code points outside XML 1.0's `Char` production (tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, U+10000 up). */
function notXmlChars(text: string): string[] {
  const bad: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      i++;
    } else if ((c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      bad.push(`U+${c.toString(16).padStart(4, '0')}`);
    }
  }
  return bad;
}

/** Parses `xml` strictly (tags, attributes, references), returning the attributes of each element and the text. */
function parseXml(xml: string): { errors: string[]; ids: string[]; texts: string[] } {
  const out = { errors: [] as string[], ids: [] as string[], texts: [] as string[] };
  const parser = sax.parser(true);
  parser.onerror = (e) => {
    out.errors.push(e.message.split('\n')[0]!);
    throw e;
  };
  parser.onopentag = (tag) => {
    const id = tag.attributes['data-task-id'];
    if (id !== undefined) {
      out.ids.push(id);
    }
  };
  parser.ontext = (text) => out.texts.push(text);
  try {
    parser.write(xml).close();
  } catch {
    // Recorded by onerror.
  }
  return out;
}

const HOSTILE = {
  ctrl: 'a\u0001b\u001fc',
  lone: 'hi\ud800there\udc00',
  nonChars: 'x\ufffey\uffff',
  spacing: 'tab\there\nline\rcr',
  markup: ']]></text><script>alert(1)</script>&amp;',
  fine: '𝒳 emoji 🚀 and 中文',
};

function hostileSvg(): string {
  const model = data(
    [
      task(`id-${HOSTILE.ctrl}`, '2026-03-02', '2026-03-04', {
        name: HOSTILE.ctrl,
        phase: `phase ${HOSTILE.nonChars}`,
      }),
      task('lone', '2026-03-05', '2026-03-06', { name: HOSTILE.lone, phase: `phase ${HOSTILE.nonChars}` }),
      task('spacing', '2026-03-09', '2026-03-10', { name: HOSTILE.spacing, phase: HOSTILE.markup }),
      task('fine', '2026-03-11', '2026-03-11', { name: HOSTILE.fine, milestone: true }),
    ],
    [dep(`id-${HOSTILE.ctrl}`, 'lone')],
  );
  return svgOf(model);
}

describe('SVG export of names XML cannot hold', () => {
  it('escapes what XML 1.0 forbids as U+FFFD and keeps tab and line breaks as references', () => {
    assert.equal(escapeXml('a\u0001b\u0000c\u000b\u000c\u001f'), 'a\ufffdb\ufffdc\ufffd\ufffd\ufffd');
    assert.equal(escapeXml('\ufffe\uffff\ufffd'), '\ufffd\ufffd\ufffd');
    assert.equal(escapeXml('\ud800x\udc00 \ud83d\ude80'), '\ufffdx\ufffd \ud83d\ude80');
    assert.equal(escapeXml('\t\n\r'), '&#9;&#10;&#13;');
    assert.equal(escapeXml('\u007f\u0085 中'), '\u007f\u0085 中');
  });

  it('writes only XML characters, and parses strictly', () => {
    const svg = hostileSvg();
    assert.deepEqual(notXmlChars(svg), []);
    const parsed = parseXml(svg);
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.ids, ['id-a\ufffdb\ufffdc', 'lone', 'spacing', 'fine']);
    assert.ok(parsed.texts.includes('hi\ufffdthere\ufffd'));
    assert.ok(parsed.texts.includes('tab\there\nline\rcr'));
    assert.ok(parsed.texts.includes(HOSTILE.markup));
    assert.ok(parsed.texts.includes(HOSTILE.fine));
    assert.ok(parsed.texts.includes('phase x\ufffdy\ufffd'));
    assert.ok(!svg.includes('<script'));
  });

  it('reads as an SVG document in a browser', { skip: existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing` }, async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const result = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const error = doc.querySelector('parsererror');
        return {
          error: error?.textContent ?? null,
          ids: [...doc.querySelectorAll('[data-task-id]')].map((e) => e.getAttribute('data-task-id')),
        };
      }, hostileSvg());
      assert.deepEqual(result, { error: null, ids: ['id-a\ufffdb\ufffdc', 'lone', 'spacing', 'fine'] });
    } finally {
      await browser.close();
    }
  });
});
