import { strict as assert } from 'node:assert';
import type { CompletionItem } from 'vscode-languageserver-types';
import schema from '../../schemas/xproj.schema.json';
import { XprojCompletion } from '../../server/src/service/features/completion';
import type { Locale } from '../../server/src/service/l10n/localize';
import { open, withCursor } from '../helpers/plan';

/** A plan with people in two departments, phases and a chain of tasks: kickoff → charter → design; launch is free. */
export const PLAN = [
  'xproj: 1',
  'project:',
  '  id: crm',
  '  name: 客户管理系统上线',
  '  owner: zhang-san',
  '  manager: li-si',
  '  start: 2026-03-02',
  '  end: 2026-05-29',
  '  status_date: 2026-03-20',
  'departments:',
  '  - {id: pmo, name: 项目管理部, head: li-si, liaison: li-si}',
  '  - {id: market, name: 市场部, head: wang-wu, liaison: wang-wu}',
  'people:',
  '  - {id: zhang-san, name: 张三, department: pmo}',
  '  - {id: li-si, name: 李四, department: pmo}',
  '  - {id: wang-wu, name: 王五, department: market}',
  'phases:',
  '  - {id: initiation, name: 启动阶段}',
  '  - {id: execution, name: 执行阶段}',
  'tasks:',
  '  - id: kickoff',
  '    name: 召开项目启动会',
  '    owner: li-si',
  '    duration: 1d',
  '  - id: charter',
  '    name: 编写项目章程',
  '    duration: 2d',
  '    depends_on: [kickoff]',
  '  - id: design',
  '    duration: 3d',
  '    depends_on: [charter]',
  '  - id: launch',
  '    duration: 1d',
].join('\n');

/** The completion items at the `|` of a text. */
export function complete(marked: string, locale: Locale = 'en'): CompletionItem[] {
  const { text, offset } = withCursor(marked);
  const { analysis, document } = open(text);
  return new XprojCompletion(locale, schema).doComplete(document, document.positionAt(offset), analysis).items;
}

export function labels(items: readonly CompletionItem[]): string[] {
  return items.map((i) => String(i.label));
}

export function item(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} among ${labels(items).join(', ')}`);
  return found;
}

/** What an item's edit does: the source text it replaces, where (0-based line, start and end character), and its new text. */
export function editOf(marked: string, it: CompletionItem): { replaces: string; range: [number, number, number]; newText: string } {
  const edit = it.textEdit;
  assert.ok(edit && 'range' in edit, 'the item has no plain text edit');
  const { text } = withCursor(marked);
  const lines = text.split('\n');
  const { start, end } = edit.range;
  assert.equal(start.line, end.line, 'edits stay on one line');
  return { replaces: lines[start.line]!.slice(start.character, end.character), range: [start.line, start.character, end.character], newText: edit.newText };
}

/** The text after applying an item's edit. */
export function applied(marked: string, it: CompletionItem): string {
  const { text } = withCursor(marked);
  const e = editOf(marked, it);
  const lines = text.split('\n');
  const line = lines[e.range[0]]!;
  lines[e.range[0]] = line.slice(0, e.range[1]) + e.newText + line.slice(e.range[2]);
  return lines.join('\n');
}
