import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind } from 'vscode-languageclient/node';
import type { CloseHandlerResult, ErrorHandler, ErrorHandlerResult, LanguageClientOptions, Message, ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './activePlan';
import type { Log } from './log';

const RESTART_WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 4;

/**
 * Restarts a crashed server with a visible notice, but gives up after a few crashes in a short time
 * (a server that dies on every plan would otherwise loop), leaving a button to try again.
 */
export class RestartingErrorHandler implements ErrorHandler {
  private restarts: number[] = [];

  constructor(
    private readonly log: Log,
    private readonly restartCommand: string,
  ) {}

  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    this.log.error('Connection error:', error);
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < RESTART_WINDOW_MS);
    this.restarts.push(now);
    const showOutput = vscode.l10n.t('Show Output');
    if (this.restarts.length <= MAX_RESTARTS) {
      this.log.warn('The language server stopped unexpectedly; restarting it.');
      void vscode.window
        .showWarningMessage(vscode.l10n.t('The XProj language server stopped unexpectedly and was restarted.'), showOutput)
        .then((choice) => choice === showOutput && this.log.show());
      return { action: CloseAction.Restart, handled: true };
    }
    this.log.error(`The language server stopped ${this.restarts.length} times in 3 minutes; not restarting it.`);
    const restart = vscode.l10n.t('Restart');
    void vscode.window
      .showErrorMessage(
        vscode.l10n.t('The XProj language server stopped {0} times in 3 minutes and will not be restarted.', this.restarts.length),
        restart,
        showOutput,
      )
      .then((choice) => {
        if (choice === restart) {
          this.restarts = [];
          void vscode.commands.executeCommand(this.restartCommand);
        } else if (choice === showOutput) {
          this.log.show();
        }
      });
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

/** The client for the bundled server, `dist/server.js`, run as a Node child over IPC. */
export function createLanguageClient(context: vscode.ExtensionContext, log: Log, restartCommand: string): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      // Virtual workspaces (a repository opened from the web): checked, imports read only when open.
      { scheme: 'vscode-vfs', language: LANGUAGE_ID },
    ],
    // In Restricted Mode the server reads no import outside the workspace folders; trust restarts it.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    outputChannel: log.channel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new RestartingErrorHandler(log, restartCommand),
  };
  // The id `xproj` makes the client read `xproj.trace.server` for protocol tracing.
  return new LanguageClient('xproj', vscode.l10n.t('XProj Language Server'), serverOptions, clientOptions);
}
