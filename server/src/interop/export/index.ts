import type { PlanAnalysis } from '../../service';
import { getGanttModel } from '../../service/features/views/gantt';
import type { Locale } from '../../service/l10n/localize';
import { defineMessages } from '../../service/l10n/localize';
import { loadChartFont } from './chart/chartFont';
import type { ChartFont } from './chart/chartFont';
import { chartScene } from './chart/chartDocument';
import { scenePdf } from './chart/pdfWriter';
import { scenePng } from './chart/pngWriter';
import { estimateWidth } from './chart/scene';
import { sceneSvg } from './chart/svgWriter';
import type { ExportFormat } from './formats';
import { exportFacts } from './planFacts';
import { exportCsv } from './csv';
import { exportIcs } from './ics';
import { exportMermaid } from './mermaid';
import { exportMspdi } from './mspdi';
import { exportTjp } from './tjp';
import { exportXlsx } from './xlsx';

/** What an export may be asked besides the format. */
export interface ExportOptions {
  readonly locale: Locale;
  /** The chart's first and last day shown (svg, png, pdf), as day numbers. */
  readonly from?: number;
  readonly until?: number;
  /** Mermaid: wrap the block in a ```mermaid fence (for Markdown files). */
  readonly fenced?: boolean;
  /** PNG and PDF: the bytes of a font with Chinese, as the host found it (`files/cjkFont.ts`). */
  readonly font?: Uint8Array;
  /** PNG: resvg's WebAssembly module, read by the host. */
  readonly resvgWasm?: () => Uint8Array;
}

const messages = defineMessages(
  {
    noFont: () => 'no font with Chinese characters was found; install fonts-noto-cjk (or another CJK font) or set XPROJ_FONT to a .ttf, .otf or .ttc file',
    fontWithoutChinese: () => 'the font has no Chinese characters (set XPROJ_FONT to a CJK font such as Noto Sans CJK)',
    noRenderer: () => 'the PNG renderer (resvg.wasm) is missing beside the XProj bundle',
  },
  {
    noFont: () => '未找到含中文字符的字体；请安装 fonts-noto-cjk（或其他中日韩字体），或用 XPROJ_FONT 指定 .ttf、.otf 或 .ttc 字体文件',
    fontWithoutChinese: () => '该字体不含中文字符（请用 XPROJ_FONT 指定 Noto Sans CJK 等中日韩字体）',
    noRenderer: () => 'XProj 安装目录中缺少 PNG 渲染器（resvg.wasm）',
  },
);

function chartFont(options: ExportOptions): ChartFont {
  const msg = messages[options.locale];
  if (!options.font) {
    throw new ExportError(msg.noFont());
  }
  const font = loadChartFont(options.font);
  if (!font) {
    throw new ExportError(msg.fontWithoutChinese());
  }
  return font;
}

/** An export's result: text (UTF-8 when written) or bytes. */
export type ExportOutput = { readonly text: string } | { readonly bytes: Uint8Array };

/** Writes the analysis in one format. Throws `ExportError` for what the format cannot take. */
export async function exportPlan(analysis: PlanAnalysis, format: ExportFormat, options: ExportOptions): Promise<ExportOutput> {
  const plan = exportFacts(analysis);
  switch (format) {
    case 'tjp':
      return { text: exportTjp(plan).text };
    case 'csv':
      return { text: exportCsv(plan, options.locale) };
    case 'ics':
      return { text: exportIcs(plan, options.locale) };
    case 'mspdi':
      return { text: exportMspdi(plan, options.locale) };
    case 'xlsx':
      return { bytes: await exportXlsx(plan, options.locale) };
    case 'svg':
    case 'png':
    case 'pdf': {
      const font = format === 'svg' ? (options.font ? loadChartFont(options.font) : undefined) : chartFont(options);
      const scene = chartScene(getGanttModel(analysis), {
        locale: options.locale,
        from: options.from,
        until: options.until,
        measure: font?.measure ?? estimateWidth,
      });
      if (format === 'svg') {
        return { text: sceneSvg(scene) };
      }
      if (format === 'pdf') {
        return { bytes: await scenePdf(scene, font!) };
      }
      if (!options.resvgWasm) {
        throw new ExportError(messages[options.locale].noRenderer());
      }
      return { bytes: await scenePng(scene, font!, options.resvgWasm) };
    }
    case 'mermaid':
      return { text: exportMermaid(plan, options.locale, options.fenced) };
  }
}

/** A plan that a format cannot take, or an environment that lacks what the format needs (a font). */
export class ExportError extends Error {}
