import type { Tick } from '../../../common/gantt/timeScale';
import { svg } from './dom';

export interface HeaderFrame {
  readonly x0: number;
  readonly x1: number;
  readonly tierHeight: number;
  /** Coarse cells, then fine cells. */
  readonly tiers: readonly [readonly Tick[], readonly Tick[]];
  readonly label: (t: Tick, major: boolean) => string;
  readonly statusX: number;
  readonly statusTitle: string;
}

/** Redraws the two-tier time header over `x0..x1` (chart coordinates). */
function renderHeader(root: SVGSVGElement, f: HeaderFrame): void {
  const { x0, x1, tierHeight } = f;
  root.setAttribute('viewBox', `${x0} 0 ${x1 - x0} ${tierHeight * 2}`);
  root.setAttribute('width', String(x1 - x0));
  root.setAttribute('height', String(tierHeight * 2));
  const parts: SVGElement[] = [];
  f.tiers.forEach((cells, tier) => {
    const y = tier * tierHeight;
    for (const c of cells) {
      parts.push(svg('line', { x1: c.x, y1: y, x2: c.x, y2: y + tierHeight }, 'tick'));
      const text = f.label(c, tier === 0);
      if (text === '') {
        continue;
      }
      const major = tier === 0;
      const el = svg('text', { x: major ? c.x + 6 : c.x + c.width / 2, y: y + tierHeight / 2 }, major ? 'tick-label major' : 'tick-label minor');
      if (major) {
        el.setAttribute('data-x', String(c.x));
        el.setAttribute('data-w', String(c.width));
        el.setAttribute('data-tw', String(textWidth(text)));
      }
      el.textContent = text;
      parts.push(el);
    }
  });
  parts.push(svg('line', { x1: x0, y1: tierHeight, x2: x1, y2: tierHeight }, 'tier-line'));
  const mark = svg('path', { d: `M${f.statusX - 5} ${tierHeight * 2 - 7}h10l-5 7z` }, 'status-mark');
  const title = svg('title', {});
  title.textContent = f.statusTitle;
  mark.append(title);
  parts.push(mark);
  root.replaceChildren(...parts);
}

/** Roughly the width of a header label: measuring would force a layout in every scroll frame. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    w += ch.charCodeAt(0) > 0x2e80 ? 12 : 7.5;
  }
  return w;
}

/** The time header; rebuilt only when its pixel range, scale or language changes. */
export class HeaderRenderer {
  private key = '';

  constructor(private readonly root: SVGSVGElement) {}

  reset(): void {
    this.key = '';
  }

  render(f: HeaderFrame, key: string): void {
    if (key !== this.key) {
      this.key = key;
      renderHeader(this.root, f);
    }
  }

  /**
   * Keeps each coarse label (a month at the day zoom is wider than the window) at the left edge of
   * the visible part of its cell, hidden when that part is too narrow for it. Runs on every scroll
   * frame, so it only moves existing labels.
   */
  pinMajorLabels(visibleLeft: number): void {
    for (const el of this.root.querySelectorAll<SVGTextElement>('text.major')) {
      const x = Number(el.getAttribute('data-x'));
      const w = Number(el.getAttribute('data-w'));
      const tw = Number(el.getAttribute('data-tw'));
      const visible = x + w - Math.max(x, visibleLeft);
      const visibility = visible < tw + 12 ? 'hidden' : 'visible';
      const pinned = String(Math.max(x, Math.min(visibleLeft, x + w - tw - 12)) + 6);
      // Vertical scrolling leaves the labels where they are: skip the writes and the relayout they cost.
      if (el.getAttribute('x') !== pinned) {
        el.setAttribute('x', pinned);
      }
      if (el.getAttribute('visibility') !== visibility) {
        el.setAttribute('visibility', visibility);
      }
    }
  }
}
