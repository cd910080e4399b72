import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings } from '../helpers/plan';

const HEAD = ['xproj: 1', 'project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02, status_date: 2026-03-20}', 'people: [{id: a, name: A}]'];
const codes = (text: string): string[] => findings(check(text)).map((f) => f.code);

describe('no cascades after an error', () => {
  it('does not feed a value that fails the schema to the rules that compute with it', () => {
    const text = [...HEAD, 'risks:', '  - {id: r, title: R, owner: a, likelihood: 9, impact: 4}', ''].join('\n');
    assert.deepEqual(codes(text), ['schema']);
    // A valid likelihood: the rule speaks.
    assert.deepEqual(codes(text.replace('likelihood: 9', 'likelihood: 4')), ['risk-no-contingency']);
  });

  it('does not call a task overdue while its status is misspelt', () => {
    const text = [...HEAD, 'tasks:', '  - {id: t1, owner: a, duration: 1d, status: don}', ''].join('\n');
    assert.deepEqual(codes(text), ['schema']);
    assert.deepEqual(codes(text.replace('status: don', 'status: blocked')), ['overdue']);
  });

  it('still judges the field that failed, where the rule is about that field (an empty owner)', () => {
    const text = [
      ...HEAD.slice(0, 2).map((l) => l.replace('status_date: 2026-03-20', 'status_date: 2026-03-02')),
      'people: [{id: a, name: A}]',
      'tasks:',
      '  - id: t',
      '    owner:',
      '    duration: 1d',
      '',
    ].join('\n');
    assert.deepEqual(codes(text), ['missing-owner', 'schema']);
  });

  it('says nothing of the items a syntax error swallowed', () => {
    const text = [...HEAD, 'tasks:', '  - id: t1', '    owner: a', '    depends_on: [t2', '  - id: t2', '    owner: a', '    duration: 2d', ''].join('\n');
    assert.deepEqual(codes(text.replace('status_date: 2026-03-20', 'status_date: 2026-03-02')), ['yaml-syntax']);
  });
});
