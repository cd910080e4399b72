import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseArgs } from '../../server/src/cli/args';
import { usageMessage } from '../../server/src/cli/messages';

describe('parseArgs: export and import', () => {
  it('reads export with its format, output and chart range; a date after --to ends the range', () => {
    assert.deepEqual(parseArgs(['export', 'p.xproj.yaml', '--to', 'pdf', '-o', 'out.pdf', '--from', '2026-03-01', '--to', '2026-04-30']), {
      ok: true,
      invocation: {
        kind: 'export',
        file: 'p.xproj.yaml',
        format: 'pdf',
        output: 'out.pdf',
        from: '2026-03-01',
        until: '2026-04-30',
        statusDate: undefined,
        locale: undefined,
      },
    });
    const eq = parseArgs(['export', 'p.xproj.yaml', '--to=2026-04-30', '--to=svg', '--output=o.svg']);
    assert.ok(eq.ok && eq.invocation.kind === 'export');
    assert.equal(eq.invocation.format, 'svg');
    assert.equal(eq.invocation.until, '2026-04-30');
    assert.equal(eq.invocation.output, 'o.svg');
  });

  it('reads import with and without -o', () => {
    assert.deepEqual(parseArgs(['import', 'plan.xml', '-o', 'plan.xproj.yaml', '--locale', 'zh-cn']), {
      ok: true,
      invocation: { kind: 'import', file: 'plan.xml', output: 'plan.xproj.yaml', locale: 'zh-cn' },
    });
    assert.deepEqual(parseArgs(['import', 'plan.csv']), { ok: true, invocation: { kind: 'import', file: 'plan.csv', output: undefined, locale: undefined } });
  });

  const refused: [string[], string, string][] = [
    [['export', 'p.xproj.yaml'], 'missingTo', "xproj: 'export' needs --to FORMAT (tjp, mspdi, xlsx, csv, ics, mermaid, svg, png or pdf)."],
    [
      ['export', 'p.xproj.yaml', '--to', 'docx'],
      'badExportFormat',
      "xproj: Unknown export format 'docx'; use one of 'tjp', 'mspdi', 'xlsx', 'csv', 'ics', 'mermaid', 'svg', 'png', 'pdf'.",
    ],
    [['export', 'p.xproj.yaml', '--to', 'png'], 'binaryNeedsOutput', 'xproj: png is not text: give the file to write with -o FILE.'],
    [['export', '--to', 'csv'], 'interopArity', "xproj: 'export' takes exactly one file (got 0)."],
    [['export', 'a', 'b', '--to', 'csv'], 'interopArity', "xproj: 'export' takes exactly one file (got 2)."],
    [
      ['export', 'p.xproj.yaml', '--to', 'svg', '--from', '2026-05-01', '--until', '2026-04-01'],
      'badRange',
      'xproj: The range ends (2026-04-01) before it starts (2026-05-01).',
    ],
    [['export', 'p.xproj.yaml', '--to', 'svg', '--from', '2026-13-01'], 'badDate', "xproj: '2026-13-01' is not a valid date; write it as YYYY-MM-DD."],
    [['export', 'p.xproj.yaml', '--to', 'csv', '-o'], 'missingValue', "xproj: Option '-o' needs a value."],
    [['import'], 'interopArity', "xproj: 'import' takes exactly one file (got 0)."],
    [['import', 'a.xml', '--to', 'csv'], 'unknownOption', "xproj: Unknown option '--to' for 'import'."],
  ];
  for (const [argv, kind, message] of refused) {
    it(`refuses ${argv.join(' ')} (${kind})`, () => {
      const r = parseArgs(argv);
      assert.ok(!r.ok);
      assert.equal(r.error.kind, kind);
      assert.equal(usageMessage(r.error, 'en'), `${message}\nRun 'xproj --help' for usage.\n`);
    });
  }

  it('words the refusals in Chinese too', () => {
    const r = parseArgs(['export', 'p.xproj.yaml', '--to', 'xlsx']);
    assert.ok(!r.ok);
    assert.equal(usageMessage(r.error, 'zh-cn'), 'xproj: xlsx 不是文本格式：请用 -o 文件 指定要写入的文件。\n运行“xproj --help”查看用法。\n');
  });
});
