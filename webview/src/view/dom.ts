const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, cls?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const key in attrs) {
    el.setAttribute(key, String(attrs[key]));
  }
  if (cls !== undefined) {
    el.setAttribute('class', cls);
  }
  return el;
}

export function html<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (cls !== undefined) {
    el.className = cls;
  }
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

/** The task id of the element under an event, from the nearest `data-task-id`. */
export function taskIdAt(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest('[data-task-id]') : null;
  return el?.getAttribute('data-task-id') ?? null;
}
