import type { LegendKind } from '../../../common/gantt/legend';
import type { Strings } from '../../../common/gantt/strings';
import { html, svg } from './dom';

const W = 22;
const H = 14;

/** A small drawing of a mark, with the classes the chart draws it with, so it takes the theme's colours. */
function swatch(kind: LegendKind): SVGSVGElement {
  const root = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' }, 'legend-swatch');
  const bar = (cls: string, extra: Record<string, number> = {}): SVGGElement => {
    const g = svg('g', {}, cls);
    g.append(svg('rect', { x: 1, y: 3, width: W - 2, height: 8, rx: 2, ...extra }, 'bar-body'));
    return g;
  };
  switch (kind) {
    case 'task':
      root.append(bar('bar task'));
      break;
    case 'critical':
      root.append(bar('bar task critical'));
      break;
    case 'progress': {
      const g = bar('bar task');
      g.append(svg('rect', { x: 1, y: 3, width: 12, height: 8, rx: 2 }, 'bar-progress'));
      root.append(g);
      break;
    }
    case 'summary': {
      const g = svg('g', {}, 'bar summary');
      g.append(svg('path', { d: `M1 4H${W - 1}V11L${W - 5} 8H5L1 11Z` }, 'bar-body'));
      root.append(g);
      break;
    }
    case 'milestone': {
      const g = svg('g', {}, 'bar milestone');
      g.append(svg('path', { d: `M${W / 2} 0L${W / 2 + 7} 7L${W / 2} 14L${W / 2 - 7} 7Z` }, 'bar-body'));
      root.append(g);
      break;
    }
    case 'forecast': {
      const g = bar('bar task', { width: 9 });
      root.append(g, svg('rect', { x: 10, y: 3, width: W - 11, height: 8 }, 'forecast-tail'));
      break;
    }
    case 'baseline':
      root.append(svg('rect', { x: 1, y: 6, width: W - 2, height: 4, rx: 1 }, 'baseline-ghost'));
      break;
    case 'statusDate':
      root.append(svg('line', { x1: W / 2, y1: 0, x2: W / 2, y2: H }, 'status-line'));
      break;
    case 'today':
      root.append(svg('line', { x1: W / 2, y1: 0, x2: W / 2, y2: H }, 'today-line'));
      break;
    case 'holiday':
    case 'makeup':
    case 'weekend':
      root.append(svg('rect', { x: 4, y: 0, width: W - 8, height: H }, `band ${kind}`));
      break;
  }
  return root;
}

/** The strip under the chart that says what each mark means; rebuilt only when its entries change. */
export class Legend {
  readonly element = html('div', 'legend');
  private key = '';

  constructor() {
    this.element.setAttribute('role', 'list');
  }

  render(kinds: readonly LegendKind[], s: Strings, visible: boolean): void {
    this.element.hidden = !visible;
    const key = `${kinds.join(' ')} ${s.legend.task}`;
    if (!visible || key === this.key) {
      return;
    }
    this.key = key;
    this.element.setAttribute('aria-label', s.showLegend);
    this.element.replaceChildren(
      ...kinds.map((kind) => {
        const item = html('span', 'legend-item');
        item.dataset.legend = kind;
        item.setAttribute('role', 'listitem');
        item.append(swatch(kind), html('span', 'legend-label', s.legend[kind]));
        return item;
      }),
    );
  }
}
