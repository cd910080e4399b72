import { join } from 'node:path';
import type * as Interop from './interopEntry';

export type InteropModule = typeof Interop;

/**
 * The interop module: from the bundle beside this one (dist/interop.js) when running bundled, or
 * from source when the tests run the TypeScript. A separate bundle keeps its libraries (several
 * megabytes) out of every other command's start-up.
 */
export function loadInterop(): InteropModule {
  const file = __filename.endsWith('.ts') ? join(__dirname, 'interopEntry.ts') : join(__dirname, 'interop.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as InteropModule;
}
