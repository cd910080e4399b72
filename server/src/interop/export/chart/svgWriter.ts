import { escapeXml } from '../../../../../common/gantt/xml';
import type { Scene, Shape } from './scene';

/** The families the SVG asks for: the font the export found first, then the usual CJK families. */
export const FONT_FAMILIES = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'sans-serif'];

const num = (v: number): string => String(Math.round(v * 100) / 100);

function shapeSvg(s: Shape, index: number): string {
  switch (s.kind) {
    case 'clip':
      return `<clipPath id="clip${index}"><rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.width)}" height="${num(s.height)}"/></clipPath><g clip-path="url(#clip${index})">`;
    case 'unclip':
    case 'ungroup':
      return '</g>';
    case 'group':
      return `<g${Object.entries(s.attrs)
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join('')}>`;
    case 'rect':
      return `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.width)}" height="${num(s.height)}" fill="${s.fill}"${s.opacity !== undefined ? ` fill-opacity="${s.opacity}"` : ''}${s.radius ? ` rx="${s.radius}"` : ''}${s.stroke ? ` stroke="${s.stroke}"` : ''}/>`;
    case 'line':
      return `<line x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}/>`;
    case 'path':
      return `<path d="${s.d}" fill="${s.fill ?? 'none'}"${s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.width ?? 1}"` : ''}${s.opacity !== undefined ? ` fill-opacity="${s.opacity}"` : ''}/>`;
    case 'text': {
      const anchor = s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : '';
      return `<text x="${num(s.x)}" y="${num(s.y)}" font-size="${s.size}" fill="${s.fill}"${s.bold ? ' font-weight="bold"' : ''}${anchor}>${escapeXml(s.text)}</text>`;
    }
  }
}

/**
 * A standalone SVG document: presentation attributes only (no CSS), so every reader draws it the
 * same, resvg for the PNG included; text in the first of `families` the reader has.
 */
export function sceneSvg(scene: Scene, families: readonly string[] = FONT_FAMILIES): string {
  const family = families.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeXml(family)}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect width="${scene.width}" height="${scene.height}" fill="${scene.background}"/>`,
    ...scene.shapes.map(shapeSvg),
    '</svg>',
    '',
  ].join('\n');
}
