import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readPlanFile } from '../files/planReader';
import type { LanguageService, LeveledProblem, PortfolioPlan } from '../service';
import type { CheckOutcome } from './parallelCheck';
import { placeAll } from './planLoader';
import type { PlacedLocation } from './planLoader';
import { severityCounts } from './report';

/**
 * `xproj check --portfolio`: the plans checked are checked together as well, and each outcome
 * gets the problems the portfolio adds, capped and counted with its own. The plans were analysed
 * (perhaps in workers) with their portfolio summaries; only files that get problems are read again,
 * to place them.
 */
export function addPortfolioProblems(
  service: LanguageService,
  paths: readonly string[],
  outcomes: readonly CheckOutcome[],
  maxProblems?: number,
): CheckOutcome[] {
  const plans: PortfolioPlan[] = [];
  for (const o of outcomes) {
    if (o.kind === 'checked' && o.portfolio) {
      plans.push(o.portfolio.plan);
    }
  }
  const { problems: extra } = service.checkPortfolio(plans);
  const documents = new Map<string, TextDocument | undefined>();
  return outcomes.map((outcome, i) => {
    const added = outcome.kind === 'checked' && outcome.portfolio ? extra.get(outcome.portfolio.plan.uri) : undefined;
    if (!added || outcome.kind !== 'checked' || !outcome.portfolio) {
      return outcome;
    }
    const read = readPlanFile(paths[i]!);
    if (!('text' in read)) {
      return { kind: 'unreadable', error: read.error, ...(read.detail !== undefined ? { detail: read.detail } : {}) };
    }
    const document = TextDocument.create(pathToFileURL(paths[i]!).href, 'xproj', 1, read.text);
    const all = [...outcome.portfolio.problems, ...added].sort((a, b) => a.span.offset - b.span.offset || a.span.length - b.span.length);
    const shown = service.capProblems(all, maxProblems);
    const placed = placeAll(document, shown).map((p, n) => (added.includes(shown[n]!) ? { ...p, related: placeRelated(shown[n]!, documents) } : p));
    return { kind: 'checked', problems: placed, counts: severityCounts(all) };
  });
}

/** The portfolio problem's places in the other plans, each file read once. */
function placeRelated(problem: LeveledProblem, documents: Map<string, TextDocument | undefined>): PlacedLocation[] {
  const out: PlacedLocation[] = [];
  for (const r of problem.related ?? []) {
    if (!documents.has(r.uri)) {
      const read = r.uri.startsWith('file:') ? readPlanFile(fileURLToPath(r.uri)) : undefined;
      documents.set(r.uri, read && 'text' in read ? TextDocument.create(r.uri, 'xproj', 1, read.text) : undefined);
    }
    const document = documents.get(r.uri);
    if (document) {
      const start = document.positionAt(r.span.offset);
      const end = document.positionAt(r.span.offset + r.span.length);
      out.push({
        absolutePath: fileURLToPath(r.uri),
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        message: r.message,
      });
    }
  }
  return out;
}
