import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service';
import type { LanguageService, LanguageSettings, PlanAnalysis, PortfolioResult } from '../../server/src/service';
import { parseIsoDate } from '../../common/dates';

export const WORKSPACE = 'file:///ws/';

/** Several in-memory files of one folder, by name; plans among them import the others by relative path. */
export interface Workspace {
  readonly service: LanguageService;
  /** Every plan file's analysis (`*.xproj.yaml` with a `project`), by file name. */
  readonly analyses: ReadonlyMap<string, PlanAnalysis>;
  readonly result: PortfolioResult;
  /** The problems of code `overallocation` the portfolio adds to a file, as [covered text, message]. */
  extra(name: string): [string, string][];
}

/** Analyses every plan of the files and checks them together, as the CLI and the server do. */
export function checkWorkspace(files: Readonly<Record<string, string>>, options: { locale?: string; settings?: LanguageSettings } = {}): Workspace {
  const texts = new Map(Object.entries(files).map(([name, text]) => [WORKSPACE + name, text]));
  const service = getLanguageService({ locale: options.locale, readFile: (uri) => texts.get(uri), today: () => parseIsoDate('2026-03-20')! });
  service.configure(options.settings ?? {});
  const analyses = new Map<string, PlanAnalysis>();
  for (const [name, text] of Object.entries(files)) {
    const analysis = service.analyze(TextDocument.create(WORKSPACE + name, 'xproj', 0, text));
    if (analysis.plan.project) {
      analyses.set(name, analysis);
    }
  }
  const result = service.checkPortfolio([...analyses.values()].map((a) => service.portfolioPlan(a)));
  return {
    service,
    analyses,
    result,
    extra: (name) => {
      const text = files[name]!;
      return (result.problems.get(WORKSPACE + name) ?? []).map((p) => [text.slice(p.span.offset, p.span.offset + p.span.length), p.message]);
    },
  };
}

/** A plan importing `org.xproj.yaml`, its tasks given as flow mappings (owner added). */
export function planText(id: string, tasks: readonly string[], extra: readonly string[] = [], imports = 'org.xproj.yaml'): string {
  return [
    'xproj: 1',
    `imports: [${imports}]`,
    `project: {id: ${id}, name: Plan ${id.toUpperCase()}, owner: boss, manager: boss, start: 2026-03-02}`,
    ...extra,
    'tasks:',
    ...tasks.map((t) => `  - {${t}, owner: boss}`),
    '',
  ].join('\n');
}

export const ORG = ['xproj: 1', 'people:', '  - {id: boss, name: Boss}', '  - {id: li-na, name: 李娜}', '  - {id: wang, name: 王五, capacity: 1.5}', ''].join(
  '\n',
);

/**
 * Two plans sharing a person through an organisation file with a department: li-na at 0.5 on
 * plan A's build (Mon 2 – Fri 6 March) and 0.6 on plan B's train (Fri 6 – Tue 10 March), over
 * capacity on the Friday; wang (capacity 1.5) at 1 on A's build. For the load report and view.
 */
export const SHARED_LOAD = {
  org: [
    'xproj: 1',
    'departments: [{id: ops, name: 运营部}]',
    'people:',
    '  - {id: boss, name: Boss}',
    '  - {id: li-na, name: 李娜, department: ops}',
    '  - {id: wang, name: 王五, department: ops, capacity: 1.5}',
    '',
  ].join('\n'),
  a: planText('a', ['id: build, name: 搭建, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}, wang]']),
  b: planText('b', ['id: train, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}]']),
};
