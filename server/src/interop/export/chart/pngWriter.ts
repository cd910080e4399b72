import { Resvg, initWasm } from '@resvg/resvg-wasm';
import type { ChartFont } from './chartFont';
import type { Scene } from './scene';
import { sceneSvg } from './svgWriter';

/** Pixels per SVG unit: sharp on high-density screens and in slides. */
const SCALE = 2;
/** Decoders and slide tools balk at images larger than this on a side. */
const MAX_SIDE = 16_000;

let ready: Promise<void> | undefined;

/** resvg's WebAssembly module is compiled once per process, from the bytes the host reads. */
function init(wasm: () => Uint8Array): Promise<void> {
  ready ??= initWasm(wasm());
  return ready;
}

/**
 * The chart as PNG, drawn by resvg (WebAssembly: the same pixels on every platform, nothing native
 * to install) with the CJK font the export found and nothing else, so that no text can fall back
 * to a font without Chinese and come out as boxes.
 */
export async function scenePng(scene: Scene, font: ChartFont, wasm: () => Uint8Array): Promise<Uint8Array> {
  await init(wasm);
  const zoom = Math.min(SCALE, MAX_SIDE / scene.width, MAX_SIDE / scene.height);
  const resvg = new Resvg(sceneSvg(scene, [font.family]), {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontBuffers: [font.bytes], defaultFontFamily: font.family, sansSerifFamily: font.family },
  });
  try {
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}
