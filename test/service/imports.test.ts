import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../helpers/plan';

const ORG = [
  'xproj: 1',
  'departments:',
  '  - {id: market, name: 市场部, head: wang, liaison: zhao}',
  'people:',
  '  - {id: wang, name: 王五}',
  '  - {id: zhao, name: 赵六}',
  'phases:',
  '  - {id: init, name: 启动}',
  '',
].join('\n');

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

  it('reads nothing that is not named like a plan', () => {
    const asked: string[] = [];
    const a = check('xproj: 1\nimports: [../../../../../../etc/shadow, /dev/zero, notes.txt, org.xproj.yaml]\n', {
      readFile: (uri) => (asked.push(uri), uri.endsWith('org.xproj.yaml') ? ORG : 'secret: 1\n'),
    });
    assert.deepEqual(asked, ['file:///test/org.xproj.yaml']);
    assert.deepEqual(spansOf(a, 'import-error'), [
      ['../../../../../../etc/shadow', 2],
      ['/dev/zero', 2],
      ['notes.txt', 2],
    ]);
    assert.match(findings(a, 'import-error')[1]!.message, /'\/dev\/zero' is not read: imports name plan files/);
    assert.ok(a.symbols.person('wang'));
  });

  it('says why the host refused a file, in both languages', () => {
    const refusals = {
      'dev.xproj.yaml': 'not-a-file',
      'huge.xproj.yaml': 'too-large',
      'away.xproj.yaml': 'outside-workspace',
      'locked.xproj.yaml': 'unreadable',
    } as const;
    const text = `xproj: 1\nimports: [${Object.keys(refusals).join(', ')}]\n`;
    const readFile = (uri: string): { error: (typeof refusals)[keyof typeof refusals] } => ({
      error: refusals[uri.slice('file:///test/'.length) as keyof typeof refusals],
    });
    assert.deepEqual(
      findings(check(text, { readFile }), 'import-error').map((f) => f.message),
      [
        "'dev.xproj.yaml' is not read: it is not a regular file (a folder, device, pipe or socket).",
        "'huge.xproj.yaml' is not read: it is larger than the 32 MB a plan file may be.",
        "'away.xproj.yaml' is not read: it is outside the workspace, and this workspace is not trusted (Restricted Mode).",
        "Cannot read 'locked.xproj.yaml': the file is not readable.",
      ],
    );
    assert.deepEqual(
      findings(check(text, { readFile, locale: 'zh-cn' }), 'import-error').map((f) => f.message),
      [
        '未读取“dev.xproj.yaml”：它不是普通文件（而是文件夹、设备、管道或套接字）。',
        '未读取“huge.xproj.yaml”：文件超过计划文件允许的 32 MB。',
        '未读取“away.xproj.yaml”：它位于工作区之外，而此工作区未受信任（受限模式）。',
        '无法读取“locked.xproj.yaml”：文件不可读。',
      ],
    );
  });

  it('reads at most 256 files through one plan', () => {
    const names = Array.from({ length: 300 }, (_, i) => `p${i}.xproj.yaml`);
    let reads = 0;
    const a = check(`xproj: 1\nimports: [${names.join(', ')}]\n`, { readFile: () => (reads++, 'xproj: 1\npeople: []\n') });
    assert.equal(reads, 256);
    const refused = findings(a, 'import-error');
    assert.equal(refused.length, 44);
    assert.equal(refused[0]!.covers, 'p256.xproj.yaml');
    assert.match(refused[0]!.message, /More than 256 files are imported/);
  });
});
