import type { RequestType } from 'vscode-languageclient/node';
import type { ViewAnswer, ViewParams } from '../../server/src/protocol';

/** A view model the client holds, with the server's revision of it and how it came from the one held before. */
export interface HeldModel<M, P> {
  readonly model: M;
  readonly revision: number;
  /** Set when the last answer was a patch of the model of revision `base` (the chart passes it on to its webview). */
  readonly patch?: { readonly base: number; readonly patch: P };
}

/** How a kind of model is held and patched: the Gantt model as is, the task tree with its preorder rows too. */
export interface Patcher<M, S, P> {
  readonly hold: (model: M) => S;
  /** The new state and model; undefined when the patch does not fit what is held. */
  readonly apply: (held: S, patch: P) => { readonly state: S; readonly model: M } | undefined;
}

interface Held {
  readonly model: unknown;
  readonly revision: number;
  readonly state: unknown;
}

type Send = <P, R>(type: RequestType<P, R, void>, params: P) => Promise<R | undefined>;

/**
 * The task tree and Gantt model of each plan as last received, so the next request names its
 * revision (`since`) and the server answers with a patch: a keystroke in a 20,000-task plan sends
 * a few rows, not megabytes. A patch that does not fit (the server restarted, two requests
 * crossed) is thrown away and the model asked for whole.
 */
export class RevisedModels {
  private readonly held = new Map<string, Held>();

  constructor(private readonly send: Send) {}

  async fetch<M extends object, S, P>(
    type: RequestType<ViewParams, ViewAnswer<M, P> | null, void>,
    uri: string,
    patcher: Patcher<M, S, P>,
  ): Promise<HeldModel<M, P> | undefined> {
    const key = `${type.method} ${uri}`;
    const since = this.held.get(key)?.revision;
    const answer = await this.send(type, since === undefined ? { uri } : { uri, since });
    if (!answer) {
      return undefined;
    }
    if (!('patch' in answer)) {
      const { revision, ...model } = answer;
      this.held.set(key, { model, revision, state: patcher.hold(model as unknown as M) });
      return { model: model as unknown as M, revision };
    }
    const current = this.held.get(key);
    if (current && current.revision === answer.base) {
      if (answer.revision === answer.base) {
        return { model: current.model as M, revision: current.revision };
      }
      const applied = patcher.apply(current.state as S, answer.patch);
      if (applied) {
        this.held.set(key, { model: applied.model, revision: answer.revision, state: applied.state });
        return { model: applied.model, revision: answer.revision, patch: { base: answer.base, patch: answer.patch } };
      }
    }
    this.held.delete(key);
    return since === undefined ? undefined : this.fetch(type, uri, patcher);
  }

  /** Forgets every model (the server restarted: its revisions mean nothing now). */
  clear(): void {
    this.held.clear();
  }
}
