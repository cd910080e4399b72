import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { Composer, isAlias, isMap, isSeq } from 'yaml';
import type { Document } from 'yaml';
import { MAX_FLOW_ITEMS, MAX_NESTING, composeBounded } from '../../server/src/service/parser/boundedCompose';
import { splitChunks } from '../../server/src/service/parser/incremental/chunkSplitter';
import { parsePlainItem, parsePlainSection, plainContext } from '../../server/src/service/parser/incremental/plainItem';
import type { PlainContext } from '../../server/src/service/parser/incremental/plainItem';
import { DOCUMENT_OPTIONS } from '../../server/src/service/parser/yamlParser';
import { loadGenerator } from '../helpers/generator';
import type { PlanGenerator } from '../helpers/generator';
import { nodeDifference } from '../helpers/sameNodes';

/** The chunk's document as `yaml` composes it, or why `parseChunk` would not take it from `yaml` either. */
function composed(source: string, offset: number, kind: 'item' | 'section'): Document.Parsed | string {
  let result;
  try {
    result = composeBounded(source, offset, offset + source.length, new Composer(DOCUMENT_OPTIONS));
  } catch (error) {
    return `throws ${String(error)}`;
  }
  const doc = result.document;
  if (!doc || result.ignored || result.errorRuns.length > 0 || doc.errors.length > 0 || doc.warnings.length > 0) {
    return `errors: ${[...(doc?.errors ?? []), ...(doc?.warnings ?? [])].map((e) => e.code).join(', ') || 'error tokens'}`;
  }
  const contents = doc.contents;
  const collection = kind === 'item' ? (isSeq(contents) ? contents : undefined) : isMap(contents) ? contents : undefined;
  const one = collection !== undefined && !collection.flow && collection.items.length === 1;
  return one ? doc : `not one ${kind === 'item' ? 'item of a block list' : 'pair of a block map'}`;
}

/**
 * Whatever the fast reader gives for a chunk must be what `yaml` gives: the item's (or the section's
 * pair's) nodes field by field, and the list's (map's) and the document's ranges; and it may only
 * read chunks `yaml` reads cleanly. Returns whether the fast reader took the chunk.
 */
function assertSameAsYaml(source: string, offset: number, context: PlainContext, kind: 'item' | 'section' = 'item'): boolean {
  const fast = kind === 'item' ? parsePlainItem(source, offset, context) : parsePlainSection(source, offset, context);
  if (!fast) {
    return false;
  }
  const doc = composed(source, offset, kind);
  assert.ok(typeof doc !== 'string', `the fast reader took a chunk yaml refuses (${String(doc)}):\n${source}`);
  const contents = doc.contents as unknown as { items: unknown[]; range: unknown };
  const node = 'item' in fast ? fast.item : fast.pair;
  const difference =
    nodeDifference(node, contents.items[0], kind) ??
    nodeDifference(fast.contentsRange, contents.range, 'contents range') ??
    nodeDifference(fast.documentRange, doc.range, 'document range');
  assert.equal(difference, undefined, `${difference ?? ''} in:\n${source}`);
  assert.ok(!isAlias(node));
  return true;
}

/** Every chunk of a plan of one kind, with its offset. */
function chunksOf(text: string, kind: 'item' | 'section' = 'item'): { source: string; offset: number }[] {
  const spans = splitChunks(text);
  assert.ok(spans, 'the plan splits into chunks');
  return spans.filter((s) => s.kind === kind).map((s) => ({ source: text.slice(s.start, s.end), offset: s.start }));
}

/** Values that stress the reader's plain, quoted and flow scalars, and what it must refuse. */
const VALUES = [
  'true',
  'False',
  'TRUE',
  'null',
  'Null',
  '~',
  '0',
  '-3',
  '+4',
  '007',
  '0x1F',
  '0o17',
  '1e3',
  '-1.5E-2',
  '.5',
  '0.50',
  '1.',
  '.inf',
  '-.Inf',
  '.nan',
  '12:30',
  'a:b',
  'a: b',
  'http://x.cn/a?b=c#d',
  'x #c',
  'x#y',
  'R&D',
  'a*b',
  '"quoted"',
  '"say ""hi"""',
  "'it''s'",
  "''",
  '""',
  '"with \\" escape"',
  "'open",
  '"open',
  '#comment',
  '&anchor x',
  '*alias',
  '!tag x',
  '!!str 1',
  '|',
  '>',
  '|-\n  text',
  '@x',
  '`x`',
  '%x',
  '- x',
  '-x',
  '? x',
  ':x',
  '[a, b]',
  '[a,b]',
  '[ a, b ]',
  '[a, b,]',
  '[]',
  '[ ]',
  '{}',
  '{ }',
  '{a: 1, a: 2}',
  '{a: [1, {b: c}]}',
  '[a: b]',
  '{a}',
  '{a: }',
  '{a:b}',
  '[a, [b, c]]',
  '{"a": b}',
  '{a: "x, y"}',
  "[a, 'b]']",
  '中文 值',
  '空格  两个',
  'x  ',
  ' x',
  '',
  '[a,\n  b]',
  'a\n  continued',
  '{ id: x, load: 0.25 }',
  '[{person: p1, load: 0.5}]',
  '2026-01-05',
  '5d',
  '-',
  '--',
  'a - b',
  'a -b',
  'é',
  '😀',
  'NaN',
  '0b101',
  '+.5',
  '1_000',
  '[1, 2.0, true, null]',
];

/** Keys likewise. */
const KEYS = [
  '<<',
  '-1',
  '.5',
  'on',
  'yes',
  '123',
  'true',
  'null',
  '"q"',
  "'q'",
  'a b',
  'a:b',
  '? a',
  '-k',
  '中文',
  'x.y',
  '1.5',
  '~',
  'k ',
  '[a]',
  '{a: b}',
  'k#',
  '&a k',
  'id',
];

/** Changes to one line of an item, each of a kind writers make (or that only `yaml` may read). */
function mutateLine(line: string, random: () => number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const indent = /^ */.exec(line)![0];
  const keyed = /^( *)(- )?([^:\n]+): (.*)$/.exec(line);
  switch (Math.floor(random() * 12)) {
    case 0:
      return keyed ? [`${keyed[1]}${keyed[2] ?? ''}${keyed[3]}: ${pick(VALUES)}`] : [line];
    case 1:
      return keyed ? [`${keyed[1]}${keyed[2] ?? ''}${pick(KEYS)}: ${keyed[4]}`] : [line];
    case 2:
      return [`${line}${pick([' ', '  ', ' # note', '#x', ':', ',', ' ]'])}`];
    case 3:
      return [line, pick(['', '   ', `${indent}# a comment`, '# at column 0', `${indent}  continued text`])];
    case 4:
      return [pick([' ', '  ', '\t']) + line];
    case 5:
      return [line.slice(Math.min(line.length, 1 + Math.floor(random() * 2)))];
    case 6:
      return [line, line];
    case 7:
      return keyed ? [`${keyed[1]}${keyed[2] ?? ''}${keyed[3]}:`] : [line];
    case 8:
      return keyed
        ? [`${keyed[1]}${keyed[2] ?? ''}${keyed[3]}:`, `${indent}${pick(['  ', '', '    '])}${pick(['- a', '- {b: c}', 'k: v', '- - x', 'text', '-'])}`]
        : [line];
    case 9:
      return keyed ? [`${keyed[1]}${keyed[2] ?? ''}${keyed[3]}:  ${keyed[4]}`] : [line];
    case 10:
      return [line.replace(/, /g, pick([',', ' , ', ',  ']))];
    default:
      return [line.replace(/\[|\{/, (b) => `${b} `).replace(/\]|\}/, (b) => ` ${b}`)];
  }
}

describe('reading plain list items without yaml (parsePlainItem)', () => {
  let generator: PlanGenerator;
  const context = plainContext(DOCUMENT_OPTIONS);
  before(async () => {
    generator = await loadGenerator();
  });

  it('reads every item of generated plans, exactly as yaml composes it', () => {
    for (const seed of [1, 2, 3]) {
      const chunks = chunksOf(generator.generatePlan({ tasks: 300, seed }));
      for (const { source, offset } of chunks) {
        assert.ok(assertSameAsYaml(source, offset, context), `the fast reader refused a generated item:\n${source}`);
      }
    }
  });

  it('gives yaml nodes for mutated items, or leaves them to yaml', () => {
    let taken = 0;
    let refused = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = generator.prng(seed);
      const chunks = chunksOf(generator.generatePlan({ tasks: 200, seed }));
      for (const { source, offset } of chunks) {
        for (let round = 0; round < 4; round++) {
          const lines = source.slice(0, -1).split('\n');
          const at = Math.floor(random() * lines.length);
          const changed = [...lines.slice(0, at), ...mutateLine(lines[at]!, random), ...lines.slice(at + 1)].join('\n') + '\n';
          if (assertSameAsYaml(changed, offset, context)) {
            taken++;
          } else {
            refused++;
          }
        }
      }
    }
    // Both sides of the comparison are exercised: neither all taken nor all refused.
    assert.ok(taken > 400 && refused > 400, `taken ${taken}, refused ${refused}`);
  });

  it('reads each value and key of the vocabulary as yaml does, or refuses it', () => {
    let taken = 0;
    for (const value of VALUES) {
      for (const source of [`  - id: x\n    v: ${value}\n`, `  - {id: x, v: ${value}}\n`, `  - [${value}]\n`, `- ${value}\n`]) {
        taken += assertSameAsYaml(source, 100, context) ? 1 : 0;
      }
    }
    for (const key of KEYS) {
      for (const source of [`  - id: x\n    ${key}: v\n`, `  - {id: x, ${key}: v}\n`, `  - ${key}: v\n    w: 1\n`]) {
        taken += assertSameAsYaml(source, 0, context) ? 1 : 0;
      }
    }
    assert.ok(taken > 150, `taken ${taken}`);
  });

  it('reads nested lists at the column of their key and below it, blank lines and blanks in flows', () => {
    for (const source of [
      '- id: a\n  subtasks:\n  - id: b\n    subtasks:\n      - id: c\n  after: 1\n',
      '- id: a\n  list:\n  - x\n  - y\n',
      '  - a\n',
      '  - {}\n',
      '  - []\n',
      '  -   id: a\n      n: 1\n',
      '  - id: a\n\n    n: 1\n    sub:\n      - x: 1\n\n      - [y]\n   \n    m: 3\n\n  \n',
      '  - id: a\n    sub:\n      - x: 1\n        y:\n          - z\n\n    m: 3\n',
      // As `yaml`'s own stringify writes flow maps (imported plans), and blanks at line ends.
      '  - { id: yan-fa-bu, name: 研发部 }\n',
      '  - id: a  \n    deps: [ x, "y" , [z]  ,{k: v} ]   \n    n: \'q\'  \n',
    ]) {
      assert.ok(assertSameAsYaml(source, 7, context), `refused:\n${source}`);
    }
  });

  it('leaves keys over 1024 characters and a byte order mark to yaml', () => {
    for (const source of [`- ${'a'.repeat(1025)}: b\n`, `- id: x\n  ${'a'.repeat(1030)}: b\n`, `- ${'😀'.repeat(513)}: b\n`]) {
      assert.equal(parsePlainItem(source, 0, context), undefined);
      assertSameAsYaml(source, 0, context);
    }
    assert.ok(assertSameAsYaml(`- ${'a'.repeat(1024)}: b\n`, 0, context));
    for (const source of ['\ufeffk: v\n', '\ufeffbudget:\n  total: 5\n']) {
      assert.equal(parsePlainSection(source, 0, context), undefined);
    }
  });

  it('refuses to be set up for YAML it does not read', () => {
    assert.throws(() => plainContext({ version: '1.1' }));
    assert.throws(() => plainContext({ version: '1.2', merge: true }));
    assert.throws(() => plainContext({ schema: 'json' }));
    assert.throws(() => plainContext({ strict: false }));
  });

  it('refuses what it does not read: CR, tabs, a missing final line break, more than one item', () => {
    for (const source of ['  - id: a\r\n', '  - id:\ta\n', '  - id: a', '  - a\n  - b\n', 'id: a\n', '  -\n    id: a\n', '  - - a\n']) {
      assert.equal(parsePlainItem(source, 0, context), undefined, source);
      assertSameAsYaml(source, 0, context);
    }
  });

  it('leaves flow collections of more than MAX_FLOW_ITEMS items to yaml, which refuses them', () => {
    const list = (n: number): string => `  - id: a\n    depends_on: [${Array.from({ length: n }, (_, i) => `t${i}`).join(', ')}]\n`;
    assert.equal(parsePlainItem(list(MAX_FLOW_ITEMS + 1), 0, context), undefined);
    assert.ok(assertSameAsYaml(list(MAX_FLOW_ITEMS), 0, context));
    assert.equal(parsePlainSection(`x: {${Array.from({ length: MAX_FLOW_ITEMS + 1 }, (_, i) => `k${i}: v`).join(', ')}}\n`, 0, context), undefined);
  });

  it('leaves collections nested past half MAX_NESTING to yaml, without overflowing its stack', () => {
    const flow = `  - ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    assert.equal(parsePlainItem(flow, 0, context), undefined);
    const lines = Array.from({ length: 400 }, (_, i) => `${' '.repeat(2 * i + 4)}k${i}:`);
    const block = `  - id: a\n${lines.join('\n')} x\n`;
    assert.equal(parsePlainItem(block, 0, context), undefined);
    const deep = `  - id: a\n${lines.slice(0, MAX_NESTING / 2).join('\n')} x\n`;
    assert.equal(parsePlainItem(deep, 0, context), undefined, 'yaml judges nesting near its limit');
    const shallow = `  - id: a\n${lines.slice(0, MAX_NESTING / 2 - 2).join('\n')} x\n`;
    assert.ok(assertSameAsYaml(shallow, 0, context), 'nesting well within the limit is read');
  });

  it('reads the top-level sections of generated plans as yaml does, mutated too', () => {
    let taken = 0;
    let refused = 0;
    for (const seed of [1, 2, 3]) {
      const random = generator.prng(seed);
      for (const { source, offset } of chunksOf(generator.generatePlan({ tasks: 200, seed }), 'section')) {
        taken += assertSameAsYaml(source, offset, context, 'section') ? 1 : 0;
        for (let round = 0; round < 40; round++) {
          const lines = source.slice(0, -1).split('\n');
          const at = Math.floor(random() * lines.length);
          const changed = [...lines.slice(0, at), ...mutateLine(lines[at]!, random), ...lines.slice(at + 1)].join('\n') + '\n';
          if (assertSameAsYaml(changed, offset, context, 'section')) {
            taken++;
          } else {
            refused++;
          }
        }
      }
    }
    assert.ok(taken > 80 && refused > 80, `taken ${taken}, refused ${refused}`);
    for (const source of ['budget:\n  total: 5\n  lines:\n    - {a: 1}\n\n', 'xproj: 1\n', 'phases:\n- a\n', 'k: [a,\n  b]\n', 'k:\n']) {
      assertSameAsYaml(source, 3, context, 'section');
    }
  });
});
