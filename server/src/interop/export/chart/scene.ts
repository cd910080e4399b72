/**
 * A drawing as a flat list of shapes, in document units (SVG pixels, PDF points): what the chart
 * document is made of, written out as SVG or drawn into a PDF by the same code.
 */
export type Shape =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
      readonly opacity?: number;
      readonly radius?: number;
      readonly stroke?: string;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly width: number;
      readonly dash?: readonly number[];
    }
  /** SVG path data made of M, L, H, V and Z only, as the layout writes it. */
  | { readonly kind: 'path'; readonly d: string; readonly fill?: string; readonly stroke?: string; readonly width?: number; readonly opacity?: number }
  /** The shapes up to the matching `unclip` are drawn inside this box only. */
  | { readonly kind: 'clip'; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly kind: 'unclip' }
  /**
   * The shapes up to the matching `ungroup` are one thing of the chart: the SVG writes a `<g>` with
   * these attributes (`data-task-id`, `data-from`, `data-to`, `class`, as the editor's chart has
   * them); the PDF has no use for them.
   */
  | { readonly kind: 'group'; readonly attrs: Readonly<Record<string, string>> }
  | { readonly kind: 'ungroup' }
  | {
      readonly kind: 'text';
      readonly x: number;
      /** The baseline. */
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly fill: string;
      readonly bold?: boolean;
      readonly anchor?: 'start' | 'middle' | 'end';
    };

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly shapes: readonly Shape[];
  /** The document's title, for the file's metadata. */
  readonly title: string;
}

/** Measures text as the font that will draw it does, so columns fit whole names. */
export type TextMeasure = (text: string, size: number) => number;

/** A measure without a font: CJK and other wide characters a full em, the rest a little over half. */
export const estimateWidth: TextMeasure = (text, size) => {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    em +=
      cp >= 0x1100 &&
      (cp <= 0x115f ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        cp >= 0x20000)
        ? 1
        : 0.6;
  }
  return em * size;
};
