import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseArgs } from '../../server/src/cli/args';
import { resolveLocale } from '../../server/src/cli/locale';

describe('parseArgs', () => {
  it('reads check with paths and options in any order, in both option spellings', () => {
    assert.deepEqual(parseArgs(['check', 'a.xproj.yaml', '--format=json', 'plans', '--status-date', '2026-03-20']), {
      ok: true,
      invocation: {
        kind: 'check',
        paths: ['a.xproj.yaml', 'plans'],
        format: 'json',
        statusDate: '2026-03-20',
        locale: undefined,
        jobs: undefined,
        maxProblems: undefined,
        maxWarnings: undefined,
        quiet: false,
        fix: false,
      },
    });
  });

  it('reads how many problems check lists per file, 0 meaning all', () => {
    for (const [text, value] of [
      ['0', 0],
      ['1', 1],
      ['250', 250],
    ] as const) {
      const r = parseArgs(['check', '--max-problems', text, 'plans']);
      assert.ok(r.ok && r.invocation.kind === 'check');
      assert.equal(r.invocation.maxProblems, value);
    }
  });

  it('reads how many plans check may analyse at once', () => {
    const r = parseArgs(['check', '--jobs', '3', 'plans']);
    assert.ok(r.ok && r.invocation.kind === 'check' && r.invocation.jobs === 3);
  });

  it('defaults to text for check and table for schedule', () => {
    const check = parseArgs(['check']);
    assert.ok(check.ok && check.invocation.kind === 'check' && check.invocation.format === 'text');
    const schedule = parseArgs(['schedule', 'p.xproj.yaml']);
    assert.ok(schedule.ok && schedule.invocation.kind === 'schedule' && schedule.invocation.format === 'table');
  });

  it('takes paths after -- even when they look like options', () => {
    const r = parseArgs(['check', '--', '--odd.xproj.yaml']);
    assert.ok(r.ok && r.invocation.kind === 'check');
    assert.deepEqual(r.invocation.paths, ['--odd.xproj.yaml']);
  });

  const refused: [string[], string][] = [
    [['frobnicate'], 'unknownCommand'],
    [['check', '--colour'], 'unknownOption'],
    [['check', '-x'], 'unknownOption'],
    [['check', '--format'], 'missingValue'],
    [['check', '--format', 'xml'], 'badFormat'],
    [['schedule', 'p.xproj.yaml', '--format', 'sarif'], 'badFormat'],
    [['check', '--status-date', '20-03-2026'], 'badDate'],
    [['check', '--status-date', '2026-02-30'], 'badDate'],
    [['check', '--status-date', '0000-12-31'], 'dateOutOfRange'],
    [['check', '--locale', 'fr'], 'badLocale'],
    [['check', '--jobs', '0'], 'badJobs'],
    [['check', '--jobs', '1.5'], 'badJobs'],
    [['check', '--jobs', 'many'], 'badJobs'],
    [['check', '--max-problems', '-1'], 'badMaxProblems'],
    [['check', '--max-problems', '2.5'], 'badMaxProblems'],
    [['check', '--max-problems', 'all'], 'badMaxProblems'],
    [['schedule', 'p.xproj.yaml', '--max-problems', '5'], 'unknownOption'],
    [['schedule', 'p.xproj.yaml', '--jobs', '2'], 'unknownOption'],
    [['schedule'], 'scheduleArity'],
    [['schedule', 'a.xproj.yaml', 'b.xproj.yaml'], 'scheduleArity'],
    [['lsp'], 'noTransport'],
    [['lsp', '--stdio', 'extra'], 'unexpectedArgument'],
    [['help', 'nothing'], 'unknownCommand'],
    [['check', '--version'], 'unknownOption'],
    [['schedule', 'p.xproj.yaml', '--stdio'], 'unknownOption'],
  ];
  for (const [argv, kind] of refused) {
    it(`refuses ${argv.join(' ')} (${kind})`, () => {
      const r = parseArgs(argv);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.error.kind, kind);
    });
  }

  it('reads help in its three spellings, and bare xproj as a misuse', () => {
    assert.deepEqual(parseArgs(['help', 'check']), { ok: true, invocation: { kind: 'help', topic: 'check', locale: undefined, misuse: false } });
    assert.deepEqual(parseArgs(['check', '--help']), { ok: true, invocation: { kind: 'help', topic: 'check', locale: undefined } });
    assert.deepEqual(parseArgs(['-h']), { ok: true, invocation: { kind: 'help', topic: undefined, locale: undefined, misuse: false } });
    assert.deepEqual(parseArgs([]), { ok: true, invocation: { kind: 'help', topic: undefined, locale: undefined, misuse: true } });
    assert.deepEqual(parseArgs(['--version']), { ok: true, invocation: { kind: 'version' } });
  });

  it('accepts the transports a language client passes to lsp', () => {
    for (const argv of [
      ['lsp', '--stdio'],
      ['lsp', '--node-ipc', '--clientProcessId=42'],
      ['lsp', '--socket=5000'],
    ]) {
      assert.equal(parseArgs(argv).ok, true, argv.join(' '));
    }
  });

  it('keeps a valid --locale for the message of a later usage error', () => {
    const r = parseArgs(['check', '--locale', 'zh-CN', '--format', 'xml']);
    assert.ok(!r.ok);
    assert.equal(r.locale, 'zh-CN');
  });
});

describe('resolveLocale', () => {
  it('prefers the flag, then LC_ALL, LC_MESSAGES, LANG', () => {
    assert.equal(resolveLocale('en', { LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(resolveLocale(undefined, { LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(resolveLocale(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(resolveLocale(undefined, { LC_ALL: '', LC_MESSAGES: 'zh_TW', LANG: 'C' }), 'zh-cn');
    assert.equal(resolveLocale(undefined, {}), 'en');
  });
});
