// Bundles the extension-host suites (client/src/test/) into out/test/index.js, the module VS Code
// loads as `extensionTestsPath`. `vscode` comes from the host, mocha from node_modules.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['client/src/test/index.ts'],
  outfile: 'out/test/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: true,
  logLevel: 'warning',
});
