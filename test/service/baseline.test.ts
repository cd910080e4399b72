import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { BaselineReader } from '../../server/src/service/analysis/baselinePlan';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service';
import { TEST_URI as URI, check, findings, spansOf } from '../helpers/plan';
import { applyFix } from './quickFixesHarness';

/** The approved plan, v1.0: Monday 2026-03-02 start, a milestone at the end. */
const APPROVED = [
  'xproj: 1',
  'project: {id: p, name: P, owner: a, manager: b, start: 2026-03-02}',
  'people: [{id: a, name: A}, {id: b, name: B}]',
  'tasks:',
  '  - {id: design, owner: a, duration: 3d}',
  '  - {id: build, owner: a, duration: 5d, depends_on: [design]}',
  '  - {id: ready, owner: a, milestone: true, depends_on: [build]}',
  'budget:',
  '  total: 10000',
  '  items:',
  '    - {id: venue, amount: 4000}',
  'rules: {overdue: off, approval-missing: off}',
  '',
].join('\n');

/** The plan as it is now, with `baseline: v1.0` and what the test changes. */
function current(edit: (text: string) => string = (t) => t): string {
  return edit(APPROVED.replace('start: 2026-03-02}', 'start: 2026-03-02, baseline: v1.0}'));
}

const fromGit =
  (text: string): BaselineReader =>
  (uri, baseline) => {
    assert.equal(uri, 'file:///test/plan.xproj.yaml');
    return baseline === 'v1.0' ? { text } : { error: 'unknown-revision' };
  };

describe('baselines', () => {
  it('finds nothing to report when the plan is the baseline', () => {
    const a = check(current(), { readBaseline: fromGit(APPROVED) });
    assert.deepEqual(findings(a), []);
    assert.ok(a.baseline && 'plan' in a.baseline);
    assert.equal(a.baseline.plan.tasks.size, 3);
  });

  it('reports a duration changed without a change request, on the task, and the milestone and finish it pushes', () => {
    const a = check(
      current((t) => t.replace('{id: build, owner: a, duration: 5d', '{id: build, owner: b, duration: 7d')),
      { readBaseline: fromGit(APPROVED) },
    );
    assert.deepEqual(spansOf(a, 'change-unrecorded'), [['build', 6]]);
    assert.equal(
      findings(a, 'change-unrecorded')[0]!.message,
      "Task 'build' changed since the baseline (v1.0): duration 5d → 7d, owner a → b; no change request names it in `affects`.",
    );
    // build runs Thu 5 to Wed 11 in the baseline; at 7 days it ends Fri 13, and ready and the finish with it.
    assert.deepEqual(
      findings(a, 'baseline-slip').map((f) => [f.covers, f.message]),
      [
        ['v1.0', "The project is planned to finish on 2026-03-13, 2 working days after the baseline's finish 2026-03-11 (v1.0)."],
        ['ready', "Milestone 'ready' is planned for 2026-03-13, 2 working days after its baseline date 2026-03-11 (v1.0)."],
      ],
    );
  });

  it('accepts a change that a change request names, and a budget change likewise', () => {
    const edited = (t: string): string => t.replace('duration: 5d', 'duration: 7d').replace('amount: 4000', 'amount: 4500');
    const unrecorded = check(current(edited), { readBaseline: fromGit(APPROVED) });
    assert.deepEqual(spansOf(unrecorded, 'change-unrecorded'), [
      ['build', 6],
      ['4500', 11],
    ]);
    assert.equal(
      findings(unrecorded, 'change-unrecorded')[1]!.message,
      "Budget item 'venue' changed since the baseline (v1.0): 4,000 → 4,500; no change request names it in `affects`.",
    );
    const withRequest = current(edited).replace(
      'rules: {',
      'changes:\n  - {id: CR-1, summary: longer build, status: approved, affects: [build, venue]}\nrules: {',
    );
    const recorded = check(withRequest, { readBaseline: fromGit(APPROVED) });
    assert.deepEqual(findings(recorded, 'change-unrecorded'), []);
    assert.deepEqual(findings(recorded, 'unknown-reference'), []);
  });

  it('measures the milestone by the forecast when there is a status date', () => {
    const a = check(
      current((t) =>
        t
          .replace('start: 2026-03-02,', 'start: 2026-03-02, status_date: 2026-03-11,')
          .replace('{id: build, owner: a, duration: 5d', '{id: build, owner: a, duration: 5d, status: in-progress, progress: 20'),
      ),
      { readBaseline: fromGit(APPROVED) },
    );
    // build: planned 03-05..03-11; 80% of 5 is 4 days from Wed 11: 11, 12, 13, 16.
    assert.deepEqual(
      findings(a, 'baseline-slip').map((f) => f.message),
      [
        "The project is forecast to finish on 2026-03-16, 3 working days after the baseline's finish 2026-03-11 (v1.0).",
        "Milestone 'ready' is forecast for 2026-03-16, 3 working days after its baseline date 2026-03-11 (v1.0).",
      ],
    );
  });

  it('reports a baseline that cannot be read, on baseline, and checks the rest', () => {
    const unknown = check(
      current((t) => t.replace('v1.0', "'v1; rm -rf ~'")),
      { readBaseline: fromGit(APPROVED) },
    );
    assert.deepEqual(
      findings(unknown).map((f) => [f.code, f.covers, f.severity]),
      [['baseline-error', "'v1; rm -rf ~'", 'warning']],
    );
    assert.equal(findings(unknown)[0]!.message, "The baseline 'v1; rm -rf ~' cannot be read: git knows no revision of that name.");
    const noReader = check(current());
    assert.equal(findings(noReader, 'baseline-error')[0]!.message, "The baseline 'v1.0' cannot be read.");
    for (const text of ['people: [{id: x}]\n', '\u0000\u0001PNG\u0002binary', '- a\n- list\n', '']) {
      const notPlan = check(current(), { readBaseline: fromGit(text) });
      assert.deepEqual(
        findings(notPlan).map((f) => f.code),
        ['baseline-error'],
        JSON.stringify(text),
      );
      assert.match(findings(notPlan)[0]!.message, /is not an XProj plan/);
    }
    const untrusted = check(current(), { readBaseline: () => ({ error: 'untrusted' }), locale: 'zh-cn' });
    assert.equal(findings(untrusted)[0]!.message, '受限模式下不从 git 读取基线“v1.0”：信任此工作区后才能对照。');
  });

  it('reads nothing a baseline imports', () => {
    const importing = APPROVED.replace('xproj: 1\n', 'xproj: 1\nimports: [/dev/zero, ../../etc/passwd.xproj.yaml]\n');
    const a = check(current(), { readBaseline: fromGit(importing), readFile: () => assert.fail('a baseline import was read') });
    assert.deepEqual(findings(a), []);
  });

  it('parses a baseline once per text, not once per keystroke', () => {
    let reads = 0;
    const service = getLanguageService({ readBaseline: () => (reads++, { text: APPROVED }) });
    const v1 = service.analyze(TextDocument.create(URI, 'xproj', 1, current()));
    const v2 = service.analyze(
      TextDocument.create(
        URI,
        'xproj',
        2,
        current((t) => t.replace('duration: 3d', 'duration: 4d')),
      ),
      v1,
    );
    assert.equal(reads, 2);
    assert.ok(v1.baseline && v2.baseline && v1.baseline === v2.baseline, 'the same parsed baseline');
  });

  it('drafts the change request a change needs: the next CR number, the status date, the manager, proposed', () => {
    const edited = current((t) => t.replace('duration: 5d', 'duration: 7d').replace('start: 2026-03-02,', 'start: 2026-03-02, status_date: 2026-03-09,'));
    const fixed = applyFix(edited, 'change-unrecorded', "Record a change request for 'build' (proposed)", { readBaseline: fromGit(APPROVED) });
    assert.match(
      fixed,
      /\nchanges:\n {2}- \{id: CR-1, date: 2026-03-09, summary: "build: duration 5d → 7d", requested_by: b, status: proposed, affects: \[build\]\}\n/,
    );
    assert.deepEqual(findings(check(fixed, { readBaseline: fromGit(APPROVED) }), 'change-unrecorded'), []);
  });

  it('shows the forecast and the baseline in the lenses, hovers, the tree and the Gantt model, and compares on request', () => {
    const text = current((t) =>
      t
        .replace('start: 2026-03-02,', 'start: 2026-03-02, status_date: 2026-03-11,')
        .replace('{id: build, owner: a, duration: 5d', '{id: build, owner: a, duration: 5d, status: in-progress, progress: 20'),
    );
    const service = getLanguageService({ readBaseline: fromGit(APPROVED) });
    const document = TextDocument.create(URI, 'xproj', 1, text);
    const a = service.analyze(document);
    const lens = service.getCodeLenses(document, a).map((l) => service.resolveCodeLens(document, a, l).command!.title);
    assert.equal(lens[0], 'finish 2026-03-11 · forecast 03-16 · +3d · baseline 03-11 (+3d) · 3 on the critical path · 1 overdue');
    assert.equal(
      lens.find((l) => l.includes('forecast 03-16') && !l.startsWith('finish')),
      '1 dependent · critical · forecast 03-16 · +3d · baseline +3d',
    );
    const build = a.plan.tasks.find((t) => t.id === 'build')!;
    const hover = service.doHover(document, document.positionAt(build.idSpan.offset + 1), a)!;
    const md = (hover.contents as { value: string }).value;
    assert.match(md, /Forecast: 2026-03-05 \(Thu\) → 2026-03-16 \(Mon\) · \+3d/);
    assert.match(md, /Baseline \(`v1\.0`\): 2026-03-05 \(Thu\) → 2026-03-11 \(Wed\) · \+3d/);
    const tree = service.getTaskTree(a).roots as unknown as { id: string; forecastEnd: string | null; slip: number }[];
    assert.deepEqual(
      tree.map((n) => [n.id, n.forecastEnd, n.slip]),
      [
        // Not started and due: it starts on the status date, Wed 11, and takes its three days.
        ['design', '2026-03-13', 7],
        ['build', '2026-03-16', 3],
        ['ready', '2026-03-16', 3],
      ],
    );
    const gantt = service.getGanttModel(a);
    assert.deepEqual([gantt.project.forecastFinish, gantt.project.baselineFinish, gantt.project.baseline], ['2026-03-16', '2026-03-11', 'v1.0']);
    assert.deepEqual(
      gantt.tasks.map((t) => [t.id, t.forecastEnd, t.baselineEnd]),
      [
        ['design', '2026-03-13', '2026-03-04'],
        ['build', '2026-03-16', '2026-03-11'],
        ['ready', '2026-03-16', '2026-03-11'],
      ],
    );
    const compared = service.compareWithBaseline(document, a);
    assert.ok('markdown' in compared);
    assert.match(compared.markdown, /^### P: changes since `v1\.0`/);
    const other = service.compareWithBaseline(document, a, 'v9');
    assert.deepEqual(other, { error: "The baseline 'v9' cannot be read: git knows no revision of that name." });
  });
});
