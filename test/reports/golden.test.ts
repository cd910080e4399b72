import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPORT_KINDS, buildReport, renderReport } from '../../server/src/service';
import type { Locale } from '../../server/src/service/l10n/localize';
import { check } from '../helpers/plan';

/**
 * The example plan's reports, as committed Markdown: a change of wording or of a figure shows in
 * review. Regenerate them with `UPDATE_GOLDEN=1 node --import tsx --test test/reports/golden.test.ts`.
 */
const REPO = join(__dirname, '../..');
const EXAMPLE = join(REPO, 'examples/enrolment');
const GOLDEN = join(__dirname, 'golden');
const LOCALES: readonly Locale[] = ['en', 'zh-cn'];

function exampleAnalysis(locale: Locale): ReturnType<typeof check> {
  return check(readFileSync(join(EXAMPLE, 'spring-enrolment.xproj.yaml'), 'utf8'), {
    files: { 'organisation.xproj.yaml': readFileSync(join(EXAMPLE, 'organisation.xproj.yaml'), 'utf8') },
    locale,
  });
}

describe('golden Markdown reports of the example plan', () => {
  const update = process.env['UPDATE_GOLDEN'] === '1';
  if (update) {
    mkdirSync(GOLDEN, { recursive: true });
  }
  for (const locale of LOCALES) {
    const analysis = exampleAnalysis(locale);
    it(`the example is a clean plan (${locale}), so its reports carry no problem notice`, () => {
      assert.deepEqual(
        analysis.problems.filter((p) => p.severity === 'error' || p.severity === 'warning'),
        [],
      );
    });
    for (const kind of REPORT_KINDS) {
      it(`${kind} in ${locale}`, () => {
        const text = renderReport(buildReport(analysis, { kind, locale }), 'markdown', locale);
        const file = join(GOLDEN, `${kind}.${locale}.md`);
        if (update) {
          writeFileSync(file, text);
        }
        assert.equal(text, readFileSync(file, 'utf8'), `${file} differs; run with UPDATE_GOLDEN=1 if the change is intended`);
      });
    }
  }
});
