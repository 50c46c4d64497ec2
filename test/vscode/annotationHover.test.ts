// The hover of a tagged passage in a real editor: every annotation under the pointer, innermost
// first, with codes (path in the codebook), note, author and dates, Edit and Delete links carrying
// the document and annotation, an Accept link for a proposed place; shown alongside the entity
// card of a mention inside the passage; nothing outside the passages.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commandIds';
import { unescapeMarkdown } from '../unit/helpers/markdownMarkup';
import { documentPerTest, SAMPLE_PASSAGE, SAMPLE_TEXT, sidecarOf, sidecarText, writeText } from './support/annotatedDocuments';
import { annotationCards, commandLinks } from './support/annotationHovers';
import { cardsAt } from './support/hovers';
import { waitFor } from './support/waitFor';

describe('annotation hover', function () {
  this.timeout(90_000);
  const fixture = documentPerTest('annotation-hover');

  it('shows each annotation under the pointer, innermost first, with codes, note, author, dates, Edit and Delete', async () => {
    const document = await vscode.workspace.openTextDocument(fixture.doc());
    const service = fixture.api().annotations.annotations;
    const start = SAMPLE_TEXT.indexOf(SAMPLE_PASSAGE);
    const outer = await service.add(document, start, start + SAMPLE_PASSAGE.length, {
      codes: ['hedging-balancing', 'sanctions'],
      note: 'outer memo',
      author: 'tester',
    });
    const innerStart = SAMPLE_TEXT.indexOf('Southeast Asia');
    const inner = await service.add(document, innerStart, innerStart + 'Southeast Asia'.length, {
      codes: ['sanctions'],
      note: 'inner memo',
      author: 'tester',
    });

    const cards = annotationCards(await cardsAt(document, document.positionAt(innerStart + 3)));
    assert.equal(cards.length, 1, 'one annotation hover');
    const { hover, markdown } = cards[0];
    assert.equal(markdown.supportHtml, false);
    const text = unescapeMarkdown(markdown.value);
    assert.ok(text.includes('Hedging & strategic autonomy › **Balancing a dominant power**'), text);
    assert.ok(text.includes('**Sanctions & their circumvention**'), 'every code');
    assert.ok(text.indexOf('inner memo') < text.indexOf('outer memo'), 'innermost first');
    assert.match(text, /\*by\* tester · \*created\* \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const docId = fixture.doc().toString();
    assert.deepEqual(commandLinks(markdown.value), [
      [COMMANDS.editAnnotation, [docId, inner]],
      [COMMANDS.deleteAnnotation, [docId, inner]],
      [COMMANDS.editAnnotation, [docId, outer]],
      [COMMANDS.deleteAnnotation, [docId, outer]],
    ]);
    assert.deepEqual(
      [hover.range?.start, hover.range?.end],
      [document.positionAt(innerStart), document.positionAt(innerStart + 14)],
      'the innermost passage',
    );

    // On a mention inside the passage both cards show; after the passage's last character, neither.
    const onRussia = await cardsAt(document, document.positionAt(start + 2));
    assert.equal(annotationCards(onRussia).length, 1);
    assert.ok(
      onRussia.some((c) => c.markdown.value.includes('**Russia**')),
      'the entity card of Russia too',
    );
    assert.equal(
      annotationCards(await cardsAt(document, document.positionAt(start + SAMPLE_PASSAGE.length))).length,
      0,
      'just after the passage',
    );
    assert.equal(annotationCards(await cardsAt(document, new vscode.Position(0, 3))).length, 0, 'outside any passage');
  });

  it('offers to accept a proposed place, with its score', async () => {
    const document = await vscode.workspace.openTextDocument(fixture.doc());
    await writeText(
      sidecarOf(fixture.doc()),
      sidecarText(fixture.name(), [
        {
          id: 'proposed',
          codes: ['hedging'],
          target: { exact: SAMPLE_PASSAGE, prefix: 'an entirely different lead-in ', suffix: ' and an unrelated ending' },
          note: 'check me',
        },
      ]),
    );
    await waitFor(
      () => fixture.api().annotations.annotations.state(fixture.doc())?.live.get('proposed')?.status === 'needs-review',
      15_000,
      'proposal anchored',
    );
    const [card] = annotationCards(await cardsAt(document, document.positionAt(SAMPLE_TEXT.indexOf(SAMPLE_PASSAGE) + 8)));
    assert.ok(card, 'a hover on the proposed place');
    assert.match(unescapeMarkdown(card.markdown.value), /\*\*Needs review\*\*: proposed place, score \d\.\d\d/);
    assert.deepEqual(
      commandLinks(card.markdown.value).map(([command]) => command),
      [COMMANDS.editAnnotation, COMMANDS.deleteAnnotation, COMMANDS.acceptAnnotationPlace],
    );
    assert.deepEqual(commandLinks(card.markdown.value)[2][1], [fixture.doc().toString(), 'proposed']);
  });
});
