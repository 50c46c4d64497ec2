import { strict as assert } from 'node:assert';
import { iconSafe } from '../../../../src/core/text/iconSafe';

describe('iconSafe', () => {
  it('escapes icon syntax in workspace text so it shows as written', () => {
    assert.equal(iconSafe('see $(bug) and $(sync~spin)'), 'see \\$(bug) and \\$(sync~spin)');
  });

  it('leaves text that is no icon alone', () => {
    assert.equal(iconSafe('costs $(5 million) or $ (x)'), 'costs $(5 million) or $ (x)');
    assert.equal(iconSafe('Russia'), 'Russia');
  });
});
