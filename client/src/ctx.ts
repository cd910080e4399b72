import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { LanguageClient, RequestType } from 'vscode-languageclient/node';
import { ganttModelRequest, planChangedNotification, taskTreeRequest } from '../../server/src/protocol';
import type { GanttModel, GanttPatch, PlanChangedParams, PlanParams, TaskTree, TaskTreePatch, ViewAnswer, ViewParams } from '../../server/src/protocol';
import { ActivePlan } from './activePlan';
import { Config } from './config';
import type { Log } from './log';
import { createLanguageClient } from './serverClient';
import { RevisedModels } from './revisedModels';
import type { HeldModel, Patcher } from './revisedModels';
import { GANTT_PATCHER, TASK_TREE_PATCHER } from './viewPatchers';

/** A command's callback; arguments come from menus, keybindings and other extensions, so untyped. */
export type Cmd = (...args: unknown[]) => unknown;

/** Builds a command's callback for a running server and, optionally, for a stopped one. */
export interface CommandFactory {
  readonly enabled: (ctx: Ctx) => Cmd;
  /** Without it, the command shows "server not running" while the server is down. */
  readonly disabled?: (ctx: Ctx) => Cmd;
}

/** A view that refreshes on demand (the commands' `xproj.refreshViews`). */
export interface Refreshable {
  /** `force`: re-render even when the server's model did not change. */
  refresh(force?: boolean): void;
}

/**
 * Owns the language client, the settings, the active plan and every disposable. Disposables are
 * split in two so a server restart drops only what belongs to the old client (model: rust-analyzer
 * `ctx.ts`).
 */
export class Ctx implements vscode.Disposable {
  readonly config = new Config();
  readonly activePlan = new ActivePlan();
  readonly views: Refreshable[] = [];
  private _client: LanguageClient | undefined;
  private readonly extDisposables: vscode.Disposable[] = [];
  private clientDisposables: vscode.Disposable[] = [];
  private commandDisposables: vscode.Disposable[] = [];
  private readonly cache = new Map<string, Promise<unknown>>();
  /** The task tree and Gantt model last received per plan, which the server's next answers patch. */
  private readonly models = new RevisedModels((type, params) => this.request(type, params));
  private readonly unsupported = new Set<string>();
  private readonly planChangedEmitter = new vscode.EventEmitter<PlanChangedParams>();
  private readonly serverStateEmitter = new vscode.EventEmitter<boolean>();
  /** After the server re-checked a plan. */
  readonly onPlanChanged = this.planChangedEmitter.event;
  /** `true` when the server (re)started, `false` when it stopped. */
  readonly onServerStateChanged = this.serverStateEmitter.event;

  constructor(
    readonly extCtx: vscode.ExtensionContext,
    private readonly commandFactories: Readonly<Record<string, CommandFactory>>,
    readonly log: Log,
  ) {
    this.pushExtCleanup(this.config, this.activePlan, this.planChangedEmitter, this.serverStateEmitter);
    this.updateCommands();
  }

  get client(): LanguageClient | undefined {
    return this._client;
  }

  get running(): boolean {
    return this._client?.state === State.Running;
  }

  /** Not yet started, or starting: a normal start-up, not a server that stopped. */
  get starting(): boolean {
    return this._client === undefined || this._client.state === State.Starting;
  }

  pushExtCleanup(...disposables: vscode.Disposable[]): void {
    this.extDisposables.push(...disposables);
  }

  pushClientCleanup(...disposables: vscode.Disposable[]): void {
    this.clientDisposables.push(...disposables);
  }

  async start(): Promise<void> {
    if (!this._client) {
      const client = createLanguageClient(this.extCtx, this.log, 'xproj.restartServer');
      this._client = client;
      this.pushClientCleanup(
        client.onDidChangeState(({ newState }) => {
          this.cache.clear();
          this.models.clear();
          this.updateCommands();
          this.serverStateEmitter.fire(newState === State.Running);
        }),
        client.onNotification(planChangedNotification, (params) => {
          this.invalidate(params.uri);
          this.planChangedEmitter.fire(params);
        }),
      );
    }
    this.log.info(`Starting the language server (${this.extCtx.asAbsolutePath('dist/server.js')})`);
    await this._client.start();
    this.updateCommands();
  }

  async stop(): Promise<void> {
    await this._client?.stop(2000);
  }

  async restart(): Promise<void> {
    await this.disposeClient();
    this.unsupported.clear();
    this.updateCommands();
    await this.start();
  }

  /**
   * Sends a custom request; `undefined` when the server is down, does not know the method (an
   * older server) or fails, so views show nothing instead of throwing.
   */
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R | undefined> {
    const answer = await this.requestOrRefusal(type, params);
    return answer instanceof Refusal ? undefined : answer;
  }

  /**
   * Like `request`, but a request the server refuses with a message for the user (an
   * InvalidRequest error: a rename or a chart edit it will not make) comes back as a `Refusal`.
   */
  async requestOrRefusal<P, R>(type: RequestType<P, R, void>, params: P): Promise<R | Refusal | undefined> {
    const client = this._client;
    if (!client || !this.running || this.unsupported.has(type.method)) {
      return undefined;
    }
    try {
      // By method name: the typed overload cannot relate a generic `P` to its `RequestParam<P>`.
      return await client.sendRequest<R>(type.method, params);
    } catch (e) {
      if (isRefusal(e)) {
        return new Refusal(e.message);
      }
      if (isMethodNotFound(e)) {
        this.unsupported.add(type.method);
        this.log.warn(`The language server does not support ${type.method}.`);
      } else {
        this.log.error(`Request ${type.method} failed:`, e);
      }
      return undefined;
    }
  }

  /** Whether the server answered a method with "method not found" (an older server). */
  supports(method: string): boolean {
    return !this.unsupported.has(method);
  }

  /** Like `request`, shared by every consumer until the plan changes (views, status bar, chart). */
  cached<R>(type: RequestType<PlanParams, R, void>, uri: vscode.Uri): Promise<R | undefined> {
    const key = `${type.method} ${uri.toString()}`;
    let pending = this.cache.get(key) as Promise<R | undefined> | undefined;
    if (!pending) {
      pending = this.request(type, { uri: uri.toString() });
      this.cache.set(key, pending);
    }
    return pending;
  }

  /** The plan's Gantt model, shared like `cached`, received as a patch of the last one where the server can. */
  ganttModel(uri: vscode.Uri): Promise<HeldModel<GanttModel, GanttPatch> | undefined> {
    return this.cachedView(ganttModelRequest, uri, GANTT_PATCHER);
  }

  /** The plan's task tree, shared and patched like `ganttModel`. */
  taskTree(uri: vscode.Uri): Promise<HeldModel<TaskTree, TaskTreePatch> | undefined> {
    return this.cachedView(taskTreeRequest, uri, TASK_TREE_PATCHER);
  }

  private cachedView<M extends object, S, P>(
    type: RequestType<ViewParams, ViewAnswer<M, P> | null, void>,
    uri: vscode.Uri,
    patcher: Patcher<M, S, P>,
  ): Promise<HeldModel<M, P> | undefined> {
    const key = `${type.method} ${uri.toString()}`;
    let pending = this.cache.get(key) as Promise<HeldModel<M, P> | undefined> | undefined;
    if (!pending) {
      pending = this.models.fetch(type, uri.toString(), patcher);
      this.cache.set(key, pending);
    }
    return pending;
  }

  refreshViews(): void {
    this.cache.clear();
    this.views.forEach((v) => v.refresh(true));
  }

  private invalidate(uri: string): void {
    for (const key of [...this.cache.keys()]) {
      if (key.endsWith(` ${uri}`)) {
        this.cache.delete(key);
      }
    }
  }

  /** Registers each command's running or stopped callback (model: rust-analyzer `updateCommands`). */
  private updateCommands(): void {
    this.commandDisposables.forEach((d) => d.dispose());
    this.commandDisposables = [];
    const running = this.running;
    for (const [name, factory] of Object.entries(this.commandFactories)) {
      const callback = running ? factory.enabled(this) : (factory.disabled?.(this) ?? notRunning(name));
      this.commandDisposables.push(vscode.commands.registerCommand(name, callback));
    }
    void vscode.commands.executeCommand('setContext', 'xproj.serverRunning', running);
  }

  private async disposeClient(): Promise<void> {
    const client = this._client;
    this._client = undefined;
    this.clientDisposables.forEach((d) => d.dispose());
    this.clientDisposables = [];
    this.cache.clear();
    this.models.clear();
    if (client) {
      try {
        await client.stop(2000);
      } catch (e) {
        this.log.warn('Stopping the language server failed:', e);
      }
      await client.dispose();
    }
  }

  /** The client itself is stopped by `deactivate`, which VS Code awaits. */
  dispose(): void {
    this.clientDisposables.forEach((d) => d.dispose());
    this.commandDisposables.forEach((d) => d.dispose());
    this.extDisposables.forEach((d) => d.dispose());
  }
}

function notRunning(name: string): Cmd {
  return () => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Command {0} failed: the XProj language server is not running.', name));
  };
}

/** The server's "no" to a request, in words for the user. */
export class Refusal {
  constructor(readonly message: string) {}
}

function isRefusal(e: unknown): e is { message: string } {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === -32600 && typeof (e as { message?: unknown }).message === 'string';
}

function isMethodNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === -32601;
}
