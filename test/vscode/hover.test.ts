// Hover cards on mentions, through the editor's own hover command: content, counts, links, and
// nothing where there is no mention or no corpus document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EntityHoverProvider } from '../../src/features/entityHover/entityHover';
import { COMMANDS, HOVER_COMMANDS } from '../../src/vscode/commandIds';
import { linkTargets, unescapeMarkdown } from '../unit/helpers/markdownMarkup';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { cardsAt, offsetOfMention } from './support/hovers';

const DOCUMENT = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';

describe('hover cards', () => {
  it('shows the entity, its relations, counts equal to the index, co-mentions and the command links', async () => {
    const api = await extensionApi();
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const doc = editor.document;
    const e = api.corpus.index.entityIndex('asean');
    const { start, end } = offsetOfMention(api, doc, e);
    const cards = await cardsAt(doc, doc.positionAt(start + 1));
    assert.equal(cards.length, 1, 'one card from the extension');
    const [{ hover, markdown }] = cards;
    assert.deepEqual(hover.range, new vscode.Range(doc.positionAt(start), doc.positionAt(end)), 'the range is the mention');
    const text = unescapeMarkdown(markdown.value);
    assert.ok(text.startsWith('**ASEAN** · institution · organisation'), text);
    assert.ok(text.includes('Association of Southeast Asian Nations (ten members'), 'description');
    assert.ok(text.includes('*also written* Asean, Association of Southeast Asian Nations'), 'aliases');
    assert.match(text, /\*members\* \(\d+\): Brunei, Cambodia/, 'incoming relations with names');
    const indexed = api.corpus.document(doc.uri);
    assert.ok(indexed);
    let inDocument = 0;
    for (let i = 0; i < indexed.mentions.length; i++) if (indexed.mentions.entity(i) === e) inDocument++;
    const counts =
      `${inDocument} mentions in this document · ${api.corpus.index.mentionCountOf(e)} in the corpus · ` +
      `in ${api.corpus.index.documentCountOf(e)} of ${api.corpus.index.documentCount} documents`;
    assert.ok(text.includes(counts), `counts "${counts}" in\n${text}`);
    const co = api.corpus.coMentions.of(e, 'sentence', 5);
    assert.equal(co.length, 5);
    const names = co.map((c) => `${api.corpus.index.entities[c.entity].name} (${c.count})`).join(', ');
    assert.ok(text.includes(`*same sentence as* ${names}`), `co-mentions "${names}" in\n${text}`);
    const targets = linkTargets(markdown.value);
    const args = `?${encodeURIComponent(JSON.stringify(['asean']))}`;
    assert.deepEqual(targets, [
      `command:${COMMANDS.showMentions}${args}`,
      `command:${COMMANDS.revealInTree}${args}`,
      `command:${COMMANDS.openEntityDefinition}${args}`,
      'https://www.wikidata.org/wiki/Q7768',
    ]);
    assert.deepEqual(markdown.isTrusted, { enabledCommands: [...HOVER_COMMANDS] });
    assert.ok(!markdown.supportHtml);
  });

  it('shows a relation of a person with the target named', async () => {
    const api = await extensionApi();
    const doc = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    const e = api.corpus.index.entityIndex('vladimir-putin');
    const [card] = await cardsAt(doc, doc.positionAt(offsetOfMention(api, doc, e).start));
    assert.ok(card, 'a card on Putin');
    assert.match(unescapeMarkdown(card.markdown.value), /\*leader of\* Russia/);
  });

  it('shows nothing outside mentions, in files outside the corpus, or when turned off', async () => {
    const api = await extensionApi();
    const doc = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    const the = doc.getText().search(/\bthe\b/);
    assert.equal(api.corpus.document(doc.uri)?.mentions.indexAt(the), -1, '"the" is not a mention');
    assert.deepEqual(await cardsAt(doc, doc.positionAt(the + 1)), [], 'no card on "the"');
    const { end } = offsetOfMention(api, doc, api.corpus.index.entityIndex('asean'));
    assert.equal(api.corpus.document(doc.uri)?.mentions.indexAt(end), -1);
    assert.deepEqual(await cardsAt(doc, doc.positionAt(end)), [], 'no card just after a mention');
    const untitled = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'ASEAN met Russia.' });
    assert.deepEqual(await cardsAt(untitled, new vscode.Position(0, 2)), [], 'no card outside the corpus');
    const catalog = await vscode.workspace.openTextDocument(workspaceUri('entities.yaml'));
    const inCatalog = catalog.getText().indexOf('name: ASEAN') + 7;
    assert.deepEqual(await cardsAt(catalog, catalog.positionAt(inCatalog)), [], 'no card in the catalog');
    const config = vscode.workspace.getConfiguration('policyAnnotator');
    const asean = doc.positionAt(offsetOfMention(api, doc, api.corpus.index.entityIndex('asean')).start);
    try {
      await config.update('hover.enabled', false, vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (await cardsAt(doc, asean)).length === 0, 10_000, 'the setting turns cards off');
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => (await cardsAt(doc, asean)).length === 1, 10_000, 'cards are back');
  });

  it('gives up when the hover is cancelled', async () => {
    const api = await extensionApi();
    const doc = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    const at = doc.positionAt(offsetOfMention(api, doc, api.corpus.index.entityIndex('asean')).start);
    const provider = new EntityHoverProvider(api.corpus, api.readiness);
    const live = new vscode.CancellationTokenSource();
    const cancelled = new vscode.CancellationTokenSource();
    cancelled.cancel();
    assert.ok(provider.provideHover(doc, at, live.token) instanceof vscode.Hover, 'a card with a live token');
    assert.equal(provider.provideHover(doc, at, cancelled.token), undefined, 'nothing once cancelled');
    live.dispose();
    cancelled.dispose();
  });
});
