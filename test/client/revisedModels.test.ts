import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { RequestType } from 'vscode-jsonrpc';
import { RevisedModels } from '../../client/src/revisedModels';
import { GANTT_PATCHER } from '../../client/src/viewPatchers';
import type { GanttModel, GanttPatch, ViewAnswer, ViewParams } from '../../server/src/protocol';
import { GANTT_PATCHES } from '../../server/src/viewPatches';
import { ViewRevisions } from '../../server/src/viewRevisions';
import { getGanttModel } from '../../server/src/service/features/views';
import { check } from '../helpers/plan';
import { loadGenerator } from '../helpers/generator';

const GANTT = new RequestType<ViewParams, ViewAnswer<GanttModel, GanttPatch> | null, void>('xproj/ganttModel');
const URI = 'file:///test/plan.xproj.yaml';

/** The client's store over the server's revisions, through JSON as over the wire; `answers` records what travelled. */
function harness(model: () => GanttModel): { models: RevisedModels; answers: unknown[]; restart: () => void } {
  let views = new ViewRevisions();
  const answers: unknown[] = [];
  const models = new RevisedModels(<P, R>(_type: RequestType<P, R, void>, params: P) => {
    const { uri, since } = params as unknown as ViewParams;
    const answer = JSON.parse(JSON.stringify(views.answer('gantt', uri, since, model(), GANTT_PATCHES))) as unknown;
    answers.push(answer);
    return Promise.resolve(answer as R);
  });
  return { models, answers, restart: () => (views = new ViewRevisions()) };
}

describe('the client’s store of patched view models', () => {
  let plans: [GanttModel, GanttModel];
  before(async () => {
    const text = (await loadGenerator()).generatePlan({ tasks: 80, seed: 2 });
    const renamed = text.replace(/(\n {12}name: )[^\n]+/, '$1Renamed task');
    const wire = (m: GanttModel): GanttModel => JSON.parse(JSON.stringify(m)) as GanttModel;
    plans = [wire(getGanttModel(check(text))), wire(getGanttModel(check(renamed)))];
  });

  it('holds the whole model first, then applies patches, and keeps the same object when nothing changed', async () => {
    let current = plans[0];
    const h = harness(() => current);
    const first = await h.models.fetch(GANTT, URI, GANTT_PATCHER);
    assert.deepEqual(first?.model, plans[0]);
    assert.equal(first?.patch, undefined);
    current = plans[1];
    const second = await h.models.fetch(GANTT, URI, GANTT_PATCHER);
    assert.deepEqual(second?.model, plans[1]);
    assert.equal(second?.patch?.base, first?.revision);
    assert.equal((h.answers[1] as { patch: GanttPatch }).patch.tasks.rows.length, 1, 'one row travelled');
    const third = await h.models.fetch(GANTT, URI, GANTT_PATCHER);
    assert.equal(third?.model, second?.model, 'the same object: views need not redraw');
    assert.equal(third?.revision, second?.revision);
  });

  it('asks for the whole model when the server no longer knows the revision it holds (a restart)', async () => {
    let current = plans[0];
    const h = harness(() => current);
    await h.models.fetch(GANTT, URI, GANTT_PATCHER);
    h.restart();
    current = plans[1];
    const after = await h.models.fetch(GANTT, URI, GANTT_PATCHER);
    assert.deepEqual(after?.model, plans[1]);
    assert.ok(!('patch' in (h.answers[1] as object)), 'a revision the new server never gave gets the whole model');
  });

  it('throws away a patch that does not fit what it holds and asks again whole', async () => {
    const answers: unknown[] = [
      { ...plans[0], revision: 1 },
      { revision: 3, base: 1, patch: { ...plans[1], tasks: { keys: ['nope'], rows: [], shifts: [] } } },
      { ...plans[1], revision: 4 },
    ];
    const asked: unknown[] = [];
    const models = new RevisedModels(<P, R>(_type: RequestType<P, R, void>, params: P) => {
      asked.push(params);
      return Promise.resolve(answers.shift() as R);
    });
    await models.fetch(GANTT, URI, GANTT_PATCHER);
    const held = await models.fetch(GANTT, URI, GANTT_PATCHER);
    assert.deepEqual(held?.model, plans[1]);
    assert.deepEqual(asked, [{ uri: URI }, { uri: URI, since: 1 }, { uri: URI }]);
  });
});
