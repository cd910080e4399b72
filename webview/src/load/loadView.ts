import { dayOfIso, ymdOf } from '../../../common/dates';
import { LOAD_SCALES, bookingsIn, bucketDates, heatLevel, loadBuckets, peakLoad } from '../../../common/loadCells';
import type { LoadBucket, LoadScale } from '../../../common/loadCells';
import type { ResourceLoadModel } from '../../../common/resourceLoad';
import { html } from '../view/dom';
import { MAX_TARGETS } from './loadProtocol';
import type { FromLoadViewMessage, LoadLabels } from './loadProtocol';
import { departmentsOf, loadRows } from './loadRows';
import type { LoadRow, RowFilter } from './loadRows';

export const ROW_HEIGHT = 24;
/** Cell widths: a day is a narrow strip, a week holds a percentage, a month its name. */
export const COLUMN_WIDTH: Readonly<Record<LoadScale, number>> = { day: 22, week: 48, month: 84 };
/** Rows and columns drawn beyond the visible ones, so a small scroll shows no gap. */
const OVERSCAN = 4;

/** What the panel remembers across reloads (VS Code's webview state). */
export interface LoadViewState {
  readonly scale: LoadScale;
  readonly department: string;
  readonly overOnly: boolean;
}

export interface LoadHost {
  post(message: FromLoadViewMessage): void;
  saveState(state: LoadViewState): void;
}

function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}

/** A load in FTE as people read it: 1.1, 0.5, 2. */
function fte(load: number): string {
  return String(Math.round(load * 100) / 100);
}

function restore(saved: unknown): LoadViewState {
  const s = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const scale = LOAD_SCALES.find((x) => x === s['scale']) ?? 'week';
  return { scale, department: typeof s['department'] === 'string' ? s['department'] : '', overOnly: s['overOnly'] === true };
}

/**
 * The Resources panel: one row per person under their department, one cell per day, week or
 * month, coloured by the busiest day's load against the person's capacity; over-capacity cells
 * marked. Only the rows and columns in view are in the DOM, so 500 people over two years scroll
 * as smoothly as ten.
 */
export class LoadView {
  private model: ResourceLoadModel | undefined;
  private labels: LoadLabels | undefined;
  private rows: LoadRow[] = [];
  private buckets: LoadBucket[] = [];
  private state: LoadViewState;
  private frame = 0;
  private readonly toolbar = html('div', 'toolbar');
  private readonly notice = html('div', 'load-notice');
  private readonly corner = html('div', 'load-corner');
  private readonly header = html('div', 'load-header');
  private readonly headerInner = html('div', 'load-header-inner');
  private readonly names = html('div', 'load-names');
  private readonly namesInner = html('div', 'load-names-inner');
  private readonly body = html('div', 'load-body');
  private readonly sizer = html('div', 'load-sizer');
  private readonly cells = html('div', 'load-cells');
  private readonly card = html('div', 'hover-card load-card');
  private readonly empty = html('p', 'load-empty');

  constructor(
    private readonly root: HTMLElement,
    private readonly host: LoadHost,
    saved: unknown,
  ) {
    this.state = restore(saved);
    const grid = html('div', 'load-grid');
    this.header.append(this.headerInner);
    this.names.append(this.namesInner);
    this.body.append(this.sizer, this.cells);
    grid.append(this.corner, this.header, this.names, this.body);
    this.card.hidden = true;
    this.card.setAttribute('role', 'tooltip');
    root.append(this.toolbar, this.notice, grid, this.empty, this.card);
    this.body.addEventListener('scroll', () => this.schedule());
    window.addEventListener('resize', () => this.schedule());
    this.body.addEventListener('mousemove', (e) => this.hover(e));
    this.body.addEventListener('mouseleave', () => (this.card.hidden = true));
    this.body.addEventListener('click', (e) => this.click(e));
  }

  /** Nothing to draw, and why. */
  showEmpty(text: string): void {
    this.model = undefined;
    this.root.classList.add('is-empty');
    this.empty.textContent = text;
  }

  update(model: ResourceLoadModel, labels: LoadLabels): void {
    this.model = model;
    this.labels = labels;
    this.root.classList.remove('is-empty');
    const departments = departmentsOf(model, labels.noDepartment);
    if (this.state.department !== '' && !departments.some((d) => d.id === this.state.department)) {
      this.state = { ...this.state, department: '' };
    }
    this.drawToolbar(departments);
    this.notice.textContent = model.left.before + model.left.after > 0 ? fill(labels.leftOut, model.left.before, model.left.after) : '';
    this.notice.hidden = this.notice.textContent === '';
    this.relayout();
  }

  private setState(change: Partial<LoadViewState>): void {
    this.state = { ...this.state, ...change };
    this.host.saveState(this.state);
    if (this.model && this.labels) {
      this.drawToolbar(departmentsOf(this.model, this.labels.noDepartment));
      this.relayout();
    }
  }

  private drawToolbar(departments: readonly { id: string; name: string }[]): void {
    const l = this.labels!;
    const scales = html('div', 'load-scales');
    scales.setAttribute('role', 'group');
    for (const scale of LOAD_SCALES) {
      const b = html('button', scale === this.state.scale ? 'active' : '', l[scale]);
      b.dataset['scale'] = scale;
      b.setAttribute('aria-pressed', String(scale === this.state.scale));
      b.addEventListener('click', () => this.setState({ scale }));
      scales.append(b);
    }
    const select = html('select', 'load-department');
    select.setAttribute('aria-label', l.department);
    select.append(new Option(l.allDepartments, ''));
    for (const d of departments) {
      select.append(new Option(d.name, d.id));
    }
    select.value = this.state.department;
    select.addEventListener('change', () => this.setState({ department: select.value }));
    const department = html('label', 'load-filter', `${l.department} `);
    department.append(select);
    const check = html('input');
    check.type = 'checkbox';
    check.checked = this.state.overOnly;
    check.addEventListener('change', () => this.setState({ overOnly: check.checked }));
    const overOnly = html('label', 'load-filter');
    overOnly.append(check, ` ${l.overOnly}`);
    const legend = html('div', 'load-legend');
    for (const [level, text] of [
      [1, l.half],
      [2, l.more],
      [3, l.full],
      [4, l.over],
    ] as const) {
      const item = html('span', 'load-legend-item');
      item.append(html('span', `load-swatch l${level}`), text);
      legend.append(item);
    }
    this.toolbar.replaceChildren(scales, department, overOnly, legend);
  }

  private relayout(): void {
    const model = this.model!;
    const filter: RowFilter = { department: this.state.department, overOnly: this.state.overOnly };
    this.rows = loadRows(model, filter, this.labels!.noDepartment);
    this.buckets = loadBuckets(dayOfIso(model.first), model.days, this.state.scale);
    const width = this.buckets.length * COLUMN_WIDTH[this.state.scale];
    const height = this.rows.length * ROW_HEIGHT;
    this.sizer.style.width = `${width}px`;
    this.sizer.style.height = `${height}px`;
    this.headerInner.style.width = `${width}px`;
    this.namesInner.style.height = `${height}px`;
    this.root.dataset['scale'] = this.state.scale;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.draw();
      });
    }
  }

  /** Draws the rows and columns in view, and moves the names and the header with the body. */
  private draw(): void {
    if (!this.model || !this.labels) {
      return;
    }
    const model = this.model;
    const w = COLUMN_WIDTH[this.state.scale];
    const { scrollTop, scrollLeft, clientHeight, clientWidth } = this.body;
    const firstRow = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
    const lastRow = Math.min(this.rows.length, Math.ceil((scrollTop + clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const firstCol = Math.max(0, Math.floor(scrollLeft / w) - OVERSCAN);
    const lastCol = Math.min(this.buckets.length, Math.ceil((scrollLeft + clientWidth) / w) + OVERSCAN);
    this.namesInner.style.transform = `translateY(${-scrollTop}px)`;
    this.headerInner.style.transform = `translateX(${-scrollLeft}px)`;
    const first = dayOfIso(model.first);
    const cells: HTMLElement[] = [];
    const names: HTMLElement[] = [];
    const heads: HTMLElement[] = [];
    const top = firstRow * ROW_HEIGHT;
    const bandHeight = (lastRow - firstRow) * ROW_HEIGHT;
    for (let c = firstCol; c < lastCol; c++) {
      const bucket = this.buckets[c]!;
      heads.push(this.headCell(first, bucket, c * w, w));
      // Days no plan works, shaded at day scale (a week or month always has some).
      if (this.state.scale === 'day' && model.workdays[bucket.start] === '0') {
        cells.push(positioned(html('div', 'load-off'), c * w, top, w, bandHeight));
      }
    }
    const status = this.buckets.findIndex((b) => model.statusDay >= b.start && model.statusDay < b.end);
    if (status >= firstCol && status < lastCol) {
      const x =
        status * w + Math.round(((model.statusDay - this.buckets[status]!.start + 0.5) / (this.buckets[status]!.end - this.buckets[status]!.start)) * w);
      cells.push(positioned(html('div', 'load-status'), x, top, 0, bandHeight));
    }
    for (let r = firstRow; r < lastRow; r++) {
      const row = this.rows[r]!;
      const y = r * ROW_HEIGHT;
      if (row.kind === 'department') {
        const name = html('div', 'load-name department', row.name);
        name.append(html('span', 'load-count', fill(this.labels.people, row.count)));
        names.push(positioned(name, 0, y, undefined, ROW_HEIGHT));
        cells.push(positioned(html('div', 'load-band'), firstCol * w, y, (lastCol - firstCol) * w, ROW_HEIGHT));
        continue;
      }
      const name = html('div', `load-name person${row.over ? ' over' : ''}`, row.person.name ?? row.person.id);
      name.title = row.person.id;
      names.push(positioned(name, 0, y, undefined, ROW_HEIGHT));
      for (let c = firstCol; c < lastCol; c++) {
        const peak = peakLoad(row.daily, this.buckets[c]!);
        const level = heatLevel(peak, row.person.capacity);
        if (level === 0) {
          continue;
        }
        const cell = positioned(html('div', `load-cell l${level}`), c * w + 1, y + 2, w - 2, ROW_HEIGHT - 4);
        cell.dataset['row'] = String(r);
        cell.dataset['col'] = String(c);
        if (this.state.scale !== 'day') {
          cell.textContent = `${Math.round((peak / row.person.capacity) * 100)}%`;
        }
        cells.push(cell);
      }
    }
    this.cells.replaceChildren(...cells);
    this.namesInner.replaceChildren(...names);
    this.headerInner.replaceChildren(...heads);
  }

  private headCell(first: number, bucket: LoadBucket, x: number, w: number): HTMLElement {
    const l = this.labels!;
    const { year, month, date } = ymdOf(first + bucket.start);
    // A day's column is too narrow for more than its date; its title has the whole day.
    const text = this.state.scale === 'month' ? fill(l.monthYear, l.months[month]!, year) : this.state.scale === 'day' ? String(date) : `${month + 1}/${date}`;
    const cell = positioned(html('div', 'load-head', text), x, 0, w, undefined);
    cell.title = bucketDates(first, bucket).from;
    if (this.state.scale === 'day' && this.model!.workdays[bucket.start] === '0') {
      cell.classList.add('off');
    }
    return cell;
  }

  /** The person row and column under the pointer, when it is over a loaded cell. */
  private cellAt(e: MouseEvent): { row: Extract<LoadRow, { kind: 'person' }>; bucket: LoadBucket } | undefined {
    const el = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('.load-cell') : null;
    const row = this.rows[Number(el?.dataset['row'] ?? -1)];
    const bucket = this.buckets[Number(el?.dataset['col'] ?? -1)];
    return row?.kind === 'person' && bucket ? { row, bucket } : undefined;
  }

  private hover(e: MouseEvent): void {
    const at = this.cellAt(e);
    if (!at || !this.model || !this.labels) {
      this.card.hidden = true;
      return;
    }
    const { row, bucket } = at;
    const l = this.labels;
    const model = this.model;
    const dates = bucketDates(dayOfIso(model.first), bucket);
    const peak = peakLoad(row.daily, bucket);
    const title = html('div', 'card-title', row.person.name ?? row.person.id);
    const lines: HTMLElement[] = [
      html('div', 'card-line', dates.from === dates.to ? dates.from : `${dates.from} – ${dates.to}`),
      html('div', `card-line${heatLevel(peak, row.person.capacity) === 4 ? ' over' : ''}`, fill(l.peak, fte(peak), fte(row.person.capacity))),
    ];
    const list = html('ul', 'card-bookings');
    for (const b of bookingsIn(row.person, bucket)) {
      list.append(html('li', '', `${model.plans[b.plan]?.name ?? ''} · ${b.taskName ?? b.task} (${fte(b.load)})`));
    }
    this.card.replaceChildren(title, ...lines, list, html('div', 'card-hint', l.clickToReveal));
    this.card.hidden = false;
    const x = e.clientX + 14 + this.card.offsetWidth > window.innerWidth ? e.clientX - 14 - this.card.offsetWidth : e.clientX + 14;
    const y = e.clientY + 16 + this.card.offsetHeight > window.innerHeight ? e.clientY - 8 - this.card.offsetHeight : e.clientY + 16;
    this.card.style.left = `${Math.max(0, x)}px`;
    this.card.style.top = `${Math.max(0, y)}px`;
  }

  private click(e: MouseEvent): void {
    const at = this.cellAt(e);
    if (!at) {
      return;
    }
    const targets = bookingsIn(at.row.person, at.bucket)
      .slice(0, MAX_TARGETS)
      .map((b) => ({ plan: b.plan, task: b.task }));
    if (targets.length > 0) {
      this.host.post({ type: 'reveal', targets });
    }
  }
}

function positioned<T extends HTMLElement>(el: T, x: number, y: number, width: number | undefined, height: number | undefined): T {
  el.style.left = `${x}px`;
  el.style.top = `${y}px`;
  if (width !== undefined) {
    el.style.width = `${width}px`;
  }
  if (height !== undefined) {
    el.style.height = `${height}px`;
  }
  return el;
}
