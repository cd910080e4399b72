import type { Block, Inline, Line, ReportDocument } from '../../../common/reportDocument';
import { REPORT_VIEW_KINDS } from './reportProtocol';
import type { FromReportViewMessage, ReportLabels, ReportViewKind, ShowReportMessage } from './reportProtocol';

type Post = (message: FromReportViewMessage) => void;

/** An element with text only: plan text never becomes markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

/** A name with its id beside it; a task of this plan is a link back to its line. */
function inline(item: Inline, tasks: ReadonlySet<string>, post: Post): Node {
  if (typeof item === 'string') {
    return document.createTextNode(item);
  }
  if ('strong' in item) {
    return el('strong', undefined, item.strong);
  }
  if ('code' in item) {
    return el('code', undefined, item.code);
  }
  const span = el('span', 'ref');
  if (item.name !== null && item.name !== item.id) {
    span.append(el('span', 'name', item.name), ' ', el('span', 'id', `(${item.id})`));
  } else {
    span.append(el('span', 'name', item.id));
  }
  if (!tasks.has(item.id)) {
    return span;
  }
  const link = el('a', 'task-link');
  link.href = '#';
  link.dataset['taskId'] = item.id;
  link.title = item.id;
  link.append(span);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    post({ type: 'reveal', taskId: item.id });
  });
  return link;
}

function line(parent: HTMLElement, content: Line, tasks: ReadonlySet<string>, post: Post): HTMLElement {
  for (const item of content) {
    parent.append(inline(item, tasks, post));
  }
  return parent;
}

function block(b: Block, tasks: ReadonlySet<string>, post: Post): HTMLElement {
  switch (b.type) {
    case 'heading':
      return el('h2', undefined, b.text);
    case 'paragraph':
      return line(el('p'), b.line, tasks, post);
    case 'notice': {
      const p = line(el('p', 'notice'), b.line, tasks, post);
      p.setAttribute('role', 'note');
      return p;
    }
    case 'list': {
      const ul = el('ul');
      for (const item of b.items) {
        ul.append(line(el('li'), item, tasks, post));
      }
      return ul;
    }
    case 'table': {
      const numeric = new Set(b.numeric ?? []);
      const table = el('table');
      const head = el('tr');
      b.head.forEach((h, i) => head.append(el('th', numeric.has(i) ? 'num' : undefined, h)));
      table.append(el('thead'), el('tbody'));
      table.tHead!.append(head);
      for (const row of b.rows) {
        const tr = el('tr');
        row.forEach((cell, i) => tr.append(line(el('td', numeric.has(i) ? 'num' : undefined), cell, tasks, post)));
        table.tBodies[0]!.append(tr);
      }
      return table;
    }
    case 'blank':
      return el('div', 'blank', b.prompt);
  }
}

/** The report: title, subtitle, then each block, in a page that follows the editor's theme. */
export function renderReport(root: HTMLElement, doc: ReportDocument, taskIds: readonly string[], post: Post): void {
  const tasks = new Set(taskIds);
  const article = el('article', 'report');
  article.lang = doc.locale === 'zh-cn' ? 'zh-CN' : 'en';
  article.append(el('h1', undefined, doc.title), line(el('p', 'subtitle'), doc.subtitle, tasks, post));
  for (const b of doc.blocks) {
    article.append(block(b, tasks, post));
  }
  root.replaceChildren(article);
}

/** The toolbar: which report, and what to do with it. */
export function renderToolbar(bar: HTMLElement, kind: ReportViewKind, labels: ReportLabels, post: Post): void {
  const select = el('select', 'kind');
  select.setAttribute('aria-label', labels.kind);
  for (const k of REPORT_VIEW_KINDS) {
    const option = el('option', undefined, labels.kinds[k]);
    option.value = k;
    option.selected = k === kind;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const picked = REPORT_VIEW_KINDS.find((k) => k === select.value);
    if (picked) {
      post({ type: 'kind', kind: picked });
    }
  });
  const button = (action: 'copyMarkdown' | 'saveMarkdown' | 'saveHtml', text: string): HTMLButtonElement => {
    const b = el('button', `action ${action}`, text);
    b.type = 'button';
    b.addEventListener('click', () => post({ type: 'action', action }));
    return b;
  };
  bar.replaceChildren(select, button('copyMarkdown', labels.copyMarkdown), button('saveMarkdown', labels.saveMarkdown), button('saveHtml', labels.saveHtml));
}

export function show(message: ShowReportMessage, bar: HTMLElement, root: HTMLElement, post: Post): void {
  renderToolbar(bar, message.kind, message.labels, post);
  renderReport(root, message.document, message.taskIds, post);
}
