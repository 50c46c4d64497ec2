import { strict as assert } from 'node:assert';
import { settingScope } from '../../../../src/core/base/settingScope';

describe('settingScope', () => {
  it('writes where the value lives in a trusted workspace', () => {
    assert.equal(settingScope(true, true), 'workspace');
    assert.equal(settingScope(false, true), 'user');
  });

  it('never writes a workspace file in Restricted Mode', () => {
    assert.equal(settingScope(true, false), 'user');
    assert.equal(settingScope(false, false), 'user');
  });
});
