import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import type { DocumentHighlight, Location, Position, Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service';
import type { PlanAnalysis } from '../../server/src/service';
import { XprojNavigation } from '../../server/src/service/features/navigation';
import { parseIsoDate } from '../../common/dates';
import { TEST_URI, open, withCursor } from '../helpers/plan';

const ORG = `xproj: 1
departments:
  - {id: market, name: 市场部, head: wang, liaison: zhao}
people:
  - {id: wang, name: 王五, department: market}
  - {id: zhao, name: 赵六}
phases:
  - {id: init, name: 启动}
`;

const PLAN = `xproj: 1
imports: [org.xproj.yaml]
project:
  id: crm
  name: 客户管理
  owner: wang
  manager: li
  start: 2026-03-02
people:
  - {id: li, name: 李四, department: market}
tasks:
  - id: kickoff
    name: 启动会
    phase: init
    owner: li
    duration: 1d
    raci: {R: [li], A: wang, C: [market]}
  - id: design
    owner: wang
    depends_on: [kickoff]
    duration: 2d
risks:
  - {id: r1, title: 风险, likelihood: 3, impact: 5, owner: li, affects: [kickoff]}
budget:
  total: 1000
  approvals:
    - {approver: finance}
  items:
    - {id: venue, amount: 100, task: kickoff, approved_by: finance}
`;

/** Another open plan that uses the same organisation file. */
const OTHER = `xproj: 1
imports: [org.xproj.yaml]
project: {id: other, name: 其他, owner: wang, start: 2026-03-02}
tasks:
  - {id: kickoff, owner: zhao, phase: init, duration: 1d, raci: {R: [wang], A: wang}}
`;

const nav = new XprojNavigation('en');
const uriOf = (path: string): string => new URL(path, TEST_URI).toString();

/** The plan with `|` put where `marked` (the same text with a `|` in it) occurs, analysed with the org file. */
function at(
  marked: string,
  text = PLAN,
  files: Record<string, string> = { 'org.xproj.yaml': ORG },
): { analysis: PlanAnalysis; document: TextDocument; position: Position } {
  const plain = marked.replace('|', '');
  assert.equal(text.split(plain).length, 2, `'${plain}' must occur once`);
  const { text: t, offset } = withCursor(text.replace(plain, marked));
  const { analysis, document } = open(t, { files });
  return { analysis, document, position: document.positionAt(offset) };
}

/** Analyses of other workspace plans, by path relative to the test plan. */
function others(files: Record<string, string>, ...paths: string[]): PlanAnalysis[] {
  const texts = new Map(Object.entries(files).map(([p, t]) => [uriOf(p), t]));
  const service = getLanguageService({ readFile: (u) => texts.get(u), today: () => parseIsoDate('2026-03-20')! });
  return paths.map((p) => service.analyze(TextDocument.create(uriOf(p), 'xproj', 0, texts.get(uriOf(p))!)));
}

const TEXTS: Record<string, string> = { [TEST_URI]: PLAN, [uriOf('org.xproj.yaml')]: ORG, [uriOf('other.xproj.yaml')]: OTHER };

/** `file:line:column text` (1-based) of a range in one of the test files. */
function show(uri: string, range: Range): string {
  const doc = TextDocument.create(uri, 'xproj', 0, TEXTS[uri]!);
  const name = uri.split('/').pop()!.replace('.xproj.yaml', '');
  return `${name}:${range.start.line + 1}:${range.start.character + 1} ${doc.getText(range)}`;
}
const showAll = (locations: Location[]): string[] => locations.map((l) => show(l.uri, l.range));
const showHighlights = (hs: DocumentHighlight[]): string[] => hs.map((h) => `${show(TEST_URI, h.range)} ${h.kind}`);

describe('go to definition', () => {
  it('goes from a dependency to the task in this file', () => {
    const { analysis, document, position } = at('depends_on: [kick|off]');
    assert.deepEqual(showAll(nav.findDefinition(document, position, analysis)), ['plan:12:9 kickoff']);
  });

  it('goes from an owner to a person of this file, at either end of the id', () => {
    for (const marked of ['owner: |li\n    duration', 'owner: li|\n    duration']) {
      const { analysis, document, position } = at(marked);
      assert.deepEqual(showAll(nav.findDefinition(document, position, analysis)), ['plan:10:10 li']);
    }
  });

  it('goes into the imported file for people, departments and phases', () => {
    const cases: [string, string][] = [
      ['A: wa|ng', 'org:5:10 wang'],
      ['C: [mar|ket]', 'org:3:10 market'],
      ['phase: in|it', 'org:8:10 init'],
      ['owner: w|ang\n  manager', 'org:5:10 wang'],
    ];
    for (const [marked, expected] of cases) {
      const { analysis, document, position } = at(marked);
      const locations = nav.findDefinition(document, position, analysis);
      assert.deepEqual(showAll(locations), [expected], marked);
      assert.equal(locations[0]!.uri, 'file:///test/org.xproj.yaml');
    }
  });

  it('goes from an import path to the start of that file', () => {
    const { analysis, document, position } = at('imports: [org.x|proj.yaml]');
    assert.deepEqual(nav.findDefinition(document, position, analysis), [
      { uri: 'file:///test/org.xproj.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    ]);
  });

  it('has no definition for a missing import, role words, unknown ids or plain text', () => {
    const missing = at('imports: [no|where.xproj.yaml]', PLAN.replace('org.xproj.yaml', 'nowhere.xproj.yaml'));
    assert.deepEqual(nav.findDefinition(missing.document, missing.position, missing.analysis), []);
    for (const marked of ['approver: fin|ance', 'owner: nob|ody', 'name: 启|动会']) {
      const text = PLAN.replace('owner: li, affects', 'owner: nobody, affects');
      const { analysis, document, position } = at(marked, text);
      assert.deepEqual(nav.findDefinition(document, position, analysis), [], marked);
    }
  });

  it('answers a definition with itself', () => {
    const { analysis, document, position } = at('id: desi|gn');
    assert.deepEqual(showAll(nav.findDefinition(document, position, analysis)), ['plan:18:9 design']);
  });
});

describe('find references', () => {
  it('lists a task’s references, with and without the declaration', () => {
    const { analysis, document, position } = at('id: kick|off');
    const refs = ['plan:20:18 kickoff', 'plan:23:72 kickoff', 'plan:29:38 kickoff'];
    assert.deepEqual(showAll(nav.findReferences(document, position, analysis, false)), refs);
    assert.deepEqual(showAll(nav.findReferences(document, position, analysis, true)), ['plan:12:9 kickoff', ...refs]);
  });

  it('keeps tasks to their own plan even when others have the same id', () => {
    const { analysis, document, position } = at('depends_on: [kick|off]');
    const other = others({ 'org.xproj.yaml': ORG, 'other.xproj.yaml': OTHER }, 'other.xproj.yaml');
    assert.equal(nav.findReferences(document, position, analysis, false, other).length, 3);
  });

  it('finds an imported person in this plan, the org file and other plans', () => {
    const { analysis, document, position } = at('A: wa|ng');
    const here = ['plan:6:10 wang', 'plan:17:24 wang', 'plan:19:12 wang'];
    assert.deepEqual(showAll(nav.findReferences(document, position, analysis, false)), [...here, 'org:3:35 wang']);
    const other = others({ 'org.xproj.yaml': ORG, 'other.xproj.yaml': OTHER }, 'other.xproj.yaml');
    assert.deepEqual(showAll(nav.findReferences(document, position, analysis, true, other)), [
      ...here,
      'other:3:39 wang',
      'other:5:70 wang',
      'other:5:80 wang',
      'org:5:10 wang',
      'org:3:35 wang',
    ]);
  });

  it('finds uses in importing plans of an entity defined in this file', () => {
    const { analysis, document, position } = at('{id: zh|ao', ORG, {});
    const other = others({ 'plan.xproj.yaml': ORG, 'other.xproj.yaml': OTHER.replace('org.xproj.yaml', 'plan.xproj.yaml') }, 'other.xproj.yaml');
    const locations = nav.findReferences(document, position, analysis, true, other);
    assert.deepEqual(
      locations.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line + 1}:${l.range.start.character + 1}`),
      ['plan.xproj.yaml:6:10', 'plan.xproj.yaml:3:50', 'other.xproj.yaml:5:26'],
    );
  });

  it('skips plans that do not import the defining file', () => {
    const { analysis, document, position } = at('A: wa|ng');
    const lonely = others({ 'lonely.xproj.yaml': 'xproj: 1\npeople: [{id: wang}]\ntasks: [{id: t, owner: wang}]\n' }, 'lonely.xproj.yaml');
    assert.equal(nav.findReferences(document, position, analysis, false, lonely).length, 4);
  });

  it('lists the same role word for a role word', () => {
    const { analysis, document, position } = at('approver: fin|ance');
    assert.deepEqual(showAll(nav.findReferences(document, position, analysis, true)), ['plan:27:18 finance', 'plan:29:60 finance']);
  });
});

describe('document highlights', () => {
  it('marks the definition Write and references Read', () => {
    const { analysis, document, position } = at('R: [l|i]');
    assert.deepEqual(showHighlights(nav.findDocumentHighlights(document, position, analysis)), [
      `plan:10:10 li ${DocumentHighlightKind.Write}`,
      `plan:7:12 li ${DocumentHighlightKind.Read}`,
      `plan:15:12 li ${DocumentHighlightKind.Read}`,
      `plan:17:16 li ${DocumentHighlightKind.Read}`,
      `plan:23:58 li ${DocumentHighlightKind.Read}`,
    ]);
  });

  it('marks only reads for an imported entity, and nothing in other files', () => {
    const { analysis, document, position } = at('C: [mar|ket]');
    assert.deepEqual(showHighlights(nav.findDocumentHighlights(document, position, analysis)), [
      `plan:10:36 market ${DocumentHighlightKind.Read}`,
      `plan:17:34 market ${DocumentHighlightKind.Read}`,
    ]);
  });

  it('marks role words as text, and nothing on plain values', () => {
    const role = at('approved_by: fin|ance');
    assert.deepEqual(
      nav.findDocumentHighlights(role.document, role.position, role.analysis).map((h) => h.kind),
      [DocumentHighlightKind.Text, DocumentHighlightKind.Text],
    );
    const plain = at('name: 客|户管理');
    assert.deepEqual(nav.findDocumentHighlights(plain.document, plain.position, plain.analysis), []);
  });
});
