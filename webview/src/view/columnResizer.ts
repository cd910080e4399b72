import { html } from './dom';

/** The name column's width limits: room for an id and a date, and always some timeline beside it. */
export const MIN_NAME_WIDTH = 140;
export const MAX_NAME_WIDTH = 1200;
const KEY_STEP = 16;

export interface ResizeTarget {
  width(): number;
  /** The widest the column may be now (the chart's width less some timeline). */
  maxWidth(): number;
  /** Live, while dragging. */
  resize(width: number): void;
  /** Once, when the drag or key press ends: persist. */
  done(): void;
}

/**
 * A handle on the right edge of the name column's header: drag it, or focus it and press the
 * arrow keys (Home resets), like a column separator of a table.
 */
export function columnResizer(target: ResizeTarget, label: () => string, defaultWidth: number): HTMLElement {
  const handle = html('div', 'name-resizer');
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  handle.tabIndex = 0;
  const clamp = (w: number): number => Math.round(Math.max(MIN_NAME_WIDTH, Math.min(w, target.maxWidth(), MAX_NAME_WIDTH)));
  const describe = (): void => {
    handle.title = label();
    handle.setAttribute('aria-label', label());
    handle.setAttribute('aria-valuenow', String(target.width()));
  };
  describe();

  let drag: { pointer: number; x: number; width: number } | null = null;
  handle.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    handle.setPointerCapture(e.pointerId);
    drag = { pointer: e.pointerId, x: e.clientX, width: target.width() };
    handle.classList.add('active');
  });
  handle.addEventListener('pointermove', (e) => {
    if (drag?.pointer === e.pointerId) {
      target.resize(clamp(drag.width + e.clientX - drag.x));
    }
  });
  const end = (e: PointerEvent): void => {
    if (drag?.pointer === e.pointerId) {
      drag = null;
      handle.classList.remove('active');
      describe();
      target.done();
    }
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
  handle.addEventListener('dblclick', () => {
    target.resize(clamp(defaultWidth));
    describe();
    target.done();
  });
  handle.addEventListener('keydown', (e) => {
    const next =
      e.key === 'ArrowLeft' ? target.width() - KEY_STEP : e.key === 'ArrowRight' ? target.width() + KEY_STEP : e.key === 'Home' ? defaultWidth : undefined;
    if (next === undefined) {
      return;
    }
    // The chart's own keys (rows, zoom) must not see it.
    e.preventDefault();
    e.stopPropagation();
    target.resize(clamp(next));
    describe();
    target.done();
  });
  return handle;
}
