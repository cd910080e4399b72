import { writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE_ACTION_KINDS } from '../service';
import type { LanguageService } from '../service';
import { readPlanFile } from '../files/planReader';
import { analyzeText } from './planLoader';

/** A fix can uncover another (a swapped range that now breaks a dependency): a few rounds settle it. */
const MAX_ROUNDS = 3;

/** What `--fix` did to one file. */
export interface FixedFile {
  readonly path: string;
  /** Problems gone, by rule code. */
  readonly fixed: Readonly<Record<string, number>>;
}

/**
 * `xproj check --fix`: applies the fixes that are safe unattended, the editor's
 * `source.fixAll.xproj` (a backwards range swapped, a start moved to what its dependencies allow,
 * the approval an amount needs, the owner made R), and writes the file back when it changed.
 */
export function fixPlan(service: LanguageService, absolutePath: string): FixedFile | undefined {
  const read = readPlanFile(absolutePath);
  if (!('text' in read)) {
    return undefined;
  }
  const before = analyzeText(service, absolutePath, read.text).analysis;
  let text = read.text;
  let analysis = before;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const document = TextDocument.create(analysis.uri, 'xproj', round, text);
    const end = document.positionAt(text.length);
    const action = service
      .doCodeActions(document, { start: { line: 0, character: 0 }, end }, { diagnostics: [], only: [SOURCE_ACTION_KINDS.fixAll] }, analysis)
      .find((a) => a.kind === SOURCE_ACTION_KINDS.fixAll);
    const edits = action?.edit?.changes?.[document.uri];
    if (!edits || edits.length === 0) {
      break;
    }
    text = TextDocument.applyEdits(document, edits);
    analysis = analyzeText(service, absolutePath, text).analysis;
  }
  if (text === read.text) {
    return undefined;
  }
  writeFileSync(absolutePath, text);
  const count = (problems: typeof before.problems): Map<string, number> => {
    const out = new Map<string, number>();
    problems.forEach((p) => out.set(p.code, (out.get(p.code) ?? 0) + 1));
    return out;
  };
  const [was, now] = [count(before.problems), count(analysis.problems)];
  const fixed: Record<string, number> = {};
  for (const [code, n] of was) {
    const gone = n - (now.get(code) ?? 0);
    if (gone > 0) {
      fixed[code] = gone;
    }
  }
  return { path: absolutePath, fixed };
}
