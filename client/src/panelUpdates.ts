/** How long typing must pause before a panel that shows every plan asks the server again. */
const SOON_MS = 250;

/**
 * A panel's wait for its webview's script: the model is asked for as the panel opens and posted once
 * the first `ready` arrives. A later `ready` means the webview was reloaded (hidden, then shown) and
 * needs the model again.
 */
class WebviewReady {
  readonly settled: Promise<void>;
  private resolve: (() => void) | undefined;

  constructor() {
    this.settled = new Promise((resolve) => (this.resolve = resolve));
  }

  /** True for the first `ready` (whatever waits on `settled` goes on), false for a reload. */
  mark(): boolean {
    const resolve = this.resolve;
    this.resolve = undefined;
    resolve?.();
    return resolve !== undefined;
  }
}

/**
 * When a panel beside the plan (Resources, Portfolio, report) asks the server for its model and shows it:
 * at once when it opens (posted once the webview's script runs), a quarter second after edits
 * pause, and again after the webview reloads. Only the latest answer is shown.
 */
export class PanelUpdates<M> {
  private readonly ready = new WebviewReady();
  private generation = 0;
  private pending: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param fetch asks the server for the model as it is now (undefined or null: none)
   * @param received keeps the latest model as soon as it comes, before the webview may be ready
   *   (what a click in the page refers to, and what tests read)
   * @param show posts the model, or says there is none, to the webview
   */
  constructor(
    private readonly fetch: () => Promise<M | null | undefined>,
    private readonly received: (model: M | undefined) => void,
    private readonly show: (model: M | undefined) => void,
  ) {}

  /** Asks for the model now, and shows it once the webview runs. */
  async now(): Promise<void> {
    clearTimeout(this.pending);
    const generation = ++this.generation;
    const model = await this.fetch();
    if (generation !== this.generation) {
      return;
    }
    this.received(model ?? undefined);
    await this.ready.settled;
    if (generation === this.generation) {
      this.show(model ?? undefined);
    }
  }

  /** Edits come in bursts while typing: one update once they pause. */
  soon(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.now(), SOON_MS);
  }

  /** The webview's `ready`: the first lets the waiting update through; a later one (a reload) asks again. */
  async webviewReady(): Promise<void> {
    if (!this.ready.mark()) {
      await this.now();
    }
  }

  dispose(): void {
    clearTimeout(this.pending);
  }
}
