import type { RowModel } from '../../../common/gantt/rows';

/**
 * Ctrl+wheel (or pinch) zooms around the pointer. A trackpad sends many events per frame; they are
 * multiplied into one zoom step applied in the next frame. `anchor` is in timeline pixels from the
 * left edge of the timeline's window.
 */
export function attachWheelZoom(scroller: HTMLElement, nameWidth: () => number, zoom: (factor: number, anchor: number) => void): void {
  let pending: { factor: number; anchor: number } | null = null;
  scroller.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey && !e.metaKey) {
        return;
      }
      e.preventDefault();
      const anchor = Math.max(0, e.clientX - scroller.getBoundingClientRect().left - nameWidth());
      const factor = Math.exp(-e.deltaY * 0.002);
      if (pending !== null) {
        pending = { factor: pending.factor * factor, anchor };
        return;
      }
      pending = { factor, anchor };
      requestAnimationFrame(() => {
        const z = pending!;
        pending = null;
        zoom(z.factor, z.anchor);
      });
    },
    { passive: false },
  );
}

export interface NameClickTarget {
  readonly rows: RowModel;
  selectRow(row: number, reveal: boolean): void;
  toggleRow(row: number): void;
}

/** A click on a name shows the task in the editor; on a twisty or a phase it folds the row. */
export function attachNameClicks(names: HTMLElement, target: NameClickTarget): void {
  names.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target : null;
    const rowEl = el?.closest<HTMLElement>('.name-row');
    if (el === null || rowEl === null || rowEl === undefined) {
      return;
    }
    const row = Number(rowEl.dataset.row);
    const phase = target.rows.rows[row]?.kind === 'phase';
    const twisty = el.classList.contains('twisty');
    if (twisty || phase) {
      target.toggleRow(row);
    }
    if (!twisty) {
      target.selectRow(row, !phase);
    }
  });
}
