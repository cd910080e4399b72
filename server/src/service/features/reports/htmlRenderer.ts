import type { Inline, Line, ReportDocument } from './reportDocument';

/** Plan text in HTML text or an attribute: every character that could open markup is an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/*
 * One page with everything inline: no script, no font, image or stylesheet to fetch, and a CSP
 * that forbids them anyway, so the page shows the same mailed, archived or opened offline.
 */
const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  color: #1f2328; background: #fff; margin: 2rem auto; max-width: 60rem; padding: 0 1.5rem; line-height: 1.55; font-size: 14px; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; border-bottom: 2px solid #0b5cad; padding-bottom: .35rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; color: #0b5cad; break-after: avoid; page-break-after: avoid; }
.subtitle { color: #57606a; margin: 0 0 1rem; }
.notice { border-left: 4px solid #bf8700; background: #fff8c5; padding: .45rem .75rem; margin: .5rem 0; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.alert { background: #ffebe9; color: #82071e; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
.id { color: #57606a; }
code { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: .92em; }
.blank { border: 1px dashed #8c959f; min-height: 6rem; padding: .5rem .75rem; color: #57606a; }
ul { padding-left: 1.4rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  h1 { border-bottom-color: #000; }
  h2 { color: #000; }
  .notice { background: none; border-left-color: #000; }
  td.alert { background: #ddd; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
}
`;

/** A report as one self-contained, printable HTML page. */
export function renderHtml(doc: ReportDocument): string {
  const body: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`, `<p class="subtitle">${inline(doc.subtitle, doc)}</p>`];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        body.push(`<h2>${escapeHtml(block.text)}</h2>`);
        break;
      case 'paragraph':
        body.push(`<p>${inline(block.line, doc)}</p>`);
        break;
      case 'notice':
        body.push(`<p class="notice" role="note">${inline(block.line, doc)}</p>`);
        break;
      case 'list':
        body.push(`<ul>${block.items.map((item) => `<li>${inline(item, doc)}</li>`).join('')}</ul>`);
        break;
      case 'table': {
        const numeric = new Set(block.numeric ?? []);
        const alerts = new Set((block.alerts ?? []).map((a) => `${a.row}:${a.column}`));
        const cls = (i: number, row?: number): string => {
          const names = [...(numeric.has(i) ? ['num'] : []), ...(row !== undefined && alerts.has(`${row}:${i}`) ? ['alert'] : [])];
          return names.length > 0 ? ` class="${names.join(' ')}"` : '';
        };
        const head = block.head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('');
        const rows = block.rows.map((row, r) => `<tr>${row.map((cell, i) => `<td${cls(i, r)}>${inline(cell, doc)}</td>`).join('')}</tr>`).join('\n');
        body.push(`<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`);
        break;
      }
      case 'blank':
        body.push(`<div class="blank">${escapeHtml(block.prompt)}</div>`);
        break;
    }
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.locale === 'zh-cn' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function inline(line: Line, doc: ReportDocument): string {
  return line.map((i) => run(i, doc)).join('');
}

function run(i: Inline, doc: ReportDocument): string {
  if (typeof i === 'string') {
    return escapeHtml(i);
  }
  if ('strong' in i) {
    return `<strong>${escapeHtml(i.strong)}</strong>`;
  }
  if ('code' in i) {
    return `<code>${escapeHtml(i.code)}</code>`;
  }
  if (i.name === null || i.name === '' || i.name === i.id) {
    return `<code>${escapeHtml(i.id)}</code>`;
  }
  const [open, close] = doc.locale === 'zh-cn' ? ['（', '）'] : [' (', ')'];
  return `${escapeHtml(i.name)}<span class="id">${open}${escapeHtml(i.id)}${close}</span>`;
}
