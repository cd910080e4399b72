import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * resvg's WebAssembly module: `resvg.wasm` beside the bundle (esbuild.mjs copies it to dist/), or
 * the package's own file when running from source.
 */
export function resvgWasm(): Uint8Array {
  const bundled = join(__dirname, 'resvg.wasm');
  return readFileSync(existsSync(bundled) ? bundled : require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
}
