import { Console } from 'node:console';
import { FramingGuard } from './framingGuard';

/** The streams the connection reads and writes. */
export interface StdioStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

/** Transport flags as vscode-languageserver reads them from the command line: the first one wins. */
const TRANSPORT_FLAG = /^--(stdio|node-ipc|socket|pipe)(=|$)/;

/** Console methods that write to stdout, which carries the protocol under `--stdio`. */
const STDOUT_METHODS = ['log', 'info', 'debug', 'dir', 'dirxml', 'table', 'count', 'group', 'groupCollapsed', 'timeEnd', 'timeLog'] as const;

/**
 * The server's streams when the command line asks for `--stdio`, else undefined (IPC, sockets and
 * pipes keep vscode-languageserver's own transport). stdin is read through a `FramingGuard`: on a
 * framing error the reason goes to stderr and the guard is destroyed, which vscode-languageserver
 * treats as the client going away, so the process exits with code 1 instead of waiting forever for
 * a message boundary that will not come.
 *
 * Handing the streams over explicitly also skips vscode-languageserver's own console patch, which it
 * applies only when it opens stdio itself; so console methods that would write to stdout write to
 * stderr instead (the server then sends `console.log` and `console.error` to the client).
 */
export function guardedStdio(argv: readonly string[] = process.argv): StdioStreams | undefined {
  const transport = argv.slice(2).find((arg) => TRANSPORT_FLAG.test(arg));
  if (transport !== '--stdio') {
    return undefined;
  }
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const method of STDOUT_METHODS) {
    console[method] = toStderr[method].bind(toStderr);
  }
  const guard = new FramingGuard();
  guard.on('error', (e: Error) => {
    process.stderr.write(`xproj language server: LSP framing error: ${e.message}; closing the connection\n`);
  });
  process.stdin.pipe(guard);
  return { input: guard, output: process.stdout };
}
