// A catalog is someone else's file: its text reaches the hover card only as literal text. A new
// catalog and document (hostile/) carry command: links, raw HTML and javascript: URLs in every
// field; the card must hold none of them as a link, HTML or trusted command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../src/vscode/commandIds';
import { linkTargets, liveMarkupProblems, unescapeMarkdown } from '../unit/helpers/markdownMarkup';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { cardsAt } from './support/hovers';
import { waitFor } from './support/waitFor';

const ID = 'evil)](command:workbench.action.quit)';
const NAME = 'Zorblax [quit](command:workbench.action.quit) <img src=x onerror=alert(1)>';
const TYPE = '<script>alert(1)</script>';
const DESCRIPTION =
  '[run](command:workbench.action.quit) <a href="javascript:alert(1)">x</a>\n[y](javascript:alert(1)) https://evil.example &#106;avascript:alert(1)';
const ALIAS = '<b>bold</b> [z](command:workbench.action.files.delete)';
const RELATION = '[r](command:workbench.action.quit)';
const OTHER = 'Quuxor <a href="javascript:alert(1)">x</a>';

const CATALOG = `entities:
  - id: ${JSON.stringify(ID)}
    name: ${JSON.stringify(NAME)}
    kind: actor
    type: ${JSON.stringify(TYPE)}
    description: ${JSON.stringify(DESCRIPTION)}
    aliases: [Zorblax, ${JSON.stringify(ALIAS)}]
    relations: [{ type: ${JSON.stringify(RELATION)}, target: hostile-two }]
  - id: hostile-two
    name: ${JSON.stringify(OTHER)}
    kind: institution
    type: bloc
    aliases: [Quuxor]
    relations: [{ type: member-of, target: ${JSON.stringify(ID)} }]
`;

const ours = (target: string): boolean =>
  HOVER_COMMANDS.some((c) => target.startsWith(`command:${c}?`)) || target.startsWith('https://www.wikidata.org/wiki/');

describe('hover card security', () => {
  it('renders a hostile catalog as literal text: no link, HTML or command but its own', async () => {
    const api = await extensionApi();
    const folder = workspaceUri('hostile');
    const docUri = vscode.Uri.joinPath(folder, 'doc.txt');
    const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
    try {
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'entities.yaml'), encode(CATALOG));
      await vscode.workspace.fs.writeFile(docUri, encode('Zorblax met Quuxor in Geneva. Zorblax left.\n'));
      await waitFor(
        () => api.corpus.index.entityIndex(ID) >= 0 && api.corpus.document(docUri)?.mentions.length === 3,
        15_000,
        'hostile catalog and document indexed',
      );
      const doc = await vscode.workspace.openTextDocument(docUri);
      const [card, ...more] = await cardsAt(doc, new vscode.Position(0, 2));
      assert.ok(card, 'a card on Zorblax');
      assert.equal(more.length, 0);
      const value = card.markdown.value;
      assert.deepEqual(card.markdown.isTrusted, { enabledCommands: [...HOVER_COMMANDS] }, 'only our commands are trusted');
      assert.ok(!card.markdown.supportHtml, 'no HTML');
      assert.deepEqual(liveMarkupProblems(value, ours), [], value);
      const targets = linkTargets(value);
      assert.deepEqual(
        targets.map((t) => t.slice(0, t.indexOf('?'))),
        HOVER_COMMANDS.map((c) => `command:${c}`),
        'our three links only',
      );
      for (const t of targets) assert.deepEqual(JSON.parse(decodeURIComponent(t.slice(t.indexOf('?') + 1))), [ID], t);
      assert.ok(!value.includes('javascript:') && !value.includes('command:workbench'), 'no live hostile URL');
      const text = unescapeMarkdown(value);
      for (const shown of [NAME, TYPE, ALIAS, OTHER, ...DESCRIPTION.split('\n')])
        assert.ok(text.includes(shown), `shown as text: ${shown}`);
      assert.ok(text.includes(`*${RELATION}* ${OTHER}`), 'relation type and target as text');
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
    await waitFor(
      () => api.corpus.index.entityIndex(ID) < 0 && api.corpus.document(docUri) === undefined,
      15_000,
      'hostile files forgotten',
    );
  });
});
