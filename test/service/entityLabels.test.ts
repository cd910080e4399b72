import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quotedLabel } from '../../server/src/service/l10n/entityLabels';

describe('entity labels: names with ids', () => {
  it('shows the name and the id, quoted as each language quotes', () => {
    assert.equal(quotedLabel('li-na', '李娜', 'en'), "'李娜' (li-na)");
    assert.equal(quotedLabel('li-na', '李娜', 'zh-cn'), '“李娜”（li-na）');
  });

  it('shows the id alone when there is no name, a blank one, or the name is the id', () => {
    for (const name of [undefined, '', '  ', 'kickoff']) {
      assert.equal(quotedLabel('kickoff', name, 'en'), "'kickoff'");
      assert.equal(quotedLabel('kickoff', name, 'zh-cn'), '“kickoff”');
    }
  });
});
