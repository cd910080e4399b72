import { dayOfIso, formatDay, ymdOf } from '../../../common/dates';
import type { PortfolioModel, PortfolioRow } from '../../../common/portfolioModel';
import { html } from '../view/dom';
import type { FromPortfolioViewMessage, PortfolioLabels } from './portfolioProtocol';

/** A plan's row: its name on one line, its badges on the next. */
const PLAN_ROW = 42;
const PHASE_ROW = 20;
/** The plan's bar, centred in its row. */
const BAR = 14;
const BAR_TOP = (PLAN_ROW - BAR) / 2;
/** Days of margin each side of the plans' span, so the first and last bars do not touch the edges. */
const MARGIN_DAYS = 7;
/** Below this a month's name no longer fits its column: every other month is named. */
const MIN_MONTH_PX = 72;

function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}

function positioned<T extends HTMLElement>(el: T, x: number, y: number, width?: number, height?: number): T {
  el.style.left = `${x}px`;
  el.style.top = `${y}px`;
  if (width !== undefined) {
    el.style.width = `${Math.max(1, width)}px`;
  }
  if (height !== undefined) {
    el.style.height = `${height}px`;
  }
  return el;
}

/**
 * The Portfolio panel: every plan of the workspace on one timeline fitted to the panel's width,
 * each with its span (red when it finishes after its deadline), forecast, deadline and milestones,
 * and its phases below; badges count its problems and open critical tasks. Names open the plan,
 * phases and milestones show their line in it.
 */
export class PortfolioView {
  private model: PortfolioModel | undefined;
  private labels: PortfolioLabels | undefined;
  private today = 0;
  private readonly header = html('div', 'pf-header');
  private readonly names = html('div', 'pf-names');
  private readonly chart = html('div', 'pf-chart');
  private readonly empty = html('p', 'pf-empty');

  constructor(
    private readonly root: HTMLElement,
    private readonly post: (message: FromPortfolioViewMessage) => void,
  ) {
    const grid = html('div', 'pf-grid');
    grid.append(html('div', 'pf-corner'), this.header, this.names, this.chart);
    root.append(grid, this.empty);
    window.addEventListener('resize', () => this.draw());
    root.addEventListener('click', (e) => this.click(e));
  }

  showEmpty(text: string): void {
    this.model = undefined;
    this.root.classList.add('is-empty');
    this.empty.textContent = text;
  }

  update(model: PortfolioModel, labels: PortfolioLabels, today: string): void {
    this.model = model;
    this.labels = labels;
    this.today = dayOfIso(today);
    this.root.classList.remove('is-empty');
    this.draw();
  }

  private draw(): void {
    const model = this.model;
    const l = this.labels;
    if (!model || !l) {
      return;
    }
    let from = Infinity;
    let to = -Infinity;
    for (const p of model.plans) {
      from = Math.min(from, dayOfIso(p.start));
      to = Math.max(to, dayOfIso(p.forecastFinish ?? p.finish), dayOfIso(p.deadline ?? p.finish));
    }
    from -= MARGIN_DAYS;
    to += MARGIN_DAYS;
    const width = Math.max(200, this.chart.clientWidth - 2);
    const px = width / (to - from + 1);
    const x = (day: number): number => Math.round((day - from) * px);
    const names: HTMLElement[] = [];
    const marks: HTMLElement[] = [];
    let y = 0;
    model.plans.forEach((plan, index) => {
      names.push(this.planName(plan, index, y));
      marks.push(...this.planMarks(plan, index, y, x));
      y += PLAN_ROW;
      for (const phase of plan.phases) {
        const name = positioned(html('button', 'pf-name pf-phase-name', phase.name), 0, y, undefined, PHASE_ROW);
        name.dataset['plan'] = String(index);
        name.dataset['id'] = phase.id;
        names.push(name);
        const bar = positioned(html('div', 'pf-phase'), x(dayOfIso(phase.start)), y + 6, x(dayOfIso(phase.end) + 1) - x(dayOfIso(phase.start)), PHASE_ROW - 12);
        bar.title = `${phase.name}: ${phase.start} – ${phase.end}`;
        marks.push(bar);
        y += PHASE_ROW;
      }
    });
    if (this.today >= from && this.today <= to) {
      const line = positioned(html('div', 'pf-today'), x(this.today), 0, undefined, y);
      line.title = `${l.today}: ${formatDay(this.today)}`;
      marks.push(line);
    }
    this.names.replaceChildren(...names);
    this.names.style.height = `${y}px`;
    this.chart.replaceChildren(...marks);
    this.chart.style.height = `${y}px`;
    this.header.replaceChildren(...this.months(from, to, x, px));
  }

  private planName(plan: PortfolioRow, index: number, y: number): HTMLElement {
    const l = this.labels!;
    const row = positioned(html('div', 'pf-plan-row'), 0, y, undefined, PLAN_ROW);
    const name = html('button', 'pf-name pf-plan-name', plan.name);
    name.dataset['plan'] = String(index);
    name.title = plan.uri;
    const badges = html('span', 'pf-badges');
    if (plan.errors > 0) {
      badges.append(html('span', 'pf-badge error', plan.errors === 1 ? l.oneError : fill(l.errors, plan.errors)));
    }
    if (plan.warnings > 0) {
      badges.append(html('span', 'pf-badge warning', plan.warnings === 1 ? l.oneWarning : fill(l.warnings, plan.warnings)));
    }
    if (plan.late) {
      badges.append(html('span', 'pf-badge late', l.late));
    }
    if (plan.critical > 0) {
      badges.append(html('span', 'pf-badge critical', fill(l.critical, plan.critical)));
    }
    if (plan.unreliable) {
      badges.append(html('span', 'pf-badge', l.unreliable));
    }
    // Badges past the column's edge are cut: the row's tooltip lists them all.
    badges.title = [...badges.children].map((b) => b.textContent).join(' · ');
    row.append(name, badges);
    return row;
  }

  private planMarks(plan: PortfolioRow, index: number, y: number, x: (day: number) => number): HTMLElement[] {
    const l = this.labels!;
    const start = dayOfIso(plan.start);
    const finish = dayOfIso(plan.finish);
    const marks: HTMLElement[] = [];
    const bar = positioned(html('div', `pf-bar${plan.late ? ' late' : ''}`), x(start), y + BAR_TOP, x(finish + 1) - x(start), BAR);
    bar.title = `${plan.name}: ${plan.start} – ${plan.finish}`;
    bar.dataset['plan'] = String(index);
    marks.push(bar);
    if (plan.forecastFinish !== undefined && dayOfIso(plan.forecastFinish) > finish) {
      const tail = positioned(html('div', 'pf-forecast'), x(finish + 1), y + BAR_TOP, x(dayOfIso(plan.forecastFinish) + 1) - x(finish + 1), BAR);
      tail.title = `${l.forecast}: ${plan.forecastFinish}`;
      marks.push(tail);
    }
    if (plan.deadline !== undefined) {
      const deadline = positioned(html('div', 'pf-deadline'), x(dayOfIso(plan.deadline) + 1), y + BAR_TOP - 5, undefined, BAR + 10);
      deadline.title = `${l.deadline}: ${plan.deadline}`;
      marks.push(deadline);
    }
    const label = positioned(
      html('div', 'pf-finish', plan.forecastFinish ?? plan.finish),
      x(dayOfIso(plan.forecastFinish ?? plan.finish) + 1) + 6,
      y,
      undefined,
      PLAN_ROW,
    );
    label.title = plan.forecastFinish ? `${l.forecast}: ${plan.forecastFinish}` : `${l.finish}: ${plan.finish}`;
    marks.push(label);
    for (const m of plan.milestones) {
      const diamond = positioned(html('button', `pf-milestone${m.done ? ' done' : ''}`), x(dayOfIso(m.date) + 1) - 6, y + BAR_TOP + 1, 12, 12);
      diamond.title = `${l.milestone}: ${m.name} (${m.date})${m.done ? ` · ${l.done}` : ''}`;
      diamond.setAttribute('aria-label', diamond.title);
      diamond.dataset['plan'] = String(index);
      diamond.dataset['id'] = m.id;
      marks.push(diamond);
    }
    return marks;
  }

  /** A column per month, named while there is room (every other month, or every third, when it is tight). */
  private months(from: number, to: number, x: (day: number) => number, px: number): HTMLElement[] {
    const l = this.labels!;
    const every = px * 30 >= MIN_MONTH_PX ? 1 : px * 60 >= MIN_MONTH_PX ? 2 : 3;
    const cells: HTMLElement[] = [];
    let { year, month } = ymdOf(from);
    for (let count = 0; ; count++) {
      const start = Math.max(from, Date.UTC(year, month, 1) / 86_400_000);
      if (start > to) {
        break;
      }
      const next = Date.UTC(year, month + 1, 1) / 86_400_000;
      const width = x(Math.min(next, to + 1)) - x(start);
      // A month cut short by the chart's edge is named only if its name fits.
      const named = count % every === 0 && width >= MIN_MONTH_PX;
      const cell = positioned(html('div', 'pf-month', named ? fill(l.monthYear, l.months[month]!, year) : ''), x(start), 0, width);
      cells.push(cell);
      month++;
      if (month === 12) {
        month = 0;
        year++;
      }
    }
    return cells;
  }

  private click(e: MouseEvent): void {
    const el = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-plan]') : null;
    const plan = Number(el?.dataset['plan'] ?? NaN);
    if (!el || !Number.isInteger(plan) || !this.model?.plans[plan]) {
      return;
    }
    const id = el.dataset['id'];
    this.post(id !== undefined ? { type: 'open', plan, id } : { type: 'open', plan });
  }
}
