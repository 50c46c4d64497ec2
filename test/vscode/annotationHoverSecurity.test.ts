// A note and a codebook are someone else's files: their text reaches the annotation hover only as
// literal text. A note and a code (id and name, from an extra codebook) carry command: links, raw
// HTML, theme icons and javascript: URLs; the hover must hold none of them as a link, HTML or
// trusted command: its only links are its own commands and the colour swatch.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ANNOTATION_HOVER_COMMANDS, COMMANDS } from '../../src/vscode/commandIds';
import { linkTargets, liveMarkupProblems, unescapeMarkdown } from '../unit/helpers/markdownMarkup';
import { dropCodebook, extraCodebook, newDocument, removeDocument } from './support/annotatedDocuments';
import { annotationCards, commandLinks } from './support/annotationHovers';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { cardsAt } from './support/hovers';

const CODE_ID = 'evil)](command:workbench.action.quit)';
const CODE_NAME = 'Zorblax [quit](command:workbench.action.quit) <img src=x onerror=alert(1)>';
const PARENT_NAME = '$(zap) <script>alert(1)</script>';
const NOTE =
  '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> $(icon)\n<a href="javascript:alert(1)">y</a> https://evil.example &#106;avascript:alert(1)';
const AUTHOR = '<b>mallory</b> [m](command:workbench.action.files.delete)';
const CODEBOOK = `codes:
  - id: hostile-parent
    name: ${JSON.stringify(PARENT_NAME)}
    color: "#808000"
    children:
      - id: ${JSON.stringify(CODE_ID)}
        name: ${JSON.stringify(CODE_NAME)}
`;
const SWATCH = /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/;
const ours = (target: string): boolean => ANNOTATION_HOVER_COMMANDS.some((c) => target.startsWith(`command:${c}?`)) || SWATCH.test(target);

describe('annotation hover security', function () {
  this.timeout(90_000);

  it('renders a hostile note, author and code as literal text: no link, HTML or command but its own', async () => {
    const api = await extensionApi();
    await api.annotations.ready;
    const folder = workspaceUri('annotation-hostile');
    const doc = await newDocument(api, 'annotation-hostile-doc.txt', 'Russia seeks partners in Southeast Asia.\n');
    const ids = ['hostile-parent', CODE_ID];
    try {
      await extraCodebook(api, folder, CODEBOOK, ids);
      const document = await vscode.workspace.openTextDocument(doc);
      const id = await api.annotations.annotations.add(document, 0, 6, {
        codes: [CODE_ID, 'no-such-[code](command:x)'],
        note: NOTE,
        author: AUTHOR,
      });
      const [card, ...more] = annotationCards(await cardsAt(document, new vscode.Position(0, 2)));
      assert.ok(card, 'a hover on the passage');
      assert.equal(more.length, 0);
      const value = card.markdown.value;
      assert.deepEqual(
        card.markdown.isTrusted,
        { enabledCommands: [...ANNOTATION_HOVER_COMMANDS] },
        'only the annotation commands are trusted',
      );
      assert.ok(!card.markdown.supportHtml, 'no HTML');
      assert.deepEqual(liveMarkupProblems(value, ours), [], value);
      assert.equal(linkTargets(value).filter((t) => SWATCH.test(t)).length, 1, "one swatch: the hostile code, in its parent's colour");
      assert.deepEqual(commandLinks(value), [
        [COMMANDS.editAnnotation, [doc.toString(), id]],
        [COMMANDS.deleteAnnotation, [doc.toString(), id]],
      ]);
      assert.ok(
        !value.includes('javascript:') && !value.includes('command:workbench') && !value.includes('command:x'),
        'no live hostile URL',
      );
      const text = unescapeMarkdown(value);
      for (const shown of [CODE_NAME, PARENT_NAME, AUTHOR, 'no-such-[code](command:x)', ...NOTE.split('\n')])
        assert.ok(text.includes(shown), `shown as text: ${shown}`);
    } finally {
      await removeDocument(doc);
      await dropCodebook(api, folder, ids);
    }
  });
});
