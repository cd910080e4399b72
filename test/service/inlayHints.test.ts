import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { InlayHint, Range } from 'vscode-languageserver-types';
import { XprojInlayHints } from '../../server/src/service/features/inlayHints';
import { open } from '../helpers/plan';

// 2026-03-02 is a Monday.
const PLAN = [
  'xproj: 1',
  'project: {id: p, name: P, start: 2026-03-02, owner: boss, manager: boss}',
  'people: [{id: boss, name: Boss}]',
  'tasks:',
  '  - id: a', // 4: written start, no hint
  '    owner: boss',
  '    start: 2026-03-02',
  '    duration: 3d',
  '  - id: b  # after a', // 8: 03-05..03-06
  '    owner: boss',
  '    depends_on: [a]',
  '    duration: 2d',
  '  - {id: m, owner: boss, milestone: true, depends_on: [b]}', // 12: 03-06
  '  - id: s', // 13: summary 03-09..03-10
  '    owner: boss',
  '    subtasks:',
  '      - {id: s1, depends_on: [m], duration: 2d}', // 16
  '',
].join('\n');

const EVERYTHING: Range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

function hints(text: string, range: Range = EVERYTHING, locale: 'en' | 'zh-cn' = 'en'): InlayHint[] {
  const { analysis, document } = open(text);
  return new XprojInlayHints(locale).getInlayHints(document, range, analysis);
}

const brief = (h: InlayHint): [number, number, string] => [h.position.line, h.position.character, h.label as string];

describe('inlay hints', () => {
  it('shows computed dates right after the id of each task without a written start', () => {
    assert.deepEqual(hints(PLAN).map(brief), [
      [8, 9, '2026-03-05 → 2026-03-06'],
      [12, 10, '2026-03-06'],
      [13, 9, '2026-03-09 → 2026-03-10'],
      [16, 15, '2026-03-09 → 2026-03-10'],
    ]);
    assert.ok(hints(PLAN).every((h) => h.paddingLeft === true));
  });

  it('explains the dates in the tooltip, in the editor language', () => {
    const [b, m, s] = hints(PLAN);
    assert.equal(b!.tooltip, 'Computed dates: 2026-03-05 to 2026-03-06, 2 working days.');
    assert.equal(m!.tooltip, 'Computed milestone date: 2026-03-06.');
    assert.equal(s!.tooltip, 'Spans its subtasks: 2026-03-09 to 2026-03-10.');
    assert.equal(hints(PLAN, EVERYTHING, 'zh-cn')[0]!.tooltip, '推算日期：2026-03-05 至 2026-03-06，共 2 个工作日。');
  });

  it('returns only the hints inside the requested range', () => {
    const range = { start: { line: 12, character: 0 }, end: { line: 13, character: 9 } };
    assert.deepEqual(hints(PLAN, range).map(brief), [
      [12, 10, '2026-03-06'],
      [13, 9, '2026-03-09 → 2026-03-10'],
    ]);
    assert.deepEqual(hints(PLAN, { start: { line: 14, character: 0 }, end: { line: 16, character: 14 } }), []);
  });

  it('gives none to tasks on a dependency cycle, whose dates would mislead', () => {
    const text = [
      'xproj: 1',
      'project: {id: p, name: P, start: 2026-03-02}',
      'tasks:',
      '  - {id: x, duration: 1d, depends_on: [y]}',
      '  - {id: y, duration: 1d, depends_on: [x]}',
      '  - {id: z, duration: 1d}',
    ].join('\n');
    assert.deepEqual(hints(text).map(brief), [[5, 10, '2026-03-02 → 2026-03-02']]);
  });
});
