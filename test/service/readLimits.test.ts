import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_FLOW_ITEMS, MAX_NESTING } from '../../server/src/service/parser/boundedCompose';
import { parseIncremental } from '../../server/src/service/parser/incrementalParser';
import { parseYaml } from '../../server/src/service/parser/yamlParser';
import { MAX_LINE_LENGTH, MAX_TEXT_LENGTH } from '../../server/src/service/parser/textLimits';
import { check, findings } from '../helpers/plan';
import { SHAPES } from './nestingShapes';

const HEAD = 'xproj: 1\nproject: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}\npeople: [{id: a, name: A}]\n';

describe('size limits: a file past one is not read, and says why', () => {
  it('are far above what plans hold', () => {
    assert.equal(MAX_TEXT_LENGTH, 16_000_000);
    assert.equal(MAX_LINE_LENGTH, 100_000);
    assert.equal(MAX_FLOW_ITEMS, 10_000);
    assert.equal(MAX_NESTING, 256);
  });

  it('refuses a line longer than the limit, on that line', () => {
    const long = `x-long: [${Array.from({ length: 40_000 }, () => 'a').join(', ')}]`;
    const analysis = check(`${HEAD}${long}\n`);
    assert.deepEqual(
      findings(analysis).map((f) => [f.code, f.severity, f.line, f.covers.length, f.message]),
      [
        [
          'yaml-syntax',
          'error',
          4,
          120_008,
          'This line is 120,008 characters long; XProj reads lines of up to 100,000 characters, so the file was not read. Break the line up: a long list can be written one `- item` per line.',
        ],
      ],
    );
    assert.equal(analysis.plan.project, undefined);
  });

  it('reads a line of exactly the limit', () => {
    const text = `${HEAD}description: ${'x'.repeat(MAX_LINE_LENGTH - 'description: '.length)}\n`;
    assert.deepEqual(findings(check(text), 'yaml-syntax'), []);
  });

  it('refuses a flow collection of more items than the limit, even over many lines', () => {
    const items = Array.from({ length: MAX_FLOW_ITEMS + 1 }, (_, i) => `  t${i}`).join(',\n');
    const text = `${HEAD}x-long: [\n${items}\n]\n`;
    assert.deepEqual(
      findings(check(text)).map((f) => [f.code, f.line, f.covers, f.message]),
      [
        [
          'yaml-syntax',
          4,
          '[',
          'This flow collection holds more than 10,000 items; XProj reads up to 10,000 items in one `[...]` or `{...}`, so the file was not read. Write a long list one `- item` per line.',
        ],
      ],
    );
  });

  it('reads a flow collection of exactly the limit, and nested ones each against its own', () => {
    const items = Array.from({ length: MAX_FLOW_ITEMS }, (_, i) => `t${i}`).join(',\n  ');
    const nested = Array.from({ length: 6000 }, () => '[a, b]').join(', ');
    const text = `${HEAD}x-long: [\n  ${items}\n]\nx-nested: [${nested}]\n`;
    assert.deepEqual(
      findings(check(text)).map((f) => [f.code, f.line]),
      [
        ['schema', 4],
        ['schema', 10_006],
      ],
    );
  });

  it('refuses a text longer than the limit at its start', () => {
    const text = `${HEAD}#${' '.repeat(MAX_TEXT_LENGTH)}`;
    assert.deepEqual(
      findings(check(text)).map((f) => [f.code, f.line, f.covers, f.message]),
      [
        [
          'yaml-syntax',
          1,
          '',
          `The file is ${text.length.toLocaleString('en-US')} characters long; XProj reads plans of up to 16,000,000 characters, so this one was not read.`,
        ],
      ],
    );
  });

  it('says it in Chinese', () => {
    const text = `${HEAD}x: [${'a,'.repeat(MAX_FLOW_ITEMS)}a]\n`;
    assert.deepEqual(
      findings(check(text, { locale: 'zh-cn' })).map((f) => f.message),
      ['此流式集合超过 10,000 项；XProj 在一个 `[...]` 或 `{...}` 中最多读取 10,000 项，因此没有读取此文件。长列表请每行写一个 `- 项`。'],
    );
  });

  it('hands the previous parse on, so the edit that removes the long line parses only its chunk', () => {
    const items = Array.from({ length: 400 }, (_, i) => `  - {id: t${i}, name: Task ${i}, duration: 1d}`).join('\n');
    const good = `${HEAD}tasks:\n${items}\n`;
    const first = parseIncremental(good, undefined, { minLength: 0 });
    const long = `${good}x-long: ${'y'.repeat(MAX_LINE_LENGTH + 1)}\n`;
    const refused = parseIncremental(long, first.state, { minLength: 0 });
    assert.equal(refused.parsed.problems[0]?.yamlCode, 'TOO_LARGE');
    assert.equal(refused.state, first.state);
    const again = parseIncremental(good, refused.state, { minLength: 0 });
    assert.deepEqual(again.stats, { parsed: 0, reused: 404 });
    assert.deepEqual(again.parsed.problems, []);
  });

  describe('nesting', () => {
    const people = (count: number): string => Array.from({ length: count }, (_, i) => `  - {id: p${i}, name: Person ${i}, capacity: 0.5}`).join('\n');
    // A line break typed inside the first person's `{...}`: `yaml` then opens one more map on every line after it.
    const broken = (count: number): string => `${HEAD.replace(/people: .*\n/, '')}people:\n${people(count).replace('capacity', 'capa\n  city')}\nphases: []\n`;
    const message =
      'From here the YAML nests more than 256 levels deep, so the file was not read. A line break inside `{...}` or `[...]` just above, or a bracket left open, usually does this.';

    it('refuses a runaway nesting where it starts, the line after the break', () => {
      assert.deepEqual(
        findings(check(broken(2500))).map((f) => [f.code, f.line, f.message]),
        [['yaml-syntax', 5, message]],
      );
    });

    it('reads the same break with fewer lines after it, as syntax problems', () => {
      // Each line after the break opens about three maps.
      const found = findings(check(broken(MAX_NESTING / 4)), 'yaml-syntax');
      assert.ok(found.length > 0);
      assert.ok(found.every((f) => f.message.startsWith('YAML syntax:')));
    });

    it('gives the same problem whether the text is parsed fresh, after an edit, or from deep in the stack', () => {
      const text = broken(2500);
      const fresh = parseYaml(text).problems;
      const good = parseIncremental(text.replace('capa\n  city', 'capacity'), undefined, { minLength: 0 });
      const edited = parseIncremental(text, good.state, { minLength: 0 }).parsed.problems;
      // About 2,000 levels overflowed the stack, sooner or later depending on how deep the caller was.
      const deep = (frames: number): readonly unknown[] => (frames === 0 ? parseYaml(text).problems : deep(frames - 1));
      assert.equal(fresh[0]?.limit?.kind, 'nesting');
      assert.deepEqual(edited, fresh);
      assert.deepEqual(deep(2000), fresh);
    });

    it('reads every shape of nesting just under the limit in a fresh process, and refuses it just over', () => {
      const cold = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'nestingShapes.ts')], { encoding: 'utf8' })) as Record<
        string,
        string[]
      >;
      const unknownX = ["Unknown key 'x' at the top level."];
      assert.deepEqual(cold, {
        brackets: unknownX,
        braces: unknownX,
        blockMaps: unknownX,
        blockLists: unknownX,
        subtasks: ['Subtasks nest more than 64 levels deep; deeper levels are ignored.'],
      });
      for (const shape of Object.values(SHAPES)) {
        assert.deepEqual(
          check(shape(MAX_NESTING + 4)).problems.map((p) => p.message.slice(0, 50)),
          ['From here the YAML nests more than 256 levels deep'],
        );
      }
    });

    it('says so for brackets in brackets too, in Chinese', () => {
      const text = `${HEAD}x: ${'['.repeat(MAX_NESTING + 5)}${']'.repeat(MAX_NESTING + 5)}\n`;
      assert.deepEqual(
        findings(check(text, { locale: 'zh-cn' })).map((f) => [f.line, f.covers, f.message]),
        [[4, '[', 'YAML 从此处起嵌套超过 256 层，因此没有读取此文件。通常是上方 `{...}` 或 `[...]` 中间换了行，或括号未闭合。']],
      );
    });
  });
});
