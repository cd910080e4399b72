import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { HEAP_GROWING_PERCENT, ROOMY_HEAP_GROWING_PERCENT, ROOMY_TEXT_LENGTH, heapGrowingPercent, heapGrowthByOpenPlans } from '../../server/src/heapPolicy';

describe('heap growth by the open plans', () => {
  it('lets the heap grow further while the open plans are small, and holds it close for large ones', () => {
    assert.equal(heapGrowingPercent(0), ROOMY_HEAP_GROWING_PERCENT);
    assert.equal(heapGrowingPercent(ROOMY_TEXT_LENGTH), ROOMY_HEAP_GROWING_PERCENT);
    assert.equal(heapGrowingPercent(ROOMY_TEXT_LENGTH + 1), HEAP_GROWING_PERCENT);
    assert.ok(ROOMY_HEAP_GROWING_PERCENT > HEAP_GROWING_PERCENT);
  });

  it('sets the flag only when the growth changes', () => {
    const applied: number[] = [];
    const changed = heapGrowthByOpenPlans((p) => applied.push(p), undefined);
    for (const length of [10, 2_000_000, 8_000_000, 9_000_000, 8_000_000, 1_000]) {
      changed(length);
    }
    assert.deepEqual(applied, [ROOMY_HEAP_GROWING_PERCENT, HEAP_GROWING_PERCENT, ROOMY_HEAP_GROWING_PERCENT]);
  });

  it('keeps a growth set by XPROJ_HEAP_GROWING_PERCENT whatever is open', () => {
    const applied: number[] = [];
    const changed = heapGrowthByOpenPlans((p) => applied.push(p), 0);
    changed(10);
    changed(8_000_000);
    assert.deepEqual(applied, [0]);
  });
});
