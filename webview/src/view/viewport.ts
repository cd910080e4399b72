import { visibleRows } from '../../../common/gantt/rows';
import type { RowWindow } from '../../../common/gantt/rows';
import { html } from './dom';

export interface ViewportMetrics {
  nameWidth: number;
  readonly headerHeight: number;
  readonly rowHeight: number;
}

export interface RenderWindow {
  readonly rows: RowWindow;
  /** Timeline pixels drawn. */
  readonly x0: number;
  readonly x1: number;
}

/** Rows are drawn in blocks and the timeline in chunks, so most scroll frames need no DOM work at all. */
const ROW_BLOCK = 8;
const X_CHUNK = 256;

/**
 * The scroll container. Its content has the chart's full size so the scrollbars are native; the
 * header sticks to the top, the name column to the left, and the body SVG spans the whole chart
 * but holds only the elements of the window.
 */
export class Viewport {
  readonly scroller = html('div', 'scroller');
  readonly content = html('div', 'content');
  private key = '';
  private drawn: RowWindow = { first: 0, last: 0 };
  /** The last window drawn was cut to the visible rows. */
  partial = false;

  constructor(
    private readonly m: ViewportMetrics,
    private readonly body: SVGSVGElement,
    private readonly header: SVGSVGElement,
  ) {
    this.scroller.append(this.content);
  }

  /** The name column's width changed: the timeline starts elsewhere and has another width. */
  setNameWidth(width: number): void {
    this.m.nameWidth = width;
  }

  timelineWidth(): number {
    return Math.max(0, this.scroller.clientWidth - this.m.nameWidth);
  }

  rowsHeight(): number {
    return Math.max(0, this.scroller.clientHeight - this.m.headerHeight);
  }

  setSize(timelineWidth: number, rowCount: number): void {
    const height = rowCount * this.m.rowHeight;
    this.content.style.width = `${this.m.nameWidth + timelineWidth}px`;
    this.content.style.height = `${this.m.headerHeight + height}px`;
    const body = this.body;
    body.style.left = `${this.m.nameWidth}px`;
    body.style.top = `${this.m.headerHeight}px`;
    body.setAttribute('width', String(timelineWidth));
    body.setAttribute('height', String(height));
    body.setAttribute('viewBox', `0 0 ${timelineWidth} ${height}`);
    this.invalidate();
  }

  invalidate(): void {
    this.key = '';
    this.drawn = { first: 0, last: 0 };
  }

  scrollTo(left: number, top: number, smooth: boolean): void {
    this.scroller.scrollTo({ left: Math.max(0, left), top: Math.max(0, top), behavior: smooth ? 'smooth' : 'instant' });
  }

  /**
   * The window to draw, or null when the one already drawn still covers the viewport (unless
   * forced). After a jump (the scrollbar dragged far) the first frame draws the visible rows only;
   * `partial` then asks for one more frame to add the overscan.
   */
  window(timelineWidth: number, rowCount: number, force: boolean): RenderWindow | null {
    const { scrollTop, scrollLeft } = this.scroller;
    const vis = visibleRows(scrollTop, this.rowsHeight(), this.m.rowHeight, rowCount, 0);
    const jumped = !force && (vis.last <= this.drawn.first || vis.first >= this.drawn.last);
    const first = jumped ? vis.first : Math.max(0, Math.floor(vis.first / ROW_BLOCK) * ROW_BLOCK - ROW_BLOCK);
    const last = jumped ? vis.last : Math.min(rowCount, Math.ceil(vis.last / ROW_BLOCK) * ROW_BLOCK + ROW_BLOCK);
    const x0 = Math.max(0, Math.floor(scrollLeft / X_CHUNK) * X_CHUNK - X_CHUNK);
    const x1 = Math.max(x0, Math.min(timelineWidth, Math.ceil((scrollLeft + this.timelineWidth()) / X_CHUNK) * X_CHUNK + X_CHUNK));
    const key = `${first}:${last}:${x0}:${x1}`;
    this.partial = jumped;
    if (!force && key === this.key) {
      return null;
    }
    this.key = key;
    this.drawn = { first, last: Math.max(first, last) };
    return { rows: this.drawn, x0, x1 };
  }

  placeHeader(x0: number): void {
    this.header.style.left = `${this.m.nameWidth + x0}px`;
  }

  /**
   * Scrolls smoothly so that `row`, and the pixel range `x0..x1` when given, are in view: by as
   * little as needed for keyboard steps, to the middle when `center` (the editor cursor jumped).
   */
  ensureRowVisible(row: number, center: boolean, x0?: number, x1?: number): void {
    const { scrollTop, scrollLeft } = this.scroller;
    const rh = this.m.rowHeight;
    const viewH = this.rowsHeight();
    const y = row * rh;
    let top = scrollTop;
    if (y < scrollTop || y + rh > scrollTop + viewH) {
      top = center ? y - Math.max(0, (viewH - rh) / 2) : y < scrollTop ? y : y + rh - viewH;
    }
    let left = scrollLeft;
    const viewW = this.timelineWidth();
    if (x0 !== undefined && x1 !== undefined && (x1 < scrollLeft || x0 > scrollLeft + viewW)) {
      left = x0 - viewW / 4;
    }
    if (top !== scrollTop || left !== scrollLeft) {
      this.scrollTo(left, top, true);
    }
  }
}
