import { strict as assert } from 'node:assert';
import { NOTIFICATION_LINK, plainMessage } from '../../../../src/core/text/plainMessage';

const HOSTILE = [
  'Zorblax [Show details](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
  '[site](https://evil.example)',
  '[file]( file:///etc/passwd)',
  '[a] (command:x)',
  '$(zap) Russia',
];

describe('plainMessage', () => {
  it('leaves no link VS Code would make clickable in a notification or prompt', () => {
    for (const text of HOSTILE.slice(0, 2))
      assert.ok(new RegExp(NOTIFICATION_LINK.source, 'i').test(text), `the checker sees the link in ${text}`);
    for (const text of HOSTILE) {
      const safe = plainMessage(text);
      assert.equal(new RegExp(NOTIFICATION_LINK.source, 'i').test(safe), false, safe);
      assert.ok(!safe.includes('$('), safe);
    }
  });

  it('keeps ordinary text as it is, and hostile text readable', () => {
    assert.equal(plainMessage('ASEAN Regional Forum (ARF)'), 'ASEAN Regional Forum (ARF)');
    assert.equal(plainMessage('[x](command:y)').replace(/\u200b/g, ''), '[x](command:y)');
  });
});
