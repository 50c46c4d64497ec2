// A user hovers a mention: the card opens with the entity and its links, and a hostile catalog's
// text shows as text, never as a link, an image or a script. Screenshots of both cards.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { useWorkbench } from './workbenchSuite';

const DOCUMENT = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';
const HOSTILE_NAME = 'Zorblax <img src=x onerror=alert(1)> [quit](command:wb.action.quit)';
const HOSTILE_CATALOG = `entities:
  - id: zorblax
    name: ${JSON.stringify(HOSTILE_NAME)}
    kind: actor
    type: "<script>alert(1)</script>"
    description: ${JSON.stringify('<a href="javascript:alert(1)">x</a> [y](javascript:alert(1)) https://evil.example')}
    aliases: [Zorblax]
`;

/** The links, images and scripts of the open hover card. */
async function cardElements(card: Locator): Promise<{ links: string[]; embedded: number; text: string }> {
  const links = await card.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
  const embedded = await card.locator('img, script, iframe, object, embed, form, input').count();
  return { links, embedded, text: await card.innerText() };
}

const OURS = /^(command:policyAnnotator\.(showMentions|revealInTree|openEntityDefinition)\?|https:\/\/www\.wikidata\.org\/wiki\/Q\d+$)/;

describe('workbench: hover cards', function () {
  this.timeout(180_000);
  const workbench = useWorkbench(this);
  afterEach(async () => {
    await workbench().page.keyboard.press('Escape');
  });

  it("opens a card on a mention with the entity, its counts and the extension's links only", async () => {
    const wb = workbench();
    await wb.quickOpen(DOCUMENT);
    await wb.waitForStatusBarText(/\d+ mentions/);
    const text = await wb.hoverWord('Asean');
    assert.match(text, /ASEAN · institution · organisation/);
    assert.match(text, /\d+ mentions in this document · \d+ in the corpus · in \d+ of \d+ documents/);
    const { links, embedded } = await cardElements(wb.hoverCard());
    assert.equal(embedded, 0);
    assert.equal(links.length, 4, links.join('\n'));
    for (const l of links) assert.match(l, OURS);
    for (const label of ['Show all mentions', 'Reveal in tree', 'Open in catalog', 'Wikidata Q7768'])
      assert.ok(text.includes(label), label);
    assert.ok(fs.statSync(await wb.screenshot('hover-card')).size > 0);
  });

  it("shows a hostile catalog's markup as plain text", async () => {
    const wb = workbench();
    const folder = path.join(wb.session.workspace, 'hostile');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'entities.yaml'), HOSTILE_CATALOG);
    fs.writeFileSync(path.join(folder, 'doc.txt'), 'Zorblax arrived.\n');
    await wb.clickTreeItem('hostile', wb.explorer());
    await wb.openFileFromExplorer('doc.txt');
    await wb.waitForStatusBarText(/1 mention · 1 entity/);
    const text = await wb.hoverWord('Zorblax');
    for (const literal of [
      HOSTILE_NAME,
      '<script>alert(1)</script>',
      '<a href="javascript:alert(1)">x</a> [y](javascript:alert(1)) https://evil.example',
    ]) {
      assert.ok(text.includes(literal), `shown as text: ${literal}\n${text}`);
    }
    const { links, embedded } = await cardElements(wb.hoverCard());
    assert.equal(embedded, 0, 'no image, script or form');
    assert.equal(links.length, 3, links.join('\n'));
    for (const l of links) assert.match(l, OURS);
    assert.ok(fs.statSync(await wb.screenshot('hover-card-hostile')).size > 0);
  });
});
