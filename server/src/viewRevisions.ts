import type { ViewAnswer } from './protocol';

/**
 * How one view's answers become patches: what to remember of a model sent (the Gantt keeps the
 * model, the tree its rows), and the patch from that to a new model.
 */
export interface ViewDiffer<M, S, P> {
  readonly remember: (model: M) => S;
  /** Undefined when no patch can say it: the answer is whole then. */
  readonly diff: (base: S, next: M, nextState: S) => P | undefined;
  /** Whether the patch changes nothing at all, so the revision stays. */
  readonly isEmpty: (base: S, patch: P) => boolean;
}

interface Sent {
  readonly revision: number;
  readonly state: unknown;
}

/**
 * The last model of each view of each open plan the server answered, by revision, so the next
 * answer can be a patch of it (`xproj/ganttModel`, `xproj/taskTree` with `since`). One client
 * holds one model per view and plan; a request naming another revision gets the model whole.
 */
export class ViewRevisions {
  /** By plan, then by view. */
  private readonly sent = new Map<string, Map<string, Sent>>();
  private lastRevision = 0;

  answer<M extends object, S, P>(view: string, uri: string, since: number | undefined, model: M, differ: ViewDiffer<M, S, P>): ViewAnswer<M, P> {
    let views = this.sent.get(uri);
    if (!views) {
      views = new Map();
      this.sent.set(uri, views);
    }
    const previous = views.get(view);
    const state = differ.remember(model);
    if (previous && since === previous.revision) {
      const base = previous.state as S;
      const patch = differ.diff(base, model, state);
      if (patch !== undefined) {
        const unchanged = differ.isEmpty(base, patch);
        const revision = unchanged ? previous.revision : ++this.lastRevision;
        if (!unchanged) {
          views.set(view, { revision, state });
        }
        return { revision, base: previous.revision, patch };
      }
    }
    const revision = ++this.lastRevision;
    views.set(view, { revision, state });
    return { ...model, revision };
  }

  /** Drops what was sent for a plan (closed): its next answers are whole. */
  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
