// The hover of a tagged passage in a real editor: every annotation under the pointer, innermost
// first, with codes (path in the codebook), note, author and dates, Edit and Delete links carrying
// the document and annotation, an Accept link for a proposed place; shown alongside the entity
// card of a mention inside the passage; nothing outside the passages.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/features/shared/commandIds';
import type { PolicyAnnotatorApi } from '../../src/extension';
import { unescapeMarkdown } from '../unit/helpers/markdownMarkup';
import { newDocument, removeDocument, sidecarOf, sidecarText, writeText } from './support/annotatedDocuments';
import { annotationCards, commandLinks } from './support/annotationHovers';
import { extensionApi } from './support/extensionApi';
import { cardsAt } from './support/hovers';
import { waitFor } from './support/waitFor';

const TEXT = 'First paragraph about ASEAN.\n\nRussia seeks partners in Southeast Asia, and ASEAN hedges.\n\nA closing line.\n';
const PASSAGE = 'Russia seeks partners in Southeast Asia';
let run = 0;

describe('annotation hover', function () {
  this.timeout(90_000);
  let api: PolicyAnnotatorApi;
  let doc: vscode.Uri;
  let name: string;

  before(async () => {
    api = await extensionApi();
    await api.annotations.ready;
  });

  beforeEach(async () => {
    name = `annotation-hover-${++run}.txt`;
    doc = await newDocument(api, name, TEXT);
  });

  afterEach(async () => removeDocument(doc));

  it('shows each annotation under the pointer, innermost first, with codes, note, author, dates, Edit and Delete', async () => {
    const document = await vscode.workspace.openTextDocument(doc);
    const service = api.annotations.annotations;
    const start = TEXT.indexOf(PASSAGE);
    const outer = await service.add(document, start, start + PASSAGE.length, { codes: ['hedging-balancing', 'sanctions'], note: 'outer memo', author: 'tester' });
    const innerStart = TEXT.indexOf('Southeast Asia');
    const inner = await service.add(document, innerStart, innerStart + 'Southeast Asia'.length, { codes: ['sanctions'], note: 'inner memo', author: 'tester' });

    const cards = annotationCards(await cardsAt(document, document.positionAt(innerStart + 3)));
    assert.equal(cards.length, 1, 'one annotation hover');
    const { hover, markdown } = cards[0];
    assert.equal(markdown.supportHtml, false);
    const text = unescapeMarkdown(markdown.value);
    assert.ok(text.includes('Hedging & strategic autonomy › **Balancing a dominant power**'), text);
    assert.ok(text.includes('**Sanctions & their circumvention**'), 'every code');
    assert.ok(text.indexOf('inner memo') < text.indexOf('outer memo'), 'innermost first');
    assert.match(text, /\*by\* tester · \*created\* \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const docId = doc.toString();
    assert.deepEqual(commandLinks(markdown.value), [
      [COMMANDS.editAnnotation, [docId, inner]], [COMMANDS.deleteAnnotation, [docId, inner]],
      [COMMANDS.editAnnotation, [docId, outer]], [COMMANDS.deleteAnnotation, [docId, outer]],
    ]);
    assert.deepEqual([hover.range?.start, hover.range?.end], [document.positionAt(innerStart), document.positionAt(innerStart + 14)], 'the innermost passage');

    // On a mention inside the passage both cards show; after the passage's last character, neither.
    const onRussia = await cardsAt(document, document.positionAt(start + 2));
    assert.equal(annotationCards(onRussia).length, 1);
    assert.ok(onRussia.some((c) => c.markdown.value.includes('**Russia**')), 'the entity card of Russia too');
    assert.equal(annotationCards(await cardsAt(document, document.positionAt(start + PASSAGE.length))).length, 0, 'just after the passage');
    assert.equal(annotationCards(await cardsAt(document, new vscode.Position(0, 3))).length, 0, 'outside any passage');
  });

  it('offers to accept a proposed place, with its score', async () => {
    const document = await vscode.workspace.openTextDocument(doc);
    await writeText(sidecarOf(doc), sidecarText(name, [
      { id: 'proposed', codes: ['hedging'], exact: PASSAGE, prefix: 'an entirely different lead-in ', suffix: ' and an unrelated ending', note: 'check me' },
    ]));
    await waitFor(() => api.annotations.annotations.state(doc)?.live.get('proposed')?.status === 'needs-review', 15_000, 'proposal anchored');
    const [card] = annotationCards(await cardsAt(document, document.positionAt(TEXT.indexOf(PASSAGE) + 8)));
    assert.ok(card, 'a hover on the proposed place');
    assert.match(unescapeMarkdown(card.markdown.value), /\*\*Needs review\*\*: proposed place, score \d\.\d\d/);
    assert.deepEqual(commandLinks(card.markdown.value).map(([command]) => command), [COMMANDS.editAnnotation, COMMANDS.deleteAnnotation, COMMANDS.acceptAnnotationPlace]);
    assert.deepEqual(commandLinks(card.markdown.value)[2][1], [doc.toString(), 'proposed']);
  });
});
