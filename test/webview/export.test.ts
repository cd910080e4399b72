import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { escapeXml, exportSvg } from '../../webview/src/export/svgExport';
import { DEFAULT_PALETTE } from '../../common/gantt/palette';
import { buildModel } from '../../common/gantt/model';
import { NO_FILTERS, buildRows } from '../../common/gantt/rows';
import { createTimeScale } from '../../common/gantt/timeScale';
import { stringsFor } from '../../common/gantt/strings';
import { CHROMIUM, launchBrowser } from './browserHarness';
import { criticalExample, data, dep, task } from './ganttData';

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
  const model = buildModel(
    data(
      [
        task(`id-${HOSTILE.ctrl}`, '2026-03-02', '2026-03-04', { name: HOSTILE.ctrl, phase: `phase ${HOSTILE.nonChars}` }),
        task('lone', '2026-03-05', '2026-03-06', { name: HOSTILE.lone, phase: `phase ${HOSTILE.nonChars}` }),
        task('spacing', '2026-03-09', '2026-03-10', { name: HOSTILE.spacing, phase: HOSTILE.markup }),
        task('fine', '2026-03-11', '2026-03-11', { name: HOSTILE.fine, milestone: true }),
      ],
      [dep(`id-${HOSTILE.ctrl}`, 'lone')],
    ),
  );
  const rows = buildRows(model, { filters: NO_FILTERS, collapsed: new Set(), groupByPhase: true });
  const palette = { ...DEFAULT_PALETTE, foreground: 'red}</style><script>alert(1)</script>' };
  return exportSvg({ model, rows, scale: createTimeScale(model.firstDay, model.lastDay, 20), strings: stringsFor('en'), lang: 'en', palette, showCritical: true });
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
    assert.ok(svg.includes(`fill:${DEFAULT_PALETTE.foreground}`));
  });

  it('reads as an SVG document in a browser', { skip: existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing` }, async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const result = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const error = doc.querySelector('parsererror');
        return { error: error?.textContent ?? null, ids: [...doc.querySelectorAll('[data-task-id]')].map((e) => e.getAttribute('data-task-id')) };
      }, hostileSvg());
      assert.deepEqual(result, { error: null, ids: ['id-a\ufffdb\ufffdc', 'lone', 'spacing', 'fine'] });
    } finally {
      await browser.close();
    }
  });
});
