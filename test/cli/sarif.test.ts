import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { artifactUri } from '../../server/src/cli/format/sarif';
import { RULE_CODES } from '../../server/src/service';
import { FIXTURES, runInProcess, tempTree } from './harness';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion } }[];
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; rules: SarifRule[] } }; results: SarifResult[] }[];
}

describe('check --format sarif', () => {
  const r = runInProcess(['check', 'duplicate-key.xproj.yaml', 'valid.xproj.yaml', '--format', 'sarif']);
  const log = JSON.parse(r.stdout) as SarifLog;

  it('is a SARIF 2.1.0 log with one run by xproj, and keeps the exit code', () => {
    assert.equal(r.code, 1);
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0]!.tool.driver.name, 'xproj');
  });

  it('describes every rule with a link to its section of docs/rules.md', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    assert.deepEqual(
      rules.map((rule) => rule.id),
      [...RULE_CODES],
    );
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text.length > 0, rule.id);
      assert.ok(rule.helpUri.endsWith(`docs/rules.md#${rule.id}`), rule.helpUri);
      assert.doesNotThrow(() => new URL(rule.helpUri), 'helpUri must be absolute');
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
  });

  it('places each result in the file, relative to the working folder, with 1-based regions', () => {
    const { results, tool } = log.runs[0]!;
    for (const result of results) {
      assert.equal(tool.driver.rules[result.ruleIndex!]?.id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
    }
    const syntax = results.find((x) => x.ruleId === 'yaml-syntax');
    assert.ok(syntax);
    assert.equal(syntax.level, 'error');
    assert.deepEqual(syntax.locations[0]!.physicalLocation, {
      artifactLocation: { uri: 'duplicate-key.xproj.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 29, endLine: 2, endColumn: 30 },
    });
  });

  it('encodes paths as URI references, and uses file: URIs outside the working folder', () => {
    const dir = tempTree({ '计划 a/p.xproj.yaml': 'k: 1\nk: 2\n' });
    const nested = JSON.parse(runInProcess(['check', '--format', 'sarif'], { cwd: dir }).stdout) as SarifLog;
    const uris = nested.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('%E8%AE%A1%E5%88%92%20a/p.xproj.yaml'), uris.join());
    assert.match(artifactUri(join(FIXTURES, 'valid.xproj.yaml'), dir).uri, /^file:\/\//);
  });
});
