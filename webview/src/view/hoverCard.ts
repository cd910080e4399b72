import type { GanttTask } from '../protocol';
import { html } from './dom';
import { formatDate } from '../../../common/gantt/strings';
import type { Language, Strings } from '../../../common/gantt/strings';

export interface HoverContent {
  readonly task: GanttTask;
  /** Dates shown instead of the task's own while it is dragged. */
  readonly start?: string;
  readonly end?: string;
  /** Working days moved or added by the drag in progress. */
  readonly delta?: number;
}

/** The card next to the pointer: name, owner, dates, slack, status. */
export class HoverCard {
  readonly element = html('div', 'hover-card');
  /** What the card shows now: moving over the same bar only moves the card. */
  private shown = '';

  constructor() {
    this.element.hidden = true;
    this.element.setAttribute('role', 'tooltip');
  }

  show(content: HoverContent, s: Strings, lang: Language, clientX: number, clientY: number): void {
    const t = content.task;
    const key = `${t.id} ${content.start} ${content.end} ${lang}`;
    if (key === this.shown && !this.element.hidden) {
      this.place(clientX, clientY);
      return;
    }
    this.shown = key;
    const title = html('div', 'card-title', t.name);
    if (t.critical) {
      title.append(html('span', 'card-badge critical', s.critical));
    }
    if (t.milestone) {
      title.append(html('span', 'card-badge', s.milestone));
    }
    const start = content.start ?? t.start;
    const end = content.end ?? t.end;
    const dates = start === end ? formatDate(lang, start) : `${formatDate(lang, start)} – ${formatDate(lang, end)}`;
    const rows: Array<[string, string]> = [
      [s.owner, t.owner ?? '—'],
      [s.dates, content.delta !== undefined && content.delta !== 0 ? `${dates} (${content.delta > 0 ? '+' : ''}${s.workingDays(content.delta)})` : dates],
      [s.slack, s.workingDays(t.slack)],
      [s.status, s.statuses[t.status]],
      [s.progress, `${Math.round(t.progress)}%`],
    ];
    if (t.forecastEnd !== undefined && t.forecastEnd > t.end) {
      rows.push([s.forecastEnd, formatDate(lang, t.forecastEnd)]);
    }
    if (t.baselineStart !== undefined && t.baselineEnd !== undefined) {
      rows.push([
        s.baseline,
        t.baselineStart === t.baselineEnd ? formatDate(lang, t.baselineStart) : `${formatDate(lang, t.baselineStart)} – ${formatDate(lang, t.baselineEnd)}`,
      ]);
    }
    const table = html('div', 'card-grid');
    for (const [k, v] of rows) {
      table.append(html('span', 'card-key', k), html('span', 'card-value', v));
    }
    this.element.replaceChildren(title, table);
    this.element.hidden = false;
    this.place(clientX, clientY);
  }

  hide(): void {
    this.element.hidden = true;
  }

  /** Beside the pointer, flipped to stay inside the window. */
  private place(clientX: number, clientY: number): void {
    const el = this.element;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const x = clientX + 14 + w > window.innerWidth ? clientX - 14 - w : clientX + 14;
    const y = clientY + 16 + h > window.innerHeight ? clientY - 8 - h : clientY + 16;
    el.style.left = `${Math.max(0, x)}px`;
    el.style.top = `${Math.max(0, y)}px`;
  }
}
