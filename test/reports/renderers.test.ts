import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildReport, renderHtml, renderMarkdown, reportDocument } from '../../server/src/service';
import type { ReportDocument, WeeklyReport } from '../../server/src/service';
import { check } from '../helpers/plan';

const DOC: ReportDocument = {
  locale: 'zh-cn',
  title: '标题 <b>',
  subtitle: [{ id: 'li-na', name: '李娜' }, ' · ', { id: 'x_y', name: null }],
  blocks: [
    { type: 'heading', text: '一节' },
    { type: 'notice', line: ['注意'] },
    { type: 'list', items: [['甲'], [{ strong: '乙' }]] },
    { type: 'table', head: ['名称', '金额'], rows: [[['a|b'], ['1,000 CNY']]], numeric: [1] },
    { type: 'blank', prompt: '待填写' },
  ],
};

describe('report renderers', () => {
  it('write Markdown with names and ids, GFM tables (numbers right-aligned) and spaces to fill in', () => {
    assert.equal(
      renderMarkdown(DOC),
      [
        '# 标题 \\<b\\>',
        '',
        '李娜（li-na） · x\\_y',
        '',
        '## 一节',
        '',
        '> 注意',
        '',
        '- 甲',
        '- **乙**',
        '',
        '| 名称 | 金额 |',
        '|---|---:|',
        '| a\\|b | 1,000 CNY |',
        '',
        '*待填写*',
        '',
        '1. ',
        '2. ',
        '3. ',
        '',
      ].join('\n'),
    );
  });

  it('write one self-contained HTML page: its language, a CSP that forbids fetching, print CSS', () => {
    const html = renderHtml(DOC);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(html, /@media print \{/);
    assert.match(html, /@page \{ size: A4;/);
    assert.doesNotMatch(html, /<script|<link|src=|href=|url\(|@import/);
    assert.match(html, /<title>标题 &lt;b&gt;<\/title>/);
    assert.match(html, /李娜<span class="id">（li-na）<\/span> · <code>x_y<\/code>/);
    assert.match(html, /<td>a\|b<\/td><td class="num">1,000 CNY<\/td>/);
  });

  it('say which tasks have no escalation path when the plan has none', () => {
    const text = `xproj: 1
project: {id: p, name: P, owner: boss, manager: boss, start: 2026-03-02, status_date: 2026-03-20}
people: [{id: boss, name: 老板}]
tasks:
  - {id: a, owner: boss, start: 2026-03-02, duration: 1d}
`;
    const w = buildReport(check(text), { kind: 'weekly', locale: 'en' }) as WeeklyReport;
    assert.deepEqual([w.overdue, w.escalations], [['a'], []]);
    const row = renderMarkdown(reportDocument(w, 'en'))
      .split('\n')
      .find((l) => l.startsWith('| a |'));
    assert.equal(row, '| a | 老板 (boss) | — | overdue | 2026-03-02 | no escalation path |');
  });
});
