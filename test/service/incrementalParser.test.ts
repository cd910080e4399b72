import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { analyzePlan } from '../../server/src/service/analysis/analyzePlan';
import type { AnalysisEnvironment, PlanAnalysis } from '../../server/src/service/analysis/planAnalysis';
import { normalizeLocale } from '../../server/src/service/l10n/localize';
import { splitChunks } from '../../server/src/service/parser/incremental/chunkSplitter';
import { parseIncremental } from '../../server/src/service/parser/incrementalParser';
import { parseYaml } from '../../server/src/service/parser/yamlParser';
import { loadGenerator } from '../helpers/generator';
import type { PlanGenerator } from '../helpers/generator';
import { SchemaValidation } from '../../server/src/service/schema/schemaValidation';
import { parseIsoDate } from '../../common/dates';
import schema from '../../schemas/xproj.schema.json';

const ROOT = join(__dirname, '..', '..');
const URI = 'file:///test/plan.xproj.yaml';
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The first differing place of two `yaml` trees (types, ranges, values, styles), or undefined. */
function treeDiff(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isPair(a) || isPair(b)) {
    if (!isPair(a) || !isPair(b)) {
      return `${path}: pair against ${String(b)}`;
    }
    return treeDiff(a.key, b.key, `${path}.key`) ?? treeDiff(a.value, b.value, `${path}.value`);
  }
  if (a === null || a === undefined || b === null || b === undefined) {
    return a === b ? undefined : `${path}: ${String(a)} against ${String(b)}`;
  }
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  if (x.constructor !== y.constructor) {
    return `${path}: ${x.constructor.name} against ${y.constructor.name}`;
  }
  for (const k of ['range', 'tag', 'anchor', 'flow', 'type', 'format']) {
    if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) {
      return `${path}: ${k} ${JSON.stringify(x[k])} against ${JSON.stringify(y[k])}`;
    }
  }
  if (isScalar(a) && JSON.stringify(a.value) !== JSON.stringify((b as typeof a).value)) {
    return `${path}: value ${String(a.value)} against ${String((b as typeof a).value)}`;
  }
  if (isMap(a) || isSeq(a)) {
    const [p, q] = [a.items as unknown[], (b as typeof a).items as unknown[]];
    if (p.length !== q.length) {
      return `${path}: ${p.length} items against ${q.length}`;
    }
    for (let i = 0; i < p.length; i++) {
      const d = treeDiff(p[i], q[i], `${path}[${i}]`);
      if (d) {
        return d;
      }
    }
  }
  return undefined;
}

/** What must agree between an incremental and a fresh analysis: problems, model and schedule. */
function essence(a: PlanAnalysis): unknown {
  const plan = JSON.parse(JSON.stringify(a.plan, (k, v: unknown) => (k === 'parent' ? (v as { id: string } | undefined)?.id : v))) as unknown;
  const schedule = [...a.schedule.tasks.values()].map((t) => [
    t.task.id,
    t.task.span,
    t.start,
    t.end,
    t.earlyStart,
    t.lateFinish,
    t.slack,
    t.critical,
    t.inCycle,
  ]);
  const cycles = a.schedule.cycles.map((c) => c.tasks.map((t) => t.id));
  return { problems: a.problems, plan, schedule, cycles, finish: a.schedule.finish, parsed: a.parsed.problems, extra: a.parsed.extraDocuments };
}

function environment(minLength: number): AnalysisEnvironment {
  return {
    today: () => parseIsoDate('2026-03-20')!,
    settings: {},
    locale: normalizeLocale('en'),
    schemaValidation: new SchemaValidation(schema),
    // Chunked analyses also drop their items' nodes, so the trees compared are parsed again.
    parseOptions: { minLength, evictFrom: minLength },
  };
}

const SNIPPETS = [
  ' ',
  'x',
  '1',
  ':',
  ': ',
  '-',
  '- ',
  '\n',
  '\n  ',
  '\n  - ',
  '#',
  ' # note',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '&a ',
  '*a',
  '|',
  '>',
  '\t',
  '---\n',
  'id: t9\n',
  '2026-02-30',
  '3d',
];
const TASK = (n: number): string => `  - id: extra-${n}\n    name: Extra ${n}\n    owner: nobody\n    duration: ${n % 7}d\n    depends_on: [extra-${n + 1}]\n`;

/** One random edit of `text`: characters, lines, whole items, or a realistic value change. */
function edit(text: string, random: () => number, n: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const at = Math.floor(random() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  const lineStart = (l: number): number => lines.slice(0, l).reduce((s, x) => s + x.length + 1, 0);
  switch (Math.floor(random() * 10)) {
    case 0:
      return text.slice(0, at) + pick(SNIPPETS) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
    case 2:
      return [...lines.slice(0, line), pick(lines), ...lines.slice(line + 1)].join('\n');
    case 3:
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    case 4: {
      const items = lines.map((l, i) => (/^ {2}- /.test(l) ? i : -1)).filter((i) => i >= 0);
      if (items.length < 3) {
        return text;
      }
      const from = pick(items);
      const to = items[items.indexOf(from) + 1] ?? from + 1;
      const moved = lines.slice(from, to);
      const rest = [...lines.slice(0, from), ...lines.slice(to)];
      const target = pick(rest.map((l, i) => (/^ {2}- /.test(l) ? i : -1)).filter((i) => i >= 0));
      return [...rest.slice(0, target), ...moved, ...rest.slice(target)].join('\n');
    }
    case 5: {
      const target = lines.findIndex((l, i) => i >= line && /^ {2}- /.test(l));
      return target < 0 ? text : text.slice(0, lineStart(target)) + TASK(n) + text.slice(lineStart(target));
    }
    default: {
      const realistic = [/(duration: )\d+/g, /(name: )[^\n]+/g, /(depends_on: \[)/g, /(owner: )[\w-]+/g];
      const re = pick(realistic);
      const hits = [...text.matchAll(re)];
      if (hits.length === 0) {
        return text;
      }
      const hit = pick(hits);
      const value = hit[1] === 'depends_on: [' ? `${hit[1]}t00000${n % 9}, ` : `${hit[1]}${pick(['5', 'Renamed task', 'p00001', 'x'])}`;
      return text.slice(0, hit.index) + value + text.slice(hit.index! + hit[0].length);
    }
  }
}

describe('incremental parsing', () => {
  let generated: (tasks: number) => string;
  let prng: PlanGenerator['prng'];
  before(async () => {
    const generator = await loadGenerator();
    generated = (tasks) => generator.generatePlan({ tasks, seed: 3 });
    prng = generator.prng;
  });

  it('cuts a plan at its top-level keys and list items, comments going with the chunk before', () => {
    const text = '# plan\nxproj: 1\ntasks:\n  # first\n  - id: a\n\n# between\n  - id: b\nrisks: []\n';
    const chunks = splitChunks(text)!.map((c) => [c.kind, text.slice(c.start, c.end)]);
    assert.deepEqual(chunks, [
      ['section', '# plan\nxproj: 1\n'],
      ['header', 'tasks:\n  # first\n'],
      ['item', '  - id: a\n\n# between\n'],
      ['item', '  - id: b\n'],
      ['section', 'risks: []\n'],
    ]);
  });

  it('refuses to cut where a cut could change the meaning', () => {
    for (const text of ['- a\n', '---\nx: 1\n', 'x: 1\nx: 2\n', 'a:\n\t- b\n', 'a:\n  - b\n c: 1\n', '"q": 1\n', '? a\n: b\n', '\ufeffx: 1\n']) {
      assert.equal(splitChunks(text), undefined, JSON.stringify(text));
    }
  });

  it('gives the tree of a whole parse, and parses again only the changed item', () => {
    const text = generated(300);
    const first = parseIncremental(text, undefined, { minLength: 0 });
    assert.equal(treeDiff(first.parsed.document!.contents, parseYaml(text).document!.contents), undefined);
    const changed = text.replace('duration: 3d', 'duration: 4d');
    const second = parseIncremental(changed, first.state, { minLength: 0 });
    assert.equal(second.stats.parsed, 1);
    assert.equal(treeDiff(second.parsed.document!.contents, parseYaml(changed).document!.contents), undefined);
    assert.equal(first.state!.retired, true);
  });

  it('parses a text with a syntax error whole, and keeps the last good state for the next edit', () => {
    const text = generated(200);
    const good = parseIncremental(text, undefined, { minLength: 0 });
    const broken = parseIncremental(text.replace('duration: 3d', 'duration: [3d'), good.state, { minLength: 0 });
    assert.equal(broken.chunks, undefined);
    assert.ok(broken.parsed.problems.length > 0);
    assert.equal(broken.state, good.state);
    const fixed = parseIncremental(text.replace('duration: 3d', 'duration: 5d'), broken.state, { minLength: 0 });
    assert.equal(fixed.stats.parsed, 1);
  });

  for (const [name, source, edits] of [
    ['the enrolment example', (): string => read('examples/enrolment/spring-enrolment.xproj.yaml'), 70],
    ['the organisation example', (): string => read('examples/enrolment/organisation.xproj.yaml'), 50],
    ['the CLI fixture', (): string => read('test/fixtures/cli/valid.xproj.yaml'), 40],
    ['a generated 60-task plan', (): string => generated(60), 50],
  ] as const) {
    it(`agrees with a fresh analysis after every edit of random sequences on ${name}`, () => {
      const random = prng(edits);
      const incremental = environment(0);
      const whole = environment(Number.POSITIVE_INFINITY);
      const base = source();
      let text = base;
      let previous = analyzePlan(URI, text, incremental);
      let reused = 0;
      let lastGood = text;
      for (let n = 0; n < edits; n++) {
        text = n % 20 === 19 ? base : edit(text, random, n);
        const next = analyzePlan(URI, text, incremental, previous);
        const fresh = analyzePlan(URI, text, whole);
        const chunked = next.parseState !== undefined && next.parseState !== previous.parseState;
        reused += chunked ? 1 : 0;
        assert.equal(treeDiff(next.parsed.document?.contents, fresh.parsed.document?.contents), undefined, `tree after edit ${n}`);
        assert.deepStrictEqual(essence(next), essence(fresh), `analysis after edit ${n}`);
        previous = next;
        if (chunked) {
          lastGood = text;
        } else if (random() < 0.7) {
          text = lastGood; // the typo (or whatever made the text unsafe to split) is undone
        }
      }
      assert.ok(reused > edits / 3, `only ${reused} of ${edits} edits were incremental`);
    });
  }
});
