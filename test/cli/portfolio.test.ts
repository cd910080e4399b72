import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseArgs } from '../../server/src/cli/args';
import { ORG, planText } from '../helpers/workspace';
import { runInProcess, tempTree } from './harness';

/** A plans repository: two plans that share li-na on Friday 6 March, one that shares nobody. */
function plansRepository(): string {
  return tempTree({
    'plans/org.xproj.yaml': ORG,
    'plans/a.xproj.yaml': planText('a', ['id: build, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]']),
    'plans/b.xproj.yaml': planText('b', ['id: train, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}]']),
    'plans/c.xproj.yaml': planText('c', ['id: alone, start: 2026-03-02, duration: 5d, assignees: [boss]']),
  });
}

interface JsonProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

describe('check --portfolio', () => {
  it('parses --portfolio FOLDER as a path checked together, and --level on schedule', () => {
    const parsed = parseArgs(['check', 'x.xproj.yaml', '--portfolio', 'plans']);
    assert.ok(parsed.ok && parsed.invocation.kind === 'check');
    assert.deepEqual(parsed.invocation.paths, ['x.xproj.yaml', 'plans']);
    assert.equal(parsed.invocation.portfolio, true);
    const plain = parseArgs(['check', 'plans']);
    assert.ok(plain.ok && plain.invocation.kind === 'check' && !plain.invocation.portfolio);
    assert.deepEqual(parseArgs(['check', '--portfolio']), { ok: false, error: { kind: 'missingValue', option: '--portfolio' } });
    const level = parseArgs(['schedule', 'a.xproj.yaml', '--level']);
    assert.ok(level.ok && level.invocation.kind === 'schedule' && level.invocation.level);
  });

  it('reports the conflict in both plans as JSON, and nothing without --portfolio', () => {
    const root = plansRepository();
    const alone = runInProcess(['check', 'plans', '--format', 'json'], { cwd: root });
    assert.deepEqual(
      (JSON.parse(alone.stdout) as JsonProblem[]).filter((p) => p.code === 'overallocation'),
      [],
    );
    const together = runInProcess(['check', '--portfolio', 'plans', '--format', 'json'], { cwd: root });
    assert.equal(together.code, 0, together.stderr);
    const found = (JSON.parse(together.stdout) as JsonProblem[]).filter((p) => p.code === 'overallocation');
    assert.deepEqual(
      found.map((p) => [p.file, p.line, p.column, p.severity, p.message]),
      [
        [
          join('plans', 'a.xproj.yaml'),
          5,
          71,
          'warning',
          "李娜 (li-na) is overallocated across plans on task 'build' from 2026-03-06: together with task 'train' of plan 'Plan B', the load reaches 1.1 FTE against a capacity of 1.",
        ],
        [
          join('plans', 'b.xproj.yaml'),
          5,
          71,
          'warning',
          "李娜 (li-na) is overallocated across plans on task 'train' from 2026-03-06: together with task 'build' of plan 'Plan A', the load reaches 1.1 FTE against a capacity of 1.",
        ],
      ],
    );
  });

  it('fails CI when the plans raise the rule to an error, in text and SARIF, with the other plan as a related location', () => {
    const root = tempTree({
      'org.xproj.yaml': ORG,
      'a.xproj.yaml': planText(
        'a',
        ['id: build, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}]'],
        ['rules: {overallocation: error}'],
      ),
      'b.xproj.yaml': planText('b', ['id: train, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}]']),
    });
    const text = runInProcess(['check', '--portfolio', '.'], { cwd: root });
    assert.equal(text.code, 1);
    assert.match(text.stdout, /a\.xproj\.yaml[\s\S]*error[\s\S]*overallocated across plans on task 'build'/);
    assert.match(text.stdout, /b\.xproj\.yaml[\s\S]*warning[\s\S]*overallocated across plans on task 'train'/);
    const sarif = runInProcess(['check', '--portfolio', '.', '--format', 'sarif'], { cwd: root });
    type Related = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } }; message: { text: string } };
    const results = (
      JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; level: string; message: { text: string }; relatedLocations?: Related[] }[] }[] }
    ).runs[0]!.results.filter((r) => r.ruleId === 'overallocation');
    assert.deepEqual(
      results.map((r) => r.level),
      ['error', 'warning'],
    );
    assert.match(results[0]!.message.text, /task 'train' of plan 'Plan B'/);
    assert.deepEqual(
      results[0]!.relatedLocations?.map((r) => [
        r.physicalLocation.artifactLocation.uri,
        r.physicalLocation.region.startLine,
        r.physicalLocation.region.startColumn,
        r.message.text,
      ]),
      [['b.xproj.yaml', 5, 71, "李娜 (li-na) on task 'train' of plan 'Plan B' (0.6 FTE)"]],
    );
  });

  it('speaks Chinese, and a folder with no plan is still bad usage', () => {
    const root = plansRepository();
    const zh = runInProcess(['check', '--portfolio', 'plans', '--format', 'json', '--locale', 'zh-cn'], { cwd: root });
    assert.ok((JSON.parse(zh.stdout) as JsonProblem[]).some((p) => p.message.includes('跨计划超负荷')));
    const empty = tempTree({ 'empty/readme.txt': 'no plans' });
    assert.equal(runInProcess(['check', '--portfolio', 'empty'], { cwd: empty }).code, 2);
  });
});
