import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { REPORT_FORMATS, REPORT_KINDS, buildReport, renderReport } from '../../server/src/service';
import type { WeeklyReport } from '../../server/src/service';
import { check } from '../helpers/plan';

const CYCLE = `xproj: 1
project: {id: p, name: P, owner: pm, manager: pm, start: 2026-03-02, status_date: 2026-03-20}
people: [{id: pm, name: 经理}]
tasks:
  - {id: a, owner: pm, duration: 2d, depends_on: [b]}
  - {id: b, owner: pm, duration: 2d, depends_on: [a]}
`;

const GARBAGE = [
  '',
  'xproj: 1',
  '[1, 2]',
  'project: 5\ntasks: 7',
  'xproj: 1\nproject: {id: p, name: P, start: 2026-03-02}\ntasks:\n  - {id: a, duration: banana, status: lost, progress: lots}\n  - {id: a}\nbudget: {total: many, items: [{id: i, amount: x}]}\nrisks: [{id: r, likelihood: 9}]',
  'xproj: 1\nproject: {id: p, name: P, start: 2026-03-02\ntasks: [',
  'xproj: 1\ndepartments: [{id: d, name: D}]\npeople: [{id: x, name: X}]',
];

describe('reports of bad plans', () => {
  it('are still produced for a plan with a cycle, with notices of the cycle and the errors', () => {
    const w = buildReport(check(CYCLE), { kind: 'weekly', locale: 'en' }) as WeeklyReport;
    assert.deepEqual(
      w.notices.map((n) => n.kind),
      ['plan-problems', 'cycles'],
    );
    const md = renderReport(w, 'markdown', 'en');
    assert.match(md, /> The plan has 2 errors and 2 warnings; dates and figures drawn from it may be wrong\./);
    assert.match(md, /> 1 dependency cycle: the tasks on it are scheduled as if the cycle's links were absent/);
    assert.match(renderReport(w, 'markdown', 'zh-cn'), /> 存在 1 个循环依赖/);
  });

  it('never throw: every kind in every format, for schema errors, syntax errors and libraries', () => {
    for (const text of GARBAGE) {
      const analysis = check(text);
      for (const kind of REPORT_KINDS) {
        const model = buildReport(analysis, { kind, locale: 'zh-cn' });
        assert.equal(model.kind, kind);
        for (const format of REPORT_FORMATS) {
          assert.ok(renderReport(model, format, 'zh-cn').length > 0, `${kind} ${format} of ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('say when the file is a library, not a plan', () => {
    const model = buildReport(check(GARBAGE[6]!), { kind: 'risks', locale: 'en' });
    assert.ok(model.notices.some((n) => n.kind === 'no-project'));
  });

  it('escape plan text: no markup from names in HTML, no broken tables in Markdown', () => {
    const hostile = `xproj: 1
project: {id: p, name: "<img src=x onerror=alert(1)>", owner: pm, manager: pm, start: 2026-03-02, status_date: 2026-03-20}
people: [{id: pm, name: "</td><script>alert('x')</script>"}]
tasks:
  - {id: a, name: "a | b **c** [d](http://e)", owner: pm, start: 2026-03-20, duration: 1d}
`;
    const w = buildReport(check(hostile), { kind: 'weekly', locale: 'en' });
    const html = renderReport(w, 'html', 'en');
    assert.doesNotMatch(html, /<script|<img|onerror=alert\(1\)>/);
    assert.match(html, /&lt;\/td&gt;&lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /<link|<script|url\(|@import/);
    const md = renderReport(w, 'markdown', 'en');
    const row = md.split('\n').find((l) => l.includes('(a)'))!;
    assert.equal(
      row,
      "| a \\| b \\*\\*c\\*\\* \\[d\\](http://e) (a) | &lt;/td&gt;&lt;script&gt;alert('x')&lt;/script&gt; (pm) | — | 2026-03-20 | 2026-03-20 | 0% |"
        .replace(/&lt;/g, '\\<')
        .replace(/&gt;/g, '\\>'),
    );
  });
});
