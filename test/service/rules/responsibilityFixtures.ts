import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LeveledProblem, PlanAnalysis } from '../../../server/src/service';
import type { Span } from '../../../server/src/service/model/planModel';

/**
 * A small organisation every responsibility test starts from (lines 1–10), so that the body
 * given to `plan()` begins on line 11 and tests can state line numbers plainly.
 */
export const HEADER: readonly string[] = [
  'xproj: 1',
  'project: {id: p, name: P, start: 2026-03-02, owner: boss, manager: pm}',
  'departments:',
  '  - {id: pmo, name: 项目管理部, head: boss, liaison: pm}',
  '  - {id: market, name: 市场部, head: wang-wu, liaison: zhao-liu}',
  'people:',
  '  - {id: boss, name: 张三, department: pmo}',
  '  - {id: pm, name: 李四, department: pmo}',
  '  - {id: wang-wu, name: 王五, department: market}',
  '  - {id: zhao-liu, name: 赵六, department: market}',
];

/** The line the body of `plan()` starts on. */
export const BODY = HEADER.length + 1;

/** The shared header followed by the given lines. */
export function plan(...body: string[]): string {
  return lines(...HEADER, ...body);
}

export function lines(...text: string[]): string {
  return [...text, ''].join('\n');
}

/** A shared organisation file to import as `org.xproj.yaml`. */
export const ORG = lines(
  'xproj: 1',
  'departments:',
  '  - {id: finance, name: 财务部, head: qian-qi, liaison: qian-qi}',
  '  - {id: teaching, name: 教学部, head: sun-ba}',
  'people:',
  '  - {id: qian-qi, name: 钱七, department: finance}',
  '  - {id: sun-ba, name: 孙八, department: teaching}',
  '  - {id: zhou-jiu, name: 周九, department: teaching}',
);

/** The problems of one code, with data and related places. */
export function problemsOf(analysis: PlanAnalysis, code: string): LeveledProblem[] {
  return analysis.problems.filter((p) => p.code === code);
}

/** Where a problem's related places are: [file name, covered text, 1-based line]. */
export function relatedOf(analysis: PlanAnalysis, problem: LeveledProblem): [string, string, number][] {
  return (problem.related ?? []).map((r) => {
    const text = r.uri === analysis.uri ? analysis.text : analysis.imports.files.find((f) => f.uri === r.uri)?.text;
    if (text === undefined) {
      throw new Error(`no text for ${r.uri}`);
    }
    return [r.uri.split('/').pop()!, cover(text, r.span), TextDocument.create(r.uri, 'xproj', 0, text).positionAt(r.span.offset).line + 1];
  });
}

function cover(text: string, span: Span): string {
  return text.slice(span.offset, span.offset + span.length);
}
