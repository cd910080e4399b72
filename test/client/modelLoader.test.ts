import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ModelLoader } from '../../client/src/views/modelLoader';

/** A loader over a counter "server": each fetch answers the current model and is counted. */
function harness(): { loader: ModelLoader<number>; fetched: () => number; set: (n: number) => void; applied: number[]; changes: () => number } {
  let model = 1;
  let fetches = 0;
  let changes = 0;
  const applied: number[] = [];
  const loader = new ModelLoader<number>(
    () => {
      fetches++;
      return Promise.resolve({ key: String(model), model });
    },
    (m) => m !== undefined && applied.push(m),
    () => changes++,
  );
  return { loader, fetched: () => fetches, set: (n) => (model = n), applied, changes: () => changes };
}

describe('the tree views’ model loader', () => {
  it('fetches a changed model once, and tells the view only after it received the roots of an older one', async () => {
    const h = harness();
    await h.loader.roots();
    assert.deepEqual([h.fetched(), h.applied, h.changes()], [1, [1], 0]);
    h.set(2);
    h.loader.refresh();
    await h.loader.ready();
    assert.deepEqual([h.fetched(), h.applied, h.changes()], [2, [1, 2], 1]);
    // An unchanged model is fetched but neither applied nor announced.
    h.loader.refresh();
    await h.loader.ready();
    assert.deepEqual([h.fetched(), h.applied, h.changes()], [3, [1, 2], 1]);
  });

  it('while hidden, only notes changes, and fetches once when the model is next needed', async () => {
    const h = harness();
    await h.loader.roots();
    h.set(2);
    for (let i = 0; i < 5; i++) {
      h.loader.invalidate();
    }
    assert.equal(h.fetched(), 1, 'nothing fetched while hidden');
    await h.loader.ready();
    assert.deepEqual([h.fetched(), h.applied, h.changes()], [2, [1, 2], 1]);
    await h.loader.ready();
    assert.equal(h.fetched(), 2, 'a fresh model is not fetched again');
  });

  it('keeps a forced re-render asked for while hidden', async () => {
    const h = harness();
    await h.loader.roots();
    h.loader.invalidate(true);
    h.loader.invalidate();
    h.loader.refreshIfStale();
    await h.loader.ready();
    // The same model, re-rendered because one invalidation forced it.
    assert.deepEqual([h.fetched(), h.changes()], [2, 1]);
    h.loader.refreshIfStale();
    await h.loader.ready();
    assert.equal(h.fetched(), 2, 'nothing stale, nothing fetched');
  });
});
