import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service';
import type { LeveledProblem } from '../../server/src/service';
import { MAX_PROBLEMS, capProblems } from '../../server/src/service/features/problemCap';
import { TEST_PARSE_OPTIONS, TEST_URI } from '../helpers/plan';

function problem(offset: number, severity: LeveledProblem['severity'], code: LeveledProblem['code'] = 'missing-owner'): LeveledProblem {
  return { code, severity, span: { offset, length: 1 }, message: `${severity} at ${offset}` };
}

const shape = (problems: readonly LeveledProblem[]): string[] => problems.map((p) => `${p.span.offset} ${p.severity} ${p.code}`);

/** A plan whose tasks alternate between an unknown owner (an error) and none (a warning). */
function noisyPlan(tasks: number): string {
  const lines = ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}', 'people: [{id: a, name: A}]', 'tasks:'];
  for (let i = 0; i < tasks; i++) {
    lines.push(i % 2 === 0 ? `  - {id: t${i}, owner: nobody, duration: 1d}` : `  - {id: t${i}, duration: 1d}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('capProblems: what one document shows', () => {
  it('shows everything up to the limit, and everything when the limit is 0', () => {
    const problems = [problem(1, 'warning'), problem(5, 'error')];
    assert.equal(capProblems(problems, 2, 'en'), problems);
    assert.equal(capProblems(problems, 0, 'en'), problems);
  });

  it('keeps errors first, each severity in document order, and puts a summary of the rest at the start', () => {
    const problems = [
      problem(1, 'hint'),
      problem(2, 'warning'),
      problem(3, 'error', 'unknown-reference'),
      problem(4, 'warning'),
      problem(5, 'error', 'date-order'),
      problem(6, 'info'),
      problem(7, 'warning'),
    ];
    const capped = capProblems(problems, 3, 'en');
    assert.deepEqual(shape(capped), ['0 warning missing-owner', '2 warning missing-owner', '3 error unknown-reference', '5 error date-order']);
    assert.deepEqual(capped[0], {
      code: 'missing-owner',
      severity: 'warning',
      span: { offset: 0, length: 0 },
      message:
        '3 of 7 problems are shown, errors first; 4 more are not (2 warnings, 1 info, 1 hint). Run `xproj check --max-problems 0` on this file to list them all.',
      data: { hiddenProblems: 4, hiddenBySeverity: { error: 0, warning: 2, info: 1, hint: 1 } },
    });
  });

  it('drops later errors when there are more errors than room, the summary then an error', () => {
    const problems = [problem(1, 'warning'), problem(2, 'error', 'schema'), problem(3, 'error', 'duplicate-id'), problem(4, 'error', 'date-order')];
    const capped = capProblems(problems, 1, 'en');
    assert.deepEqual(shape(capped), ['0 error duplicate-id', '2 error schema']);
    assert.equal(
      capped[0]!.message,
      '1 of 4 problems are shown, errors first; 3 more are not (2 errors, 1 warning). Run `xproj check --max-problems 0` on this file to list them all.',
    );
  });

  it('says it in Chinese', () => {
    const capped = capProblems([problem(1, 'error'), problem(2, 'error'), problem(3, 'hint')], 1, 'zh-cn');
    assert.equal(
      capped[0]!.message,
      '共 3 个问题，仅显示 1 个（错误优先）；其余 2 个未显示（1 个错误、1 条建议）。对此文件运行 `xproj check --max-problems 0` 可列出全部。',
    );
  });
});

describe('doValidation: bounded diagnostics', () => {
  const text = noisyPlan(2400);
  const service = getLanguageService({ parseOptions: TEST_PARSE_OPTIONS, today: () => 20_000 });
  const document = TextDocument.create(TEST_URI, 'xproj', 1, text);
  const analysis = service.analyze(document);

  it('publishes at most MAX_PROBLEMS and one summary, errors before warnings', () => {
    assert.equal(MAX_PROBLEMS, 1000);
    assert.equal(analysis.problems.length, 2400);
    const diagnostics = service.doValidation(document, analysis);
    assert.equal(diagnostics.length, 1001);
    const [summary, ...shown] = diagnostics;
    assert.deepEqual(summary, {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'unknown-reference',
      source: 'xproj',
      message:
        '1,000 of 2,400 problems are shown, errors first; 1,400 more are not (200 errors, 1,200 warnings). Run `xproj check --max-problems 0` on this file to list them all.',
      data: { hiddenProblems: 1400, hiddenBySeverity: { error: 200, warning: 1200, info: 0, hint: 0 } },
    });
    assert.ok(shown.every((d) => d.severity === DiagnosticSeverity.Error && d.code === 'unknown-reference'));
    assert.deepEqual([shown[0]!.range.start.line, shown[999]!.range.start.line], [4, 4 + 2 * 999]);
  });

  it('publishes everything when asked with 0', () => {
    assert.equal(service.doValidation(document, analysis, { maxProblems: 0 }).length, 2400);
  });

  it('offers no quick fix for the summary, though it carries a rule code', () => {
    const [summary] = service.doValidation(document, analysis);
    const actions = service.doCodeActions(document, summary!.range, { diagnostics: [summary!], only: ['quickfix'] }, analysis);
    assert.deepEqual(actions, []);
  });

  it('caps the early diagnostics of a large plan the same way', () => {
    const many = `xproj: 1\ntasks:\n${Array.from({ length: 1500 }, (_, i) => `  - {id: t${i}, bogus: 1}`).join('\n')}\n`;
    const early = service.draftAnalysis(TextDocument.create(TEST_URI, 'xproj', 1, many)).earlyDiagnostics();
    assert.equal(early.length, 1001);
    assert.deepEqual(
      [early[0]!.code, early[0]!.message, early[1]!.message],
      [
        'schema',
        '1,000 of 1,500 problems are shown, errors first; 500 more are not (500 errors). Run `xproj check --max-problems 0` on this file to list them all.',
        "Unknown key 'bogus' in a task.",
      ],
    );
  });
});
