import { layoutArrows, pathData } from '../../../common/gantt/arrows';
import { shadingBands, statusLineX } from '../../../common/gantt/bands';
import { METRICS, barShape, layoutBars } from '../../../common/gantt/bars';
import type { BarLayout } from '../../../common/gantt/bars';
import type { ChartModel } from '../../../common/gantt/model';
import type { RowModel } from '../../../common/gantt/rows';
import { ticks } from '../../../common/gantt/timeScale';
import type { TimeScale } from '../../../common/gantt/timeScale';
import { tickLabel } from '../../../common/gantt/strings';
import type { Language, Strings } from '../../../common/gantt/strings';
import { DEFAULT_PALETTE } from '../../../common/gantt/palette';
import type { Palette } from '../../../common/gantt/palette';
import { escapeXml } from '../../../common/gantt/xml';

export interface ExportInput {
  readonly model: ChartModel;
  readonly rows: RowModel;
  readonly scale: TimeScale;
  readonly strings: Strings;
  readonly lang: Language;
  readonly palette: Palette;
  readonly showCritical: boolean;
}

const NAME_WIDTH = 260;
const TIER = 22;
const HEADER = TIER * 2;

export { escapeXml };

/** The theme's colours as CSS can take them inside `<style>`: `#hex`, a name, `rgba(…)`; anything else is the default. */
function cssPalette(palette: Palette): Palette {
  const out: Record<string, string> = {};
  for (const key of Object.keys(DEFAULT_PALETTE) as (keyof Palette)[]) {
    out[key] = /^[#\w\s(),.%+-]+$/.test(palette[key]) ? palette[key] : DEFAULT_PALETTE[key];
  }
  return out as unknown as Palette;
}

function style(palette: Palette, showCritical: boolean): string {
  const p = cssPalette(palette);
  const crit = showCritical ? p.critical : p.bar;
  return [
    `text{font-family:system-ui,'Segoe UI','Noto Sans CJK SC',sans-serif;font-size:12px;fill:${p.foreground};dominant-baseline:central}`,
    `.bg{fill:${p.background}}.hdr{fill:${p.header}}.grid,.tick{stroke:${p.grid}}`,
    `.weekend{fill:${p.weekend};fill-opacity:.1}.holiday{fill:${p.holiday};fill-opacity:.2}.makeup{fill:${p.makeup};fill-opacity:.12}.muted{fill:${p.muted}}.minor{text-anchor:middle;font-size:11px}`,
    `.task .bar-body{fill:${p.bar};fill-opacity:.55}.task .bar-progress{fill:${p.bar}}.critical.task .bar-progress{fill:${crit}}.summary .bar-body{fill:${p.summary}}`,
    `.milestone .bar-body{fill:${p.milestone}}.critical.task .bar-body,.critical.milestone .bar-body,.critical.summary .bar-body{fill:${crit}}`,
    `.phase-bar{fill:${p.muted};opacity:.5}.dep-line{fill:none;stroke:${p.arrow};stroke-width:1.2}.dep-head{fill:${p.arrow}}`,
    `.dep.critical .dep-line{stroke:${crit}}.dep.critical .dep-head{fill:${crit}}.status-line{stroke:${p.status};stroke-width:1.5;stroke-dasharray:4 3}`,
    `.phase-name{font-weight:600}.summary-name{font-weight:600}`,
  ].join('');
}

function barSvg(input: ExportInput, b: BarLayout): string {
  if (b.kind === 'phase') {
    return `<rect class="phase-bar" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>`;
  }
  const t = input.model.tasks[b.task]!;
  const cls = `bar ${b.kind}${b.critical ? ' critical' : ''}`;
  let inner: string;
  if (b.kind === 'task') {
    inner = `<rect class="bar-body" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="3"/>`;
    if (b.progressWidth > 0) {
      inner += `<rect class="bar-progress" x="${b.x}" y="${b.y}" width="${b.progressWidth}" height="${b.height}" rx="3"/>`;
    }
  } else {
    inner = `<path class="bar-body" d="${barShape(b)}"/>`;
  }
  return `<g class="${cls}" data-task-id="${escapeXml(t.id)}">${inner}<title>${escapeXml(t.data.name)}</title></g>`;
}

/** The whole chart as the user sees it (filters, collapsed rows, zoom), as one standalone SVG document. */
export function exportSvg(input: ExportInput): string {
  const { model, rows, scale, strings, lang, palette } = input;
  const rowH = METRICS.rowHeight;
  const all = { first: 0, last: rows.rows.length };
  const width = NAME_WIDTH + scale.width;
  const height = HEADER + rows.rows.length * rowH;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  out.push(`<style>${style(palette, input.showCritical)}</style>`, `<rect class="bg" width="${width}" height="${height}"/>`);
  out.push(`<g transform="translate(${NAME_WIDTH} ${HEADER})">`);
  for (const band of shadingBands(model, scale, 0, scale.width)) {
    const rect = `<rect class="${band.kind}" x="${band.x}" y="0" width="${band.width}" height="${height - HEADER}"`;
    out.push(band.name !== undefined ? `${rect}><title>${escapeXml(band.name)}</title></rect>` : `${rect}/>`);
  }
  for (const t of ticks(scale, scale.tiers[0], 0, scale.width)) {
    out.push(`<line class="grid" x1="${t.x}" y1="0" x2="${t.x}" y2="${height - HEADER}"/>`);
  }
  for (const a of layoutArrows(model, scale, rows, all, METRICS)) {
    const from = escapeXml(model.tasks[a.from]!.id);
    const to = escapeXml(model.tasks[a.to]!.id);
    out.push(`<g class="dep${a.critical ? ' critical' : ''}" data-from="${from}" data-to="${to}"><path class="dep-line" d="${pathData(a.points)}"/><path class="dep-head" d="${pathData(a.head, true)}"/></g>`);
  }
  for (const b of layoutBars(model, scale, rows.rows, all, METRICS)) {
    out.push(barSvg(input, b));
  }
  const sx = statusLineX(model, scale);
  out.push(`<line class="status-line" x1="${sx}" y1="0" x2="${sx}" y2="${height - HEADER}"/></g>`);
  // Header and name column last, so they sit above the chart like the frozen parts of the view.
  out.push(`<rect class="hdr" x="0" y="0" width="${width}" height="${HEADER}"/>`, `<g transform="translate(${NAME_WIDTH} 0)">`);
  scale.tiers.forEach((unit, tier) => {
    for (const t of ticks(scale, unit, 0, scale.width)) {
      const label = escapeXml(tickLabel(strings, lang, t.unit, t.day, t.width, tier === 0));
      const y = tier * TIER;
      out.push(`<line class="tick" x1="${t.x}" y1="${y}" x2="${t.x}" y2="${y + TIER}"/>`);
      // A coarse cell may start before the chart: label what is left of it, if the label fits.
      const left = Math.max(0, t.x);
      if (label !== '' && (tier === 1 || t.x + t.width - left >= label.length * 8 + 12)) {
        out.push(tier === 0 ? `<text x="${left + 6}" y="${y + TIER / 2}">${label}</text>` : `<text class="minor" x="${t.x + t.width / 2}" y="${y + TIER / 2}">${label}</text>`);
      }
    }
  });
  out.push(`</g><rect class="hdr" x="0" y="${HEADER}" width="${NAME_WIDTH}" height="${height - HEADER}"/>`);
  out.push(`<text x="8" y="${TIER}" class="phase-name">${escapeXml(strings.taskColumn)}</text>`);
  out.push(`<clipPath id="xg-names"><rect width="${NAME_WIDTH - 6}" height="${height}"/></clipPath><g clip-path="url(#xg-names)">`);
  rows.rows.forEach((row, r) => {
    const y = HEADER + r * rowH + rowH / 2;
    if (row.kind === 'phase') {
      out.push(`<text class="phase-name" x="8" y="${y}">${escapeXml(row.phase ?? strings.noPhase)}</text>`);
    } else {
      const t = model.tasks[row.task]!;
      out.push(`<text${row.hasChildren ? ' class="summary-name"' : ''} x="${16 + row.depth * 14}" y="${y}">${escapeXml(t.data.name)}</text>`);
    }
  });
  out.push(`</g><line class="tick" x1="${NAME_WIDTH}" y1="0" x2="${NAME_WIDTH}" y2="${height}"/></svg>`);
  return out.join('\n');
}
