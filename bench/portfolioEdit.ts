// Where an edit's time goes when plans are checked together, in process (no protocol, no other
// processes' noise): the edited plan's own incremental analysis, then the portfolio's part of the
// re-check (the plan's new summary and the sweep over every shared person's bookings), then the
// diagnostics with the portfolio's problems. The workspace of bench/portfolioBench.mjs.
//   node --import tsx bench/portfolioEdit.ts [--plans 20] [--tasks 500] [--people 200] [--edits 20]
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, withPortfolioProblems } from '../server/src/service';
import type { PlanAnalysis, PortfolioPlan } from '../server/src/service';
// @ts-expect-error the benchmark's generator is plain JavaScript
import { workspaceFiles } from './portfolioBench.mjs';

const option = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i >= 0 ? process.argv[i + 1] : fallback);
};
const EDITS = option('edits', 20);
const files = (workspaceFiles as () => Record<string, string>)();
const texts = new Map(Object.entries(files).map(([name, text]) => [`file:///ws/${name}`, text]));
const service = getLanguageService({ readFile: (uri) => texts.get(uri) });
const uris = [...texts.keys()].filter((u) => u.includes('/plan-'));
let start = performance.now();
const analyses = new Map<string, PlanAnalysis>(uris.map((u) => [u, service.analyze(TextDocument.create(u, 'xproj', 0, texts.get(u)!))]));
console.log(`${uris.length} plans analysed in ${(performance.now() - start).toFixed(0)} ms`);
start = performance.now();
const summaries = new Map<string, PortfolioPlan>(uris.map((u) => [u, service.portfolioPlan(analyses.get(u)!)]));
const first = service.checkPortfolio([...summaries.values()]);
console.log(
  `first portfolio check: ${(performance.now() - start).toFixed(0)} ms, ${[...first.problems.values()].reduce((n, l) => n + l.length, 0)} problems across plans`,
);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const own: number[] = [];
const portfolio: number[] = [];
const diagnostics: number[] = [];
let bytes = 0;
let count = 0;
const edited = uris[0]!;
const original = texts.get(edited)!;
for (let e = 0; e < EDITS; e++) {
  // One assignment's load goes up, or back: a keystroke's edit that changes the plan's bookings.
  const text = e % 2 === 0 ? original.replace(/load: 0\.25\b/, 'load: 0.3') : original;
  const document = TextDocument.create(edited, 'xproj', e + 1, text);
  let t = performance.now();
  const analysis = service.analyze(document, analyses.get(edited));
  analyses.set(edited, analysis);
  own.push(performance.now() - t);
  t = performance.now();
  summaries.set(edited, service.portfolioPlan(analysis));
  // As the language server does: problems for the open plans (here the edited one and one more).
  const result = service.checkPortfolio([...summaries.values()], new Set([edited, uris[1]!]));
  portfolio.push(performance.now() - t);
  t = performance.now();
  const published = service.doValidation(document, withPortfolioProblems(analysis, result.problems.get(edited)), { relatedInformation: true });
  diagnostics.push(performance.now() - t);
  bytes = JSON.stringify(published).length;
  count = published.length;
}
const row = (label: string, xs: number[]): void =>
  console.log(
    `${label.padEnd(44)} median ${median(xs).toFixed(0).padStart(5)} ms, max ${Math.max(...xs)
      .toFixed(0)
      .padStart(5)} ms`,
  );
row('edit: the plan analysed again (incremental)', own);
row('edit: the portfolio re-checked', portfolio);
row('edit: diagnostics with the portfolio', diagnostics);
console.log(`the edited plan publishes ${count} diagnostics, ${(bytes / 1e6).toFixed(2)} MB of JSON`);
