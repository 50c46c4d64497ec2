// The markdown of the hover cards: it trusts exactly the commands it is given (a copy, so a later
// change of the list trusts nothing more), renders no HTML and no theme icons.
import * as assert from 'node:assert/strict';
import { ANNOTATION_HOVER_COMMANDS, HOVER_COMMANDS } from '../../src/vscode/commandIds';
import { trustedMarkdown } from '../../src/vscode/trustedMarkdown';

describe('trusted markdown', () => {
  it('trusts only the commands given, and renders no HTML or theme icons', () => {
    for (const commands of [HOVER_COMMANDS, ANNOTATION_HOVER_COMMANDS]) {
      const md = trustedMarkdown('**x** <b>y</b> $(alert)', commands);
      assert.equal(md.value, '**x** <b>y</b> $(alert)');
      assert.deepEqual(md.isTrusted, { enabledCommands: [...commands] });
      assert.equal(md.supportHtml, false);
      assert.equal(md.supportThemeIcons, false);
    }
  });

  it('keeps its own copy of the list', () => {
    const commands = ['policyAnnotator.showMentions'];
    const md = trustedMarkdown('x', commands);
    commands.push('workbench.action.quit');
    assert.deepEqual(md.isTrusted, { enabledCommands: ['policyAnnotator.showMentions'] });
  });
});
