import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isFromReportViewMessage, isReportDocument, isToReportViewMessage } from '../../webview/src/protocol';

const DOC = {
  locale: 'zh-cn',
  title: '周报',
  subtitle: ['项目 ', { id: 'p', name: null }],
  blocks: [
    { type: 'heading', text: '本周' },
    { type: 'table', head: ['任务', '进度'], rows: [[[{ id: 'a', name: '设计' }], ['60%']]], numeric: [1] },
    { type: 'list', items: [[{ strong: '注意' }, { code: 'x' }]] },
    { type: 'blank', prompt: '经验教训' },
  ],
};
const LABELS = { kinds: { weekly: 'W', funds: 'F', risks: 'R', closing: 'C' }, copyMarkdown: 'c', saveMarkdown: 's', saveHtml: 'h', kind: 'k' };

describe('report view messages are checked both ways', () => {
  it('accepts a well-formed report and refuses any malformed part of it', () => {
    assert.ok(isReportDocument(DOC));
    assert.ok(isToReportViewMessage({ type: 'show', kind: 'weekly', document: DOC, taskIds: ['a'], labels: LABELS }));
    assert.ok(isToReportViewMessage({ type: 'empty', text: '没有计划' }));
    for (const bad of [
      { ...DOC, locale: 'fr' },
      { ...DOC, title: 1 },
      { ...DOC, blocks: [{ type: 'script', text: 'x' }] },
      { ...DOC, blocks: [{ type: 'table', head: ['a'], rows: [[[{ id: 1, name: null }]]] }] },
      { ...DOC, subtitle: [{ html: '<b>' }] },
    ]) {
      assert.equal(isReportDocument(bad), false, JSON.stringify(bad));
    }
    assert.equal(isToReportViewMessage({ type: 'show', kind: 'monthly', document: DOC, taskIds: [], labels: LABELS }), false);
    assert.equal(isToReportViewMessage({ type: 'show', kind: 'weekly', document: DOC, taskIds: [1], labels: LABELS }), false);
    assert.equal(isToReportViewMessage({ type: 'show', kind: 'weekly', document: DOC, taskIds: [], labels: { ...LABELS, kinds: {} } }), false);
  });

  it('lets the page ask only for what the host does', () => {
    for (const ok of [{ type: 'ready' }, { type: 'reveal', taskId: 'a' }, { type: 'action', action: 'saveHtml' }, { type: 'kind', kind: 'closing' }]) {
      assert.ok(isFromReportViewMessage(ok), JSON.stringify(ok));
    }
    for (const bad of [
      null,
      [],
      { type: 'reveal', taskId: '' },
      { type: 'reveal', taskId: 'x'.repeat(1001) },
      { type: 'action', action: 'deleteFile' },
      { type: 'kind', kind: 'x' },
      { type: 'eval' },
    ]) {
      assert.equal(isFromReportViewMessage(bad), false, JSON.stringify(bad));
    }
  });
});
