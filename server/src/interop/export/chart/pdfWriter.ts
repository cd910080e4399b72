import PDFDocument from 'pdfkit';
import type { ChartFont } from './chartFont';
import type { Scene } from './scene';

/** PDF pages may not be larger than 14,400 points (200 inches) on a side. */
const MAX_SIDE = 14_400;
/** One SVG pixel is 0.75 pt: the document prints at the size it shows on screen. */
const PT_PER_PX = 0.75;

/**
 * The chart as a one-page PDF drawn with PDFKit from the same shapes as the SVG: vector bars and
 * lines, text as real text in the CJK font (embedded as a subset, so it is searchable and small),
 * the page as large as the chart, scaled down only past PDF's page limit.
 */
export function scenePdf(scene: Scene, font: ChartFont): Promise<Uint8Array> {
  const scale = Math.min(PT_PER_PX, MAX_SIDE / scene.width, MAX_SIDE / scene.height);
  const doc = new PDFDocument({
    size: [scene.width * scale, scene.height * scale],
    margin: 0,
    // No default font: PDFKit would otherwise load Helvetica's metrics from files beside its own.
    font: null as unknown as string,
    info: { Title: scene.title, Creator: 'XProj', Producer: 'XProj (PDFKit)' },
    autoFirstPage: true,
    compress: true,
  });
  doc.registerFont('chart', Buffer.from(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength), font.postscriptName);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.scale(scale);
  doc.rect(0, 0, scene.width, scene.height).fill(scene.background);
  for (const s of scene.shapes) {
    if (s.kind === 'clip') {
      doc.save();
      doc.rect(s.x, s.y, s.width, s.height).clip();
      continue;
    }
    if (s.kind === 'unclip') {
      doc.restore();
      continue;
    }
    if (s.kind === 'group' || s.kind === 'ungroup') {
      continue;
    }
    doc.save();
    switch (s.kind) {
      case 'rect':
        if (s.radius) {
          doc.roundedRect(s.x, s.y, s.width, s.height, s.radius);
        } else {
          doc.rect(s.x, s.y, s.width, s.height);
        }
        if (s.fill !== 'none') {
          doc.fillOpacity(s.opacity ?? 1).fill(s.fill);
        } else if (s.stroke) {
          doc.lineWidth(1).stroke(s.stroke);
        }
        break;
      case 'line':
        doc.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2).lineWidth(s.width);
        if (s.dash) {
          doc.dash(s.dash[0]!, { space: s.dash[1] ?? s.dash[0]! });
        }
        doc.stroke(s.stroke);
        break;
      case 'path':
        doc.path(s.d);
        if (s.fill) {
          doc.fillOpacity(s.opacity ?? 1).fill(s.fill);
        } else if (s.stroke) {
          doc.lineWidth(s.width ?? 1).stroke(s.stroke);
        }
        break;
      case 'text': {
        doc.font('chart').fontSize(s.size).fillColor(s.fill);
        const width = doc.widthOfString(s.text);
        const x = s.anchor === 'middle' ? s.x - width / 2 : s.anchor === 'end' ? s.x - width : s.x;
        doc.text(s.text, x, s.y, { lineBreak: false, baseline: 'alphabetic' });
        if (s.bold) {
          // One weight is embedded; bold is drawn as a second, slightly offset pass.
          doc.text(s.text, x + 0.35, s.y, { lineBreak: false, baseline: 'alphabetic' });
        }
        break;
      }
    }
    doc.restore();
  }
  doc.end();
  return done;
}
