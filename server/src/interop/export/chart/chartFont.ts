import * as fontkit from 'fontkit';
import type { TextMeasure } from './scene';

/** A font loaded for drawing: its bytes, the face's names, and a measure that uses its metrics. */
export interface ChartFont {
  readonly bytes: Uint8Array;
  /** The family name, as SVG `font-family` and resvg ask for it. */
  readonly family: string;
  /** The face's PostScript name, which picks it out of a collection (.ttc) for PDFKit. */
  readonly postscriptName: string;
  readonly measure: TextMeasure;
}

/** Characters a chart of a Chinese plan cannot do without. */
const MUST_HAVE = ['中', '文', 'A', '1'];

/**
 * Loads a font for the chart, choosing the Simplified Chinese face of a collection when it has
 * one; undefined when the bytes are no font or the font has no Chinese (the export then refuses,
 * rather than drawing boxes).
 */
export function loadChartFont(bytes: Uint8Array): ChartFont | undefined {
  let loaded: fontkit.Font | fontkit.FontCollection;
  try {
    loaded = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return undefined;
  }
  const faces: fontkit.Font[] = 'fonts' in loaded ? loaded.fonts : [loaded];
  const face = faces.find((f) => / SC\b|SC-|-SC|sc-/.test(`${f.familyName} ${f.postscriptName}`)) ?? faces[0];
  if (!face || !MUST_HAVE.every((ch) => face.hasGlyphForCodePoint(ch.codePointAt(0)!))) {
    return undefined;
  }
  const cache = new Map<string, number>();
  const measure: TextMeasure = (text, size) => {
    let em = cache.get(text);
    if (em === undefined) {
      em = face.layout(text).advanceWidth / face.unitsPerEm;
      cache.set(text, em);
    }
    return em * size;
  };
  return { bytes, family: face.familyName, postscriptName: face.postscriptName, measure };
}
