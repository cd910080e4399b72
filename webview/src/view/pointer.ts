import { changesPlan, moveTask, progressTask, resizeTask } from '../../../common/gantt/drag';
import type { DragOutcome, EditKind } from '../../../common/gantt/drag';
import type { ChartModel } from '../../../common/gantt/model';
import { taskIdAt } from './dom';

export interface PointerHost {
  model(): ChartModel | null;
  pxPerDay(): number;
  /** Draw the bar at the dragged dates (null: back to its own). */
  preview(outcome: DragOutcome | null): void;
  /** The drop: ask the host to edit the plan. */
  commit(outcome: DragOutcome): void;
  /** A click on a bar without a drag. */
  activate(task: number): void;
  hover(task: number | null, event: PointerEvent, outcome?: DragOutcome): void;
  /** The scroll container, scrolled sideways while a drag nears its edges. */
  scroller(): HTMLElement;
  /** Where the timeline's visible part starts and ends, in client pixels. */
  timelineEdges(): { readonly left: number; readonly right: number };
}

interface DragSession {
  readonly pointerId: number;
  readonly task: number;
  readonly kind: EditKind;
  readonly startX: number;
  /** The scroller's scrollLeft at the press: a drag is measured on the chart, not the screen. */
  readonly startScroll: number;
  lastEvent: PointerEvent;
  /** Pixels per frame the chart scrolls by while the pointer is near an edge. */
  autoScroll: number;
  /** Went past the threshold: not a click any more. */
  moved: boolean;
  dragging: boolean;
  outcome: DragOutcome | null;
}

/** Below this a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;
/** Within this many pixels of the timeline's edge a drag scrolls the chart, faster closer in. */
const EDGE = 40;
const MAX_SCROLL_STEP = 24;

/**
 * Click, drag and hover on the chart body. Pointer capture stays on the body SVG, which outlives
 * the bars re-rendered under the pointer while the drag goes on.
 */
export function attachPointer(body: SVGSVGElement, host: PointerHost): () => void {
  let session: DragSession | null = null;

  const taskAt = (target: EventTarget | null): number => {
    const id = taskIdAt(target);
    const model = host.model();
    return id === null || model === null ? -1 : (model.byId.get(id) ?? -1);
  };

  const onDown = (e: PointerEvent): void => {
    if (e.button !== 0) {
      return;
    }
    const task = taskAt(e.target);
    const model = host.model();
    if (task < 0 || model === null) {
      return;
    }
    const data = model.tasks[task]!.data;
    // A summary spans its subtasks, so its dates are not the user's to drag; it can still be clicked.
    const draggable = !data.summary && model.tasks[task]!.children.length === 0;
    const handle = draggable && !data.milestone && e.target instanceof Element ? e.target.classList : null;
    const kind = handle?.contains('bar-progress-handle') ? 'progress' : handle?.contains('bar-handle') ? 'resize' : 'move';
    session = {
      pointerId: e.pointerId,
      task,
      kind,
      startX: e.clientX,
      startScroll: host.scroller().scrollLeft,
      lastEvent: e,
      autoScroll: 0,
      moved: false,
      dragging: false,
      outcome: null,
    };
    if (draggable) {
      body.setPointerCapture(e.pointerId);
    }
    e.preventDefault();
  };

  const onMove = (e: PointerEvent): void => {
    const s = session;
    const model = host.model();
    if (s === null || s.pointerId !== e.pointerId || model === null) {
      host.hover(taskAt(e.target), e);
      return;
    }
    const dx = e.clientX - s.startX;
    if (!s.moved && Math.abs(dx) < DRAG_THRESHOLD) {
      return;
    }
    s.moved = true;
    if (!body.hasPointerCapture(e.pointerId)) {
      return;
    }
    s.dragging = true;
    s.lastEvent = e;
    body.classList.add(s.kind === 'move' ? 'dragging' : 'resizing');
    follow(s, model);
    const edges = host.timelineEdges();
    const speed = (distance: number): number => Math.ceil(MAX_SCROLL_STEP * Math.min(1, (EDGE - distance) / EDGE));
    s.autoScroll = e.clientX > edges.right - EDGE ? speed(edges.right - e.clientX) : e.clientX < edges.left + EDGE ? -speed(e.clientX - edges.left) : 0;
    if (s.autoScroll !== 0 && frame === 0) {
      frame = requestAnimationFrame(scrollStep);
    }
  };

  /** Places the dragged bar under the pointer, counting what the chart scrolled since the press. */
  const follow = (s: DragSession, model: ChartModel): void => {
    const dx = s.lastEvent.clientX - s.startX + host.scroller().scrollLeft - s.startScroll;
    const drag = s.kind === 'resize' ? resizeTask : s.kind === 'progress' ? progressTask : moveTask;
    const outcome = drag(model, s.task, dx, host.pxPerDay());
    s.outcome = outcome;
    host.preview(outcome);
    host.hover(s.task, s.lastEvent, outcome);
  };

  let frame = 0;
  const scrollStep = (): void => {
    frame = 0;
    const s = session;
    const model = host.model();
    if (s === null || !s.dragging || s.autoScroll === 0 || model === null) {
      return;
    }
    const scroller = host.scroller();
    const before = scroller.scrollLeft;
    scroller.scrollLeft = before + s.autoScroll;
    if (scroller.scrollLeft !== before) {
      follow(s, model);
      frame = requestAnimationFrame(scrollStep);
    }
  };

  const finish = (e: PointerEvent, cancelled: boolean): void => {
    const s = session;
    if (s === null || s.pointerId !== e.pointerId) {
      return;
    }
    session = null;
    cancelAnimationFrame(frame);
    frame = 0;
    body.classList.remove('dragging', 'resizing');
    if (body.hasPointerCapture(e.pointerId)) {
      body.releasePointerCapture(e.pointerId);
    }
    if (!s.dragging) {
      if (!cancelled && !s.moved) {
        host.activate(s.task);
      }
      return;
    }
    const model = host.model();
    if (cancelled || s.outcome === null || model === null || !changesPlan(model, s.outcome)) {
      host.preview(null);
    } else {
      host.commit(s.outcome);
    }
  };

  const onUp = (e: PointerEvent): void => finish(e, false);
  const onCancel = (e: PointerEvent): void => finish(e, true);
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && session?.dragging) {
      const s = session;
      session = null;
      body.classList.remove('dragging', 'resizing');
      if (body.hasPointerCapture(s.pointerId)) {
        body.releasePointerCapture(s.pointerId);
      }
      host.preview(null);
    }
  };
  const onLeave = (e: PointerEvent): void => {
    if (session === null) {
      host.hover(null, e);
    }
  };

  const listeners: [string, (e: PointerEvent) => void][] = [
    ['pointerdown', onDown],
    ['pointermove', onMove],
    ['pointerup', onUp],
    ['pointercancel', onCancel],
    // Capture can also be lost without either event (the page hidden, the element gone).
    ['lostpointercapture', onCancel],
    ['pointerleave', onLeave],
  ];
  listeners.forEach(([type, listener]) => body.addEventListener(type, listener as EventListener));
  window.addEventListener('keydown', onKey);
  return () => {
    listeners.forEach(([type, listener]) => body.removeEventListener(type, listener as EventListener));
    window.removeEventListener('keydown', onKey);
  };
}
