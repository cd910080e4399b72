import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { didYouMean, editDistance } from '../../server/src/service/utils/didYouMean';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance('same', 'same'), 0);
    assert.equal(editDistance('onwer', 'owner'), 1);
  });

  it('counts code points, so one Chinese character or emoji is one edit', () => {
    assert.equal(editDistance('张三', '张叁'), 1);
    assert.equal(editDistance('市场', '市场部'), 1);
    assert.equal(editDistance('a😀', 'a😁'), 1);
  });

  it('stops early past a maximum, returning max + 1', () => {
    assert.equal(editDistance('abcdefgh', 'zyxwvuts', 2), 3);
    assert.equal(editDistance('abc', 'abcdefgh', 2), 3);
    assert.equal(editDistance('abdc', 'abcd', 1), 1);
    assert.equal(editDistance('kitten', 'sitting', 3), 3);
  });
});

describe('didYouMean', () => {
  it('offers the ids at the smallest distance, in candidate order, at most three', () => {
    assert.deepEqual(didYouMean('li-sy', ['wang-wu', 'li-si', 'li-so']), ['li-si', 'li-so']);
    assert.deepEqual(didYouMean('ab', ['ac', 'ad', 'ae', 'af']), ['ac', 'ad', 'ae']);
    assert.deepEqual(didYouMean('kickof', ['kick', 'kickoff']), ['kickoff']);
    assert.deepEqual(didYouMean('tsak-1', ['task-0', 'task-1', 'task-2']), ['task-1']);
  });

  it('ignores case, width and separators', () => {
    assert.deepEqual(didYouMean('ZhangSan', ['li-si', 'zhang-san']), ['zhang-san']);
    assert.deepEqual(didYouMean('ｌｉ－ｓｉ', ['li-si']), ['li-si']);
    assert.deepEqual(didYouMean('li_si', ['li-si']), ['li-si']);
  });

  it('works for Chinese ids', () => {
    assert.deepEqual(didYouMean('张叁', ['李四', '张三']), ['张三']);
    assert.deepEqual(didYouMean('市场', ['市场部', '财务部']), ['市场部']);
  });

  it('matches names as well as ids', () => {
    const people = [
      { id: 'zhang-san', name: '张三' },
      { id: 'li-si', name: '李四' },
    ];
    assert.deepEqual(didYouMean('李四', people), ['li-si']);
    assert.deepEqual(didYouMean('李思', people), ['li-si']);
  });

  it('offers nothing when nothing is close, and nothing for one-letter words', () => {
    assert.deepEqual(didYouMean('budget', ['kickoff', 'launch']), []);
    assert.deepEqual(didYouMean('a', ['b', 'c']), []);
    assert.deepEqual(didYouMean('x', []), []);
    assert.deepEqual(didYouMean('-', ['_', '.']), []);
  });
});
