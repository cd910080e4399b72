import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { loadGenerator } from '../helpers/generator';
import { check, findings } from '../helpers/plan';
import type { PlanAnalysis } from '../../server/src/service';

/** Analyses text and proves the analysis completed: every problem has a code and a span inside the text. */
function survives(text: string): PlanAnalysis {
  const a = check(text);
  for (const p of a.problems) {
    assert.ok(p.code.length > 0);
    assert.ok(p.span.offset >= 0 && p.span.offset + p.span.length <= text.length, `span out of range for ${p.code}`);
  }
  return a;
}

const VALID = [
  'xproj: 1',
  'project: {id: p, name: 计划, start: 2026-03-02, owner: a, manager: a}',
  'people: [{id: a, name: 甲}, {id: b, name: 乙}]',
  'departments: [{id: d, name: 部门, head: a, liaison: b}]',
  'tasks:',
  '  - id: t1',
  '    owner: a',
  '    department: d',
  '    duration: 3d',
  '    raci: {R: [a], A: a, C: [d]}',
  '    subtasks:',
  '      - {id: t2, duration: 2d, depends_on: [t3]}',
  '      - {id: t3, duration: 1w, depends_on: [{task: t2, type: SS, lag: 1d}]}',
  'risks: [{id: r, title: 风险, likelihood: 5, impact: 4, owner: a}]',
  'budget: {total: 100, items: [{id: i, amount: 200}]}',
  '',
].join('\n');

describe('bad input never crashes', () => {
  it('broken YAML gives yaml-syntax diagnostics', () => {
    for (const text of [
      'project: [unclosed',
      'a:\n\tb: 1',
      'a: 1\na: 2',
      '{',
      '- - -\n  : :',
      ']]]',
      'key: "unterminated',
      '\u0000\u0001\u0002',
      '%YAML 9.9\n---\na: 1',
    ]) {
      const a = survives(text);
      assert.ok(findings(a, 'yaml-syntax').length > 0 || findings(a, 'schema').length > 0, `no diagnostic for ${JSON.stringify(text)}`);
    }
  });

  it('empty, blank, comment-only and null documents', () => {
    for (const text of ['', '   \n\n', '# just a comment\n', '---\n', 'null\n', '~']) {
      const a = survives(text);
      assert.equal(a.plan.tasks.length, 0);
    }
  });

  it('wrong types everywhere are schema problems, and the rest is still read', () => {
    const text = [
      'xproj: "one"',
      'project: [1, 2]',
      'people: {a: 1}',
      'departments: 7',
      'phases: [null, 3, [x]]',
      'tasks:',
      '  - 5',
      '  - [nested, list]',
      '  - {id: [x], name: {a: b}}',
      '  - {id: ok, duration: soon, start: yesterday, depends_on: 3, raci: [1], assignees: {x: 1}, subtasks: 9, milestone: maybe}',
      'risks: "none"',
      'budget: {total: lots, items: [{id: i, amount: "many"}], approvals: 3}',
      'meetings: [{id: m, participants: 5}]',
      'rules: {overdue: sometimes}',
      '',
    ].join('\n');
    const a = survives(text);
    assert.ok(findings(a, 'schema').length >= 10);
    assert.deepEqual(
      a.plan.tasks.map((t) => t.id),
      ['ok'],
    );
  });

  it('a 10 MB file', () => {
    const line = `    ${'项目背景说明 lorem ipsum '.repeat(4)}\n`;
    let text = 'xproj: 1\nproject:\n  id: p\n  name: P\n  start: 2026-03-02\n  description: |\n';
    text += line.repeat(Math.ceil(10_000_000 / line.length));
    text += 'tasks:\n';
    for (let i = 0; i < 2000; i++) {
      text += `  - {id: t${i}, name: 任务${i}, duration: 2d${i > 0 ? `, depends_on: [t${i - 1}]` : ''}}\n`;
    }
    const a = survives(text);
    assert.equal(a.plan.tasks.length, 2000);
  });

  it('an alias bomb is refused, not expanded', () => {
    const lines = ['xproj: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    }
    lines.push('tasks: [*a11, *a11]');
    const a = survives(lines.join('\n'));
    assert.ok(a.problems.length > 0);
  });

  it('deeply nested flow collections and subtasks', () => {
    survives(`xproj: 1\nproject: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    let text = 'xproj: 1\ntasks:\n';
    for (let d = 0; d < 120; d++) {
      text += `${'  '.repeat(2 * d)}- id: t${d}\n${'  '.repeat(2 * d)}  subtasks:\n`;
    }
    const a = survives(text);
    assert.ok(findings(a, 'schema').some((f) => /nest/.test(f.message)));
  });

  it('survives 300 random mutations of a valid plan', async () => {
    const random = (await loadGenerator()).prng(42);
    const alphabet = ['\n', ' ', '  ', ':', '-', '[', ']', '{', '}', ',', '&a', '*a', '"', "'", '#', '|', '>', 'x', '1', '任务', '\t'];
    for (let round = 0; round < 300; round++) {
      let text = VALID;
      const edits = 1 + Math.floor(random() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * text.length);
        const cut = Math.floor(random() * 6);
        const insert = random() < 0.7 ? alphabet[Math.floor(random() * alphabet.length)]! : '';
        text = text.slice(0, at) + insert + text.slice(at + cut);
      }
      survives(text);
    }
  });
});
