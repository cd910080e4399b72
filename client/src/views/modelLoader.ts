/**
 * Loads a tree view's model from the server and tells the view only when the model changed. The
 * new model is in place before `onDidChangeTreeData` fires: VS Code asks again for the children of
 * expanded nodes right after the event, and a provider still loading then would leave them empty.
 * An unchanged model (most `planChanged` notifications while typing) does not re-render the tree.
 */
export class ModelLoader<M> {
  private shown: string | undefined;
  private pending: Promise<void> | undefined;
  private generation = 0;

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
    this.pending ??= this.reload(false);
    let current: Promise<void>;
    do {
      current = this.pending;
      await current;
    } while (current !== this.pending);
  }

  /** Re-fetches; `force` re-renders even when nothing changed. */
  refresh(force = false): void {
    this.pending = this.reload(force);
  }

  private async reload(force: boolean): Promise<void> {
    const generation = ++this.generation;
    const { key, model } = await this.fetch();
    if (generation !== this.generation || (!force && key === this.shown)) {
      return;
    }
    this.shown = key;
    this.apply(model);
    this.changed();
  }
}
