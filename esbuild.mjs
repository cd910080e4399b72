// Bundles every entry: the CLI and server for Node (cjs), the client for the VS Code extension host
// (vscode stays external), the webview for the browser. Type checking is `tsc --noEmit` (npm run check-types).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { schemaValidatorPlugin } from './scripts/schemaStandalone.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the shape VS Code's $esbuild-watch problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [problemMatcher, schemaValidatorPlugin],
  // resvg's WebAssembly is found in node_modules only when running from source; bundles read dist/resvg.wasm.
  external: ['@resvg/resvg-wasm/index_bg.wasm'],
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The CLI's worker threads (checking many files in parallel) load this from beside dist/cli.js.
  { entryPoints: ['server/src/cli/parallelWorkerEntry.ts'], outfile: 'dist/cliWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs', target: 'node20' },
  // Exports and imports with their libraries, loaded by the CLI and the server on first use (server/src/interopLoader.ts).
  {
    entryPoints: ['server/src/interopEntry.ts'],
    outfile: 'dist/interop.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // PDFKit's ES build asks import.meta.url where its data files are (only PDF/A reads one).
    banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  { entryPoints: ['webview/src/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // The report view (XProj: Open Report…), a webview of its own.
  { entryPoints: ['webview/src/report/main.ts'], outfile: 'dist/reportView.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { entryPoints: ['webview/src/load/main.ts'], outfile: 'dist/loadView.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { entryPoints: ['webview/src/portfolio/main.ts'], outfile: 'dist/portfolioView.js', platform: 'browser', format: 'iife', target: 'es2022' },
].filter((e) => existsSync(e.entryPoints[0]));

// The PNG export's renderer (WebAssembly, the same on every platform), beside dist/interop.js.
mkdirSync('dist', { recursive: true });
copyFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', 'dist/resvg.wasm');

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
