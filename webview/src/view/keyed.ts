export interface KeyedItem {
  readonly key: string;
  /** Everything the element shows: an equal signature means the element can stay as it is. */
  readonly sig: string;
  make(): Element;
}

/**
 * A container whose children are kept by key between frames. Scrolling moves the row window a block
 * at a time; only the rows that enter it are built and only those that leave it are removed, so a
 * frame's DOM work is bounded by the block, not by the window.
 */
export class KeyedLayer {
  private items = new Map<string, { sig: string; el: Element }>();

  constructor(readonly element: Element) {}

  update(entries: Iterable<KeyedItem>): void {
    const next = new Map<string, { sig: string; el: Element }>();
    const added: Element[] = [];
    for (const e of entries) {
      if (next.has(e.key)) {
        continue;
      }
      const old = this.items.get(e.key);
      if (old !== undefined && old.sig === e.sig) {
        next.set(e.key, old);
        this.items.delete(e.key);
        continue;
      }
      const el = e.make();
      if (old !== undefined) {
        old.el.replaceWith(el);
        this.items.delete(e.key);
      } else {
        added.push(el);
      }
      next.set(e.key, { sig: e.sig, el });
    }
    for (const rest of this.items.values()) {
      rest.el.remove();
    }
    if (added.length > 0) {
      this.element.append(...added);
    }
    this.items = next;
  }

  clear(): void {
    this.items.clear();
    this.element.replaceChildren();
  }

  get size(): number {
    return this.items.size;
  }
}
