import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locale } from '../service/l10n/localize';
import { ExitCode } from './exitCodes';
import type { CliIo } from './io';
import { terminalText } from './format/terminalText';
import { cliMessages } from './messages';

/** Where the language server bundle sits: next to the CLI bundle in `dist/`. */
export function serverBundlePath(cliDirectory: string = __dirname): string {
  return join(cliDirectory, 'server.js');
}

/**
 * `xproj lsp`: loads the server bundle into this process. The server reads its transport
 * (`--stdio`...) from process.argv itself and keeps the process alive while the client is connected.
 */
export function runLsp(locale: Locale, io: CliIo, serverPath: string = serverBundlePath()): ExitCode {
  if (!existsSync(serverPath)) {
    io.stderr(`xproj: ${cliMessages[locale].lspMissing(terminalText(serverPath))}\n`);
    return ExitCode.usage;
  }
  // Loaded at run time: the server is its own bundle, not part of this one.
  createRequire(__filename)(serverPath);
  return ExitCode.ok;
}
