import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { baselineChoices, relativePlanPath } from '../../client/src/baselineChoices';
import { finishSummary, finishText, finishTooltip, signedDays } from '../../client/src/finishSummary';
import type { Translate } from '../../client/src/finishSummary';
import { data, task } from '../webview/ganttData';

/** `vscode.l10n.t` over a bundle: the translation (or the message itself), placeholders filled. */
function translator(bundle: Record<string, string> = {}): Translate {
  return (message, ...args) => (bundle[message] ?? message).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}
const zhBundle = JSON.parse(readFileSync(join(__dirname, '..', '..', 'client', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const en = translator();
const zh = translator(zhBundle);

describe('finish summary', () => {
  // 2026-03-13 is a Friday: the forecast finish on Thursday 03-19 is 4 working days later, and the
  // baseline's finish on Wednesday 03-11 is 2 working days earlier.
  const model = data([task('a', '2026-03-02', '2026-03-13')], [], {
    project: { start: '2026-03-02', finish: '2026-03-13', forecastFinish: '2026-03-19', baselineFinish: '2026-03-11', baseline: 'v1.0' },
  });

  it('counts the forecast and baseline deltas in working days of the plan calendar', () => {
    const s = finishSummary(model);
    assert.deepEqual(s.forecast, { date: '2026-03-19', delta: 4 });
    assert.deepEqual(s.baseline, { name: 'v1.0', date: '2026-03-11', delta: 2 });
    assert.equal(s.unreliable, undefined);
  });

  it('reads "finish 03-13 · forecast +4d · baseline +2d", and the same in Chinese', () => {
    assert.equal(finishText(finishSummary(model), en), 'finish 03-13 · forecast +4d · baseline +2d');
    assert.equal(finishText(finishSummary(model), zh), '完工 03-13 · 预测 +4天 · 基线 +2天');
  });

  it('shows only the finish without a status date or a baseline, and holidays do not count', () => {
    const plain = data([task('a', '2026-03-02', '2026-03-13')]);
    assert.equal(finishText(finishSummary(plain), en), 'finish 03-13');
    const withHoliday = data([task('a', '2026-03-02', '2026-03-13')], [], {
      holidays: ['2026-03-16'],
      project: { start: '2026-03-02', finish: '2026-03-13', forecastFinish: '2026-03-17' },
    });
    assert.equal(finishSummary(withHoliday).forecast?.delta, 1);
  });

  it('explains each delta in the tooltip and says when the dates are unreliable', () => {
    const bad = data([task('a', '2026-03-02', '2026-03-13')], [], { project: { ...model.project, unreliable: { cycles: 1, errors: 2 } } });
    const lines = finishTooltip(finishSummary(bad), en);
    assert.ok(lines.includes('Forecast finish: 2026-03-19 (+4 working days after the plan).'), lines.join('\n'));
    assert.ok(lines.includes('Baseline v1.0 finished on 2026-03-11; the plan finishes +2 working days after it.'));
    assert.ok(lines.some((l) => l.startsWith('Dates unreliable: 1 dependency cycles, 2 errors.')));
    assert.ok(finishTooltip(finishSummary(bad), zh).some((l) => l.startsWith('日期不可靠：1 个依赖循环，2 个错误')));
    // Zero cycles and zero errors are no notice.
    const ok = data([task('a', '2026-03-02', '2026-03-13')], [], { project: { ...model.project, unreliable: { cycles: 0, errors: 0 } } });
    assert.equal(finishSummary(ok).unreliable, undefined);
  });

  it('signs a delta the way the Tasks view marks a slipping task', () => {
    assert.equal(signedDays(3, en), '+3d');
    assert.equal(signedDays(3, zh), '+3天');
    assert.equal(signedDays(-2, en), '−2d');
    assert.equal(signedDays(0, en), '±0d');
  });
});

describe('baseline choices', () => {
  const candidates = { tags: [{ name: 'v1.0', date: '2026-03-01' }], commits: [{ rev: 'abc1234', date: '2026-03-05', subject: 'Move the launch' }] };

  it('lists the own baseline, the tags, the commits, then Choose a file…', () => {
    const items = baselineChoices(candidates, 'v1.0', en);
    assert.deepEqual(
      items.map((i) => [i.kind, i.base ?? '']),
      [
        ['own', ''],
        ['separator', ''],
        ['base', 'v1.0'],
        ['separator', ''],
        ['base', 'abc1234'],
        ['separator', ''],
        ['file', ''],
      ],
    );
    assert.equal(items.find((i) => i.base === 'abc1234')?.detail, 'Move the launch');
    assert.equal(items.at(-1)?.label, '$(file) Choose a file…');
    assert.equal(baselineChoices(candidates, undefined, zh).at(-1)?.label, '$(file) 选择文件…');
  });

  it('offers only a file outside a repository (or in Restricted Mode)', () => {
    assert.deepEqual(
      baselineChoices(null, undefined, en).map((i) => i.kind),
      ['separator', 'file'],
    );
  });

  it('makes a baseline file path relative to the plan folder', () => {
    assert.equal(relativePlanPath('/w/plans/p.xproj.yaml', '/w/plans/base.xproj.yaml'), './base.xproj.yaml');
    assert.equal(relativePlanPath('/w/plans/p.xproj.yaml', '/w/old/base.xproj.yaml'), '../old/base.xproj.yaml');
    assert.equal(relativePlanPath('/w/plans/p.xproj.yaml', '/w/plans/v1/base.xproj.yaml'), './v1/base.xproj.yaml');
  });
});
