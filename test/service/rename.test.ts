import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, WorkspaceEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service';
import type { PlanAnalysis } from '../../server/src/service';
import { RenameRefusal, XprojRename } from '../../server/src/service/features/rename';
import type { RenameRefusalReason } from '../../server/src/service/features/rename';
import { parseIsoDate } from '../../common/dates';
import { TEST_URI, open, withCursor } from '../helpers/plan';

const ORG = `xproj: 1
departments:
  - {id: market, name: 市场部, head: wang}
people:
  - {id: wang, name: 王五, department: market}
  - {id: zhao, name: 赵六}
phases:
  - {id: init, name: 启动}
`;

const PLAN = `xproj: 1
imports: [org.xproj.yaml]
project: {id: crm, name: 客户管理, owner: wang, manager: li, start: 2026-03-02}
people:
  - {id: li, name: 李四, department: market}
tasks:
  - id: kickoff
    owner: li
    phase: init
    duration: 1d
    raci: {R: [li], A: wang, C: [market]}
  - id: "design"
    owner: wang
    depends_on: ['kickoff', {task: kickoff, lag: 1d}]
    duration: 2d
risks:
  - {id: r1, title: 风险, likelihood: 3, impact: 5, owner: li, affects: [design]}
budget:
  items:
    - {id: venue, amount: 100, task: kickoff, approved_by: finance}
meetings:
  - {id: weekly, name: 周例会, chair: li, participants: [all, market]}
changes:
  - {id: CR-1, summary: 延期, requested_by: li, approved_by: wang, affects: [design]}
`;

const OTHER = `xproj: 1
imports: [org.xproj.yaml]
project: {id: other, owner: wang, start: 2026-03-02}
tasks:
  - {id: kickoff, owner: zhao, phase: init, duration: 1d, raci: {R: [wang], A: wang}}
`;

const ORG_URI = 'file:///test/org.xproj.yaml';
const OTHER_URI = 'file:///test/other.xproj.yaml';
const rename = new XprojRename('en');

function at(marked: string, text = PLAN): { analysis: PlanAnalysis; document: TextDocument; position: Position } {
  const plain = marked.replace('|', '');
  assert.equal(text.split(plain).length, 2, `'${plain}' must occur once`);
  const { text: t, offset } = withCursor(text.replace(plain, marked));
  const { analysis, document } = open(t, { files: { 'org.xproj.yaml': ORG } });
  return { analysis, document, position: document.positionAt(offset) };
}

function otherPlan(text = OTHER): PlanAnalysis {
  const service = getLanguageService({ readFile: (u) => (u === ORG_URI ? ORG : undefined), today: () => parseIsoDate('2026-03-20')! });
  return service.analyze(TextDocument.create(OTHER_URI, 'xproj', 0, text));
}

/** Applies a workspace edit to the test files; returns the changed files' new texts by file name. */
function apply(edit: WorkspaceEdit | null, other = OTHER): Record<string, string> {
  const texts: Record<string, string> = { [TEST_URI]: PLAN, [ORG_URI]: ORG, [OTHER_URI]: other };
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
    const name = uri.split('/').pop()!.replace('.xproj.yaml', '');
    out[name] = TextDocument.applyEdits(TextDocument.create(uri, 'xproj', 0, texts[uri]!), edits);
  }
  return out;
}

function renamed(marked: string, newName: string, others: PlanAnalysis[] = []): Record<string, string> {
  const { analysis, document, position } = at(marked);
  return apply(rename.doRename(document, position, newName, analysis, others));
}

function refusal(action: () => unknown): { reason: RenameRefusalReason; message: string } {
  try {
    action();
  } catch (e) {
    assert.ok(e instanceof RenameRefusal, String(e));
    return { reason: e.reason, message: e.message };
  }
  assert.fail('expected a RenameRefusal');
}

describe('rename', () => {
  it('renames a task from a reference, keeping single quotes', () => {
    assert.deepEqual(renamed("depends_on: ['kick|off'", 'start-up', [otherPlan()]), { plan: PLAN.replaceAll('kickoff', 'start-up') });
  });

  it('renames a task from its quoted definition, inside the quotes', () => {
    assert.deepEqual(renamed('id: "des|ign"', '设计-v2'), { plan: PLAN.replaceAll('design', '设计-v2') });
  });

  it('quotes a plain id when the new name would read as a number or boolean', () => {
    assert.deepEqual(renamed('id: kick|off', '1.2'), {
      plan: PLAN.replace('id: kickoff', 'id: "1.2"')
        .replace("['kickoff'", "['1.2'")
        .replace('task: kickoff,', 'task: "1.2",')
        .replace('task: kickoff,', 'task: "1.2",'),
    });
    assert.equal(renamed('chair: l|i', 'yes').plan!.match(/"yes"/g)?.length, 7);
  });

  it('renames a person of this plan everywhere in it', () => {
    assert.deepEqual(renamed('R: [l|i]', 'li-si'), { plan: PLAN.replace(/\bli\b/g, 'li-si') });
  });

  it('renames an imported person in the org file, this plan and other plans', () => {
    assert.deepEqual(renamed('A: wa|ng', 'wang-wu', [otherPlan()]), {
      plan: PLAN.replaceAll('wang', 'wang-wu'),
      other: OTHER.replaceAll('wang', 'wang-wu'),
      org: ORG.replaceAll('wang', 'wang-wu'),
    });
  });

  it('takes the org file from the open plans when it is open itself', () => {
    const service = getLanguageService({ today: () => parseIsoDate('2026-03-20')! });
    const org = service.analyze(TextDocument.create(ORG_URI, 'xproj', 0, ORG));
    assert.deepEqual(renamed('A: wa|ng', 'wang-wu', [org, otherPlan()]), {
      plan: PLAN.replaceAll('wang', 'wang-wu'),
      org: ORG.replaceAll('wang', 'wang-wu'),
      other: OTHER.replaceAll('wang', 'wang-wu'),
    });
  });

  it('renames an imported department and phase, touching only the files that use them', () => {
    assert.deepEqual(renamed('C: [mar|ket]', 'marketing', [otherPlan()]), {
      plan: PLAN.replaceAll('market', 'marketing'),
      org: ORG.replaceAll('market', 'marketing'),
    });
    assert.deepEqual(renamed('phase: in|it', '启动阶段', [otherPlan()]), {
      plan: PLAN.replace('phase: init', 'phase: 启动阶段'),
      other: OTHER.replace('phase: init', 'phase: 启动阶段'),
      org: ORG.replace('id: init', 'id: 启动阶段'),
    });
  });

  it('renames risks, budget items, meetings and changes', () => {
    const cases: [string, string, string][] = [
      ['{id: r|1', 'R-001', '{id: R-001'],
      ['{id: ven|ue', '场地', '{id: 场地'],
      ['{id: week|ly', 'weekly_sync', '{id: weekly_sync'],
      ['{id: CR|-1', 'CR.2', '{id: CR.2'],
    ];
    for (const [marked, newName, written] of cases) {
      assert.deepEqual(renamed(marked, newName), { plan: PLAN.replace(marked.replace('|', ''), written) }, marked);
    }
  });

  it('edits an anchored id once, for the definition and its aliases', () => {
    const text = 'xproj: 1\ntasks:\n  - id: &k kickoff\n  - id: b\n    depends_on: [*k, kickoff]\n';
    const { analysis, document, position } = at('id: &k kick|off', text);
    const edit = rename.doRename(document, position, 'start', analysis);
    assert.equal(TextDocument.applyEdits(document, edit!.changes![TEST_URI]!), text.replaceAll('kickoff', 'start'));
  });

  it('returns no edit when the name does not change', () => {
    const { analysis, document, position } = at('owner: l|i\n    phase');
    assert.equal(rename.doRename(document, position, 'li', analysis), null);
  });
});

describe('prepare rename', () => {
  it('offers the id inside its quotes', () => {
    for (const [marked, line, start] of [
      ["['kick|off'", 13, 18],
      ['id: "des|ign"', 11, 9],
      ['A: wa|ng', 10, 23],
    ] as const) {
      const { analysis, document, position } = at(marked);
      const result = rename.prepareRename(document, position, analysis);
      const id = marked.replace(/["'|[]/g, '').replace(/^.*: /, '');
      assert.deepEqual(result, { range: { start: { line, character: start }, end: { line, character: start + id.length } }, placeholder: id }, marked);
    }
  });

  it('refuses role words, keywords, unknown ids and positions not on an id', () => {
    const cases: [string, RenameRefusalReason, RegExp][] = [
      ['approved_by: fin|ance', 'role', /'finance' is a role word/],
      ['participants: [a|ll', 'keyword', /'all' is a keyword/],
      ['name: 周例|会', 'not-an-id', /Place the cursor/],
      ['dura|tion: 2d', 'not-an-id', /Place the cursor/],
      ['imports: [org|.xproj.yaml]', 'not-an-id', /Place the cursor/],
      ['{id: c|rm', 'not-an-id', /Place the cursor/],
    ];
    for (const [marked, reason, message] of cases) {
      const { analysis, document, position } = at(marked);
      const r = refusal(() => rename.prepareRename(document, position, analysis));
      assert.equal(r.reason, reason, marked);
      assert.match(r.message, message);
      assert.equal(refusal(() => rename.doRename(document, position, 'x', analysis)).reason, reason);
    }
    const unknown = at('chair: nob|ody', PLAN.replace('chair: li', 'chair: nobody'));
    assert.deepEqual(
      refusal(() => rename.prepareRename(unknown.document, unknown.position, unknown.analysis)),
      {
        reason: 'unknown',
        message: "'nobody' is not defined in this plan or its imports, so there is nothing to rename.",
      },
    );
  });

  it('speaks Chinese when asked', () => {
    const { analysis, document, position } = at('approved_by: fin|ance');
    assert.match(refusal(() => new XprojRename('zh-cn').prepareRename(document, position, analysis)).message, /角色词/);
  });
});

describe('rename refusals for new names', () => {
  it('refuses invalid names', () => {
    const { analysis, document, position } = at('id: kick|off');
    for (const name of ['', 'a b', 'a:b', 'x/y', '"q"']) {
      assert.equal(refusal(() => rename.doRename(document, position, name, analysis)).reason, 'invalid-name', name);
    }
  });

  it('refuses a name another entity of the same kind has, here, in the imports or in plans that see it', () => {
    const task = at('id: kick|off');
    assert.deepEqual(
      refusal(() => rename.doRename(task.document, task.position, 'design', task.analysis)),
      {
        reason: 'collision',
        message: "A task with the id 'design' already exists.",
      },
    );
    const person = at('R: [l|i]');
    assert.equal(refusal(() => rename.doRename(person.document, person.position, 'zhao', person.analysis)).reason, 'collision');
    assert.ok(rename.doRename(person.document, person.position, 'market', person.analysis), 'a department id is free for a person');
    const imported = at('A: wa|ng');
    const other = otherPlan(OTHER.replace('tasks:', 'people: [{id: zhou}]\ntasks:'));
    assert.ok(rename.doRename(imported.document, imported.position, 'zhou', imported.analysis));
    assert.equal(refusal(() => rename.doRename(imported.document, imported.position, 'zhou', imported.analysis, [other])).reason, 'collision');
  });
});
