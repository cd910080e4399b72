import { escapeMarkdown } from '../hover/markdown';
import type { Inline, Line, ReportDocument } from './reportDocument';

/**
 * A report as Markdown that reads well pasted into a mail, 飞书/钉钉 docs or a wiki: headings,
 * GFM tables and lists, no HTML; plan text escaped, so a name never turns into markup.
 */
export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, '', inline(doc.subtitle, doc), ''];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        out.push(`## ${escapeMarkdown(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(inline(block.line, doc), '');
        break;
      case 'notice':
        out.push(`> ${inline(block.line, doc)}`, '');
        break;
      case 'list':
        out.push(...block.items.map((item) => `- ${inline(item, doc)}`), '');
        break;
      case 'table': {
        const numeric = new Set(block.numeric ?? []);
        out.push(`| ${block.head.map((h) => escapeMarkdown(h)).join(' | ')} |`);
        out.push(`|${block.head.map((_, i) => (numeric.has(i) ? '---:' : '---')).join('|')}|`);
        for (const row of block.rows) {
          out.push(`| ${row.map((cell) => inline(cell, doc) || ' ').join(' | ')} |`);
        }
        out.push('');
        break;
      }
      case 'blank':
        out.push(`*${escapeMarkdown(block.prompt)}*`, '', '1. ', '2. ', '3. ', '');
        break;
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function inline(line: Line, doc: ReportDocument): string {
  return line.map((i) => run(i, doc)).join('');
}

function run(i: Inline, doc: ReportDocument): string {
  if (typeof i === 'string') {
    return escapeMarkdown(i);
  }
  if ('strong' in i) {
    return `**${escapeMarkdown(i.strong)}**`;
  }
  if ('code' in i) {
    return escapeMarkdown(i.code);
  }
  if (i.name === null || i.name === '' || i.name === i.id) {
    return escapeMarkdown(i.id);
  }
  return doc.locale === 'zh-cn' ? `${escapeMarkdown(i.name)}（${escapeMarkdown(i.id)}）` : `${escapeMarkdown(i.name)} (${escapeMarkdown(i.id)})`;
}
