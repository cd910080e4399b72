import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../helpers/plan';

const ORG = ['xproj: 1', 'departments:', '  - {id: market, name: 市场部, head: wang, liaison: zhao}', 'people:', '  - {id: wang, name: 王五}', '  - {id: zhao, name: 赵六}', 'phases:', '  - {id: init, name: 启动}', ''].join('\n');

describe('imports', () => {
  it('pulls departments, people and phases from an imported file', () => {
    const a = check('xproj: 1\nimports: [org.xproj.yaml]\n', { files: { 'org.xproj.yaml': ORG } });
    assert.deepEqual(findings(a, 'import-error'), []);
    assert.equal(a.symbols.person('zhao')?.name?.value, '赵六');
    assert.equal(a.symbols.department('market')?.uri, 'file:///test/org.xproj.yaml');
    assert.equal(a.symbols.phase('init')?.name?.value, '启动');
  });

  it('follows nested imports relative to each file', () => {
    const a = check('xproj: 1\nimports: [shared/a.xproj.yaml]\n', {
      files: { 'shared/a.xproj.yaml': 'xproj: 1\nimports: [../org/b.xproj.yaml]\n', 'org/b.xproj.yaml': ORG },
    });
    assert.deepEqual(findings(a, 'import-error'), []);
    assert.ok(a.symbols.person('wang'));
  });

  it('reports a missing file on the import entry', () => {
    const a = check('xproj: 1\nimports:\n  - nowhere.xproj.yaml\n');
    assert.deepEqual(spansOf(a, 'import-error'), [['nowhere.xproj.yaml', 3]]);
    assert.match(findings(a, 'import-error')[0]!.message, /nowhere\.xproj\.yaml/);
  });

  it('reports an import cycle without looping', () => {
    const a = check('xproj: 1\nimports: [a.xproj.yaml]\n', {
      files: { 'a.xproj.yaml': 'xproj: 1\nimports: [b.xproj.yaml]\n', 'b.xproj.yaml': 'xproj: 1\nimports: [a.xproj.yaml]\n' },
    });
    const f = findings(a, 'import-error');
    assert.equal(f.length, 1);
    assert.equal(f[0]!.covers, 'a.xproj.yaml');
    assert.match(f[0]!.message, /a\.xproj\.yaml → b\.xproj\.yaml → a\.xproj\.yaml/);
  });

  it('reports a file importing itself', () => {
    const a = check('xproj: 1\nimports: [plan.xproj.yaml]\n');
    assert.match(findings(a, 'import-error')[0]!.message, /cycle/i);
  });

  it('reports an import with syntax errors and one that is not a mapping', () => {
    const a = check('xproj: 1\nimports: [bad.xproj.yaml, list.xproj.yaml]\n', {
      files: { 'bad.xproj.yaml': 'people: [unclosed\n', 'list.xproj.yaml': '- just\n- a list\n' },
    });
    assert.deepEqual(spansOf(a, 'import-error'), [
      ['bad.xproj.yaml', 2],
      ['list.xproj.yaml', 2],
    ]);
  });

  it('speaks Chinese when asked', () => {
    const a = check('xproj: 1\nimports: [nowhere.xproj.yaml]\n', { locale: 'zh-CN' });
    assert.match(findings(a, 'import-error')[0]!.message, /无法读取/);
  });
});
