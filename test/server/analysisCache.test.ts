import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../../server/src/analysisCache';
import { getLanguageService } from '../../server/src/service';
import type { LanguageService, PreviousAnalysis } from '../../server/src/service';

const URI = 'file:///cache.xproj.yaml';
const TEXT =
  'xproj: 1\nproject: {id: p, name: P, owner: a, manager: a, start: 2026-03-02}\npeople:\n  - {id: a, name: A}\ntasks:\n  - {id: t1, owner: a, duration: 2d}\n';

/** A service that records what each analysis was handed. */
function recording(): { service: LanguageService; handed: (PreviousAnalysis | undefined)[] } {
  // Parsed in chunks even this short, so there is a parse state to hand on.
  const real = getLanguageService({ parseOptions: { minLength: 0 } });
  const handed: (PreviousAnalysis | undefined)[] = [];
  const service: LanguageService = {
    ...real,
    analyze: (document, previous) => (handed.push(previous), real.analyze(document, previous)),
    draftAnalysis: (document, previous) => (handed.push(previous), real.draftAnalysis(document, previous)),
  };
  return { service, handed };
}

describe('analysis cache', () => {
  it('analyses a version once and hands the next version only the previous parse', () => {
    const { service, handed } = recording();
    const cache = new AnalysisCache(service);
    const v1 = TextDocument.create(URI, 'xproj', 1, TEXT);
    const first = cache.get(v1);
    assert.equal(cache.get(v1), first);
    assert.deepEqual(handed, [undefined]);

    const v2 = TextDocument.create(URI, 'xproj', 2, TEXT.replace('2d', '3d'));
    const second = cache.get(v2);
    assert.notEqual(second, first);
    assert.equal(handed.length, 2);
    const handedOn: PreviousAnalysis = handed[1]!;
    // The parse state and uri, not the analysis with its model, symbols and schedule.
    assert.deepEqual(Object.keys(handedOn).sort(), ['parseState', 'uri']);
    assert.ok(first.parseState);
    assert.equal(handedOn.parseState, first.parseState);
    // Taken over by the new parse, the old state lets go of its text.
    assert.equal(first.parseState.retired, true);
    assert.equal(first.parseState.text, '');
    assert.equal(second.schedule.tasks.size, 1);
  });

  it('analyses again after an invalidation, still from the last parse', () => {
    const { service, handed } = recording();
    const cache = new AnalysisCache(service);
    const v1 = TextDocument.create(URI, 'xproj', 1, TEXT);
    const first = cache.get(v1);
    cache.invalidate(URI);
    const again = cache.get(v1);
    assert.notEqual(again, first);
    assert.equal(handed[1]!.parseState, first.parseState);
    assert.ok(cache.has(URI));
    cache.forget(URI);
    assert.ok(!cache.has(URI));
  });

  it('finishes a draft for its version and hands a draft on like an analysis', () => {
    const { service, handed } = recording();
    const cache = new AnalysisCache(service);
    const v1 = TextDocument.create(URI, 'xproj', 1, TEXT);
    const draft = cache.draft(v1)!;
    assert.equal(cache.draft(v1), undefined);
    const finished = cache.get(v1);
    assert.equal(finished.parseState, draft.parseState);
    cache.get(TextDocument.create(URI, 'xproj', 2, TEXT));
    assert.equal(handed.length, 2);
    assert.ok(draft.parseState);
    assert.equal(handed[1]!.parseState, draft.parseState);
  });
});
