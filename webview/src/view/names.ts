import type { ChartModel } from '../../../common/gantt/model';
import type { Row, RowWindow } from '../../../common/gantt/rows';
import { html } from './dom';
import { KeyedLayer } from './keyed';
import { taskMenuContext } from './menuContext';
import type { Strings } from '../../../common/gantt/strings';

export interface NamesFrame {
  readonly model: ChartModel;
  readonly rows: readonly Row[];
  readonly window: RowWindow;
  readonly rowHeight: number;
  readonly selectedRow: number;
  readonly highlightedTask: number;
  readonly strings: Strings;
}

const INDENT = 14;

function rowElement(f: NamesFrame, r: number, row: Row): HTMLElement {
  const el = html('div', 'name-row');
  el.dataset.row = String(r);
  el.style.top = `${r * f.rowHeight}px`;
  el.style.height = `${f.rowHeight}px`;
  el.setAttribute('role', 'treeitem');
  if (r === f.selectedRow) {
    el.classList.add('selected');
    el.setAttribute('aria-selected', 'true');
  }
  const twisty = html('span', 'twisty');
  if (row.kind === 'phase') {
    el.classList.add('phase-row');
    twisty.textContent = row.collapsed ? '▸' : '▾';
    el.setAttribute('aria-expanded', String(!row.collapsed));
    el.append(twisty, html('span', 'label', row.phase ?? f.strings.noPhase), html('span', 'owner', f.strings.tasks(row.count)));
    return el;
  }
  const t = f.model.tasks[row.task]!;
  el.dataset.rowTask = t.id;
  el.dataset.vscodeContext = taskMenuContext(t);
  el.classList.toggle('summary', row.hasChildren);
  el.classList.toggle('critical', t.data.critical);
  el.classList.toggle('context', !row.matched);
  el.classList.toggle('highlighted', row.task === f.highlightedTask);
  el.classList.toggle('done', t.data.status === 'done' || t.data.status === 'cancelled');
  if (row.hasChildren) {
    twisty.textContent = row.collapsed ? '▸' : '▾';
    el.setAttribute('aria-expanded', String(!row.collapsed));
  }
  twisty.style.marginLeft = `${row.depth * INDENT}px`;
  const label = html('span', 'label', t.data.name);
  label.title = `${t.data.name} (${t.id})`;
  el.append(twisty, label, html('span', 'owner', t.data.owner ?? ''));
  return el;
}

/**
 * The frozen task-name column, drawn for the row window only. Rows carry `data-row` (and
 * `data-row-task`), never `data-task-id`, which belongs to the bars alone.
 */
export class NamesRenderer {
  private readonly layer: KeyedLayer;

  constructor(container: HTMLElement) {
    this.layer = new KeyedLayer(container);
  }

  reset(): void {
    this.layer.clear();
  }

  render(f: NamesFrame): void {
    const items = [];
    for (let r = f.window.first; r < f.window.last && r < f.rows.length; r++) {
      const row = f.rows[r]!;
      const state =
        row.kind === 'phase' ? `${row.key} ${row.collapsed} ${row.count}` : `${row.task} ${row.collapsed} ${row.matched} ${row.task === f.highlightedTask}`;
      items.push({ key: String(r), sig: `${state} ${r === f.selectedRow}`, make: () => rowElement(f, r, row) });
    }
    this.layer.update(items);
  }
}
