/**
 * Loads a tree view's model from the server and tells the view only when the model changed. The
 * new model is in place before `onDidChangeTreeData` fires: VS Code asks again for the children of
 * expanded nodes right after the event, and a provider still loading then would leave them empty.
 * An unchanged model (most `planChanged` notifications while typing), or one VS Code has not been
 * given an older version of, does not re-render the tree: a refresh while VS Code is still fetching
 * the children of expanded nodes can leave those nodes expanded and empty.
 */
export class ModelLoader<M> {
  private shown: string | undefined;
  /** The key of the model whose roots VS Code last received. */
  private delivered: string | undefined;
  private pending: Promise<void> | undefined;
  private generation = 0;
  /** Set while the view is hidden and its model changed: fetched when it is next needed, with `force` if one asked for it. */
  private stale: { readonly force: boolean } | undefined;

  /**
   * @param fetch the current model and a key that changes whenever what the view shows would
   * @param apply indexes the new model for the provider's `getChildren`
   * @param changed fires the provider's `onDidChangeTreeData`
   */
  constructor(
    private readonly fetch: () => Promise<{ readonly key: string; readonly model: M | undefined }>,
    private readonly apply: (model: M | undefined) => void,
    private readonly changed: () => void,
  ) {}

  /** Resolves once the latest model is in place (loading the first one if need be). */
  async ready(): Promise<void> {
    this.refreshIfStale();
    this.pending ??= this.reload(false);
    let current: Promise<void>;
    do {
      current = this.pending;
      await current;
    } while (current !== this.pending);
  }

  /** Resolves once the latest model is in place and records that VS Code receives its roots. */
  async roots(): Promise<void> {
    await this.ready();
    this.delivered = this.shown;
  }

  /** Re-fetches; `force` re-renders even when nothing changed. */
  refresh(force = false): void {
    this.stale = undefined;
    this.pending = this.reload(force);
  }

  /**
   * Notes that the model changed without fetching it: a hidden view need not pull a large plan's
   * model after every keystroke. The next `ready` (VS Code asking for the children once the view
   * shows) or `refreshIfStale` fetches it.
   */
  invalidate(force = false): void {
    this.stale = { force: force || (this.stale?.force ?? false) };
  }

  /** Fetches the model if it changed while the view was hidden. */
  refreshIfStale(): void {
    if (this.stale) {
      this.refresh(this.stale.force);
    }
  }

  private async reload(force: boolean): Promise<void> {
    const generation = ++this.generation;
    const { key, model } = await this.fetch();
    if (generation !== this.generation || (!force && key === this.shown)) {
      return;
    }
    this.shown = key;
    this.apply(model);
    if (force || (this.delivered !== undefined && this.delivered !== key)) {
      this.changed();
    }
  }
}
