import { precompiledValidator } from '../precompiledSchema';
import { runCli } from './cli';
import { processIo } from './io';

// exitCode rather than exit(): piped stdout is flushed first, and `lsp` keeps running after runCli returns.
void Promise.resolve(runCli(process.argv.slice(2), { ...processIo(), schemaValidator: precompiledValidator })).then((code) => {
  process.exitCode = code;
});
