import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseIsoDate } from '../../common/dates';
import { CJK_FONT_CANDIDATES, findCjkFont } from '../../server/src/files/cjkFont';
import { resvgWasm } from '../../server/src/files/resvgWasm';
import { ExportError, exportPlan } from '../../server/src/interop/export';
import type { ExportOptions } from '../../server/src/interop/export';
import { runInProcessAsync, tempTree } from '../cli/harness';
import { REPO, exampleAnalysis } from './interopPlans';

const OUT = join(REPO, 'test-output', 'interop');
const found = findCjkFont(process.env);
const font = found && 'bytes' in found ? found.bytes : undefined;
const noFont = font ? false : 'no CJK font on this machine (apt-get install fonts-noto-cjk)';
const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

function options(locale: 'en' | 'zh-cn', extra: Partial<ExportOptions> = {}): ExportOptions {
  return { locale, ...(font ? { font } : {}), resvgWasm, ...extra };
}

function texts(svg: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'text') {
          for (const t of Array.isArray(v) ? v : [v]) {
            out.push(String((t as Record<string, unknown>)['#text'] ?? t));
          }
        } else {
          walk(v);
        }
      }
    }
  };
  walk(new XMLParser({ ignoreAttributes: true, parseTagValue: false }).parse(svg));
  return out;
}

/** Saves what the tests render, to be looked at (test-output/ is not committed). */
function keep(name: string, bytes: Uint8Array | string): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  return file;
}

describe('chart exports: svg, png, pdf', () => {
  it('svg: a well-formed document with the title, status date, legend, every task name and owner, in both languages', async () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const analysis = exampleAnalysis(locale);
      const out = await exportPlan(analysis, 'svg', options(locale));
      assert.ok('text' in out);
      keep(`example-${locale}.svg`, out.text);
      assert.equal(XMLValidator.validate(out.text), true);
      const shown = texts(out.text);
      assert.equal(shown[0], '2026年春季招生推进项目');
      assert.ok(
        shown.includes(
          locale === 'en'
            ? '2026-03-02 – 2026-06-25 · 43 tasks · Status date 2026-04-20'
            : '2026年3月2日 – 2026年6月25日 · 共 43 项任务 · 状态日期 2026年4月20日',
        ),
        shown.slice(0, 3).join('|'),
      );
      for (const label of locale === 'en'
        ? ['Task', 'Critical path', 'Milestone', 'Holiday', 'Make-up working day', 'Owner']
        : ['任务', '关键路径', '里程碑', '节假日', '调休上班', '负责人']) {
        assert.ok(shown.includes(label), label);
      }
      for (const t of analysis.plan.tasks) {
        assert.ok(shown.includes(t.name!.value), t.name!.value);
      }
      assert.ok(shown.includes('李娜') && shown.includes('陈建国'), 'owners by name');
    }
  });

  it('a range shows only the tasks that overlap it, with their summaries', async () => {
    const analysis = exampleAnalysis();
    const out = await exportPlan(analysis, 'svg', options('en', { from: parseIsoDate('2026-04-20'), until: parseIsoDate('2026-04-30') }));
    assert.ok('text' in out);
    keep('example-range.svg', out.text);
    const shown = texts(out.text);
    assert.ok(shown.includes('Showing 2026-04-20 – 2026-04-30'));
    assert.ok(shown.includes('举办校园开放日（试听课 + 家长讲座）'), 'the open day (04-21) is in the range');
    assert.ok(!shown.includes('提交立项申请并获总经理审批'), 'the approval (March) is not');
    assert.ok(shown.includes('招生执行'), 'a summary of a task in range stays');
  });

  it('png: rendered by resvg with the CJK font, in both languages', { skip: noFont }, async () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const out = await exportPlan(exampleAnalysis(locale), 'png', options(locale));
      assert.ok('bytes' in out);
      keep(`example-${locale}.png`, out.bytes);
      const png = Buffer.from(out.bytes);
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
      // IHDR: width and height, twice the document's size for sharpness.
      assert.ok(png.readUInt32BE(16) > 2000 && png.readUInt32BE(20) > 2000, `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`);
    }
  });

  it(
    'pdf: one page, text as text in an embedded CJK subset, readable by poppler in both languages',
    { skip: noFont || (hasPoppler ? false : 'poppler-utils is not installed') },
    async () => {
      for (const locale of ['en', 'zh-cn'] as const) {
        const analysis = exampleAnalysis(locale);
        const out = await exportPlan(analysis, 'pdf', options(locale));
        assert.ok('bytes' in out);
        const file = keep(`example-${locale}.pdf`, out.bytes);
        const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
        assert.match(info, /^Pages:\s+1$/m);
        assert.match(info, /^Title:\s+2026年春季招生推进项目$/m);
        const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout;
        assert.match(fonts, /\+\S*CJK\S*\s+CID Type 0C\s+Identity-H\s+yes yes yes/, fonts);
        const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
        for (const t of analysis.plan.tasks) {
          assert.ok(
            text.includes(t.name!.value.replace(/ /g, '').slice(0, 6)) || text.replace(/\s+/g, '').includes(t.name!.value.replace(/\s+/g, '')),
            t.name!.value,
          );
        }
        const pages = spawnSync('pdftoppm', ['-png', '-r', '80', file, join(OUT, `example-${locale}-pdf`)], { encoding: 'utf8' });
        assert.equal(pages.status, 0, pages.stderr);
      }
    },
  );

  it('refuses png and pdf without a font that has Chinese, instead of drawing boxes', async () => {
    const analysis = exampleAnalysis();
    await assert.rejects(
      exportPlan(analysis, 'pdf', { locale: 'en' }),
      (e: unknown) =>
        e instanceof ExportError &&
        e.message === 'no font with Chinese characters was found; install fonts-noto-cjk (or another CJK font) or set XPROJ_FONT to a .ttf, .otf or .ttc file',
    );
    if (existsSync(DEJAVU)) {
      const dir = tempTree({});
      const run = await runInProcessAsync(
        ['export', join(REPO, 'examples', 'enrolment', 'spring-enrolment.xproj.yaml'), '--to', 'png', '-o', 'x.png', '--locale', 'zh-cn'],
        { cwd: dir, env: { LANG: 'C', XPROJ_FONT: DEJAVU } },
      );
      assert.deepEqual(run, { code: 2, stdout: '', stderr: 'xproj: 无法导出为 png：该字体不含中文字符（请用 XPROJ_FONT 指定 Noto Sans CJK 等中日韩字体）\n' });
    }
    assert.ok(CJK_FONT_CANDIDATES.includes('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'));
  });
});
