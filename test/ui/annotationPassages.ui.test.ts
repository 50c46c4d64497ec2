// A user sees tagged passages: underlined in their code's colour (a double underline when nested,
// dashed for a proposed place), a bar or a "?" in the gutter (SVG data: URIs, which the web
// workbench must load), and a hover listing each annotation with colour swatches and its links.
// The sidecar is written as another window would; screenshots of the passages and the hover.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useWorkbench } from './workbenchSuite';

const DOCUMENT = 'tagged-passages.txt';
const TEXT =
  'Russia seeks partners in Southeast Asia, and ASEAN hedges between the great powers.\n\nThe meeting was the message: engagement is not endorsement.\n';
const OUTER = 'Russia seeks partners in Southeast Asia, and ASEAN hedges between the great powers';
const INNER = 'ASEAN hedges';
const PROPOSED = 'engagement is not endorsement';

// Browser globals of the page functions below (the tests compile without the DOM library).
declare function getComputedStyle(element: unknown): {
  borderBottomWidth: string;
  borderBottomStyle: string;
  borderBottomColor: string;
  backgroundImage: string;
};
type Img = { src: string; naturalWidth: number };

function sidecar(): string {
  const at = (quote: string): string => `start: ${TEXT.indexOf(quote)}, end: ${TEXT.indexOf(quote) + quote.length}`;
  return `version: 1
document: ${DOCUMENT}
annotations:
  - id: outer
    codes: [hedging-balancing]
    note: Russia as a counterweight, in ASEAN's eyes.
    target: { exact: ${JSON.stringify(OUTER)}, ${at(OUTER)} }
    author: analyst
    created: 2024-05-01T10:15:00Z
  - id: inner
    codes: [sanctions, hedging]
    target: { exact: ${JSON.stringify(INNER)}, ${at(INNER)} }
    author: analyst
  - id: proposed
    codes: [multilateralism]
    target: { exact: ${JSON.stringify(PROPOSED)}, prefix: "an earlier wording: ", suffix: " as they said" }
`;
}

describe('workbench: tagged passages', function () {
  this.timeout(180_000);
  const workbench = useWorkbench(this);

  it('draws passages in their code colours with gutter marks, and hovers them with swatches and links', async () => {
    const wb = workbench();
    fs.writeFileSync(path.join(wb.session.workspace, DOCUMENT), TEXT);
    fs.writeFileSync(path.join(wb.session.workspace, `${DOCUMENT}.annotations.yaml`), sidecar());
    await wb.quickOpen(DOCUMENT);
    const editor = wb.page.locator('.editor-group-container.active .monaco-editor');
    // Styles the decoration types gave the editor's elements: underlines (the entity highlights'
    // transparent borders left out) and gutter images.
    const drawn = async (): Promise<{ borders: string[]; gutters: string[] }> =>
      editor.evaluate((root) => {
        const borders = new Set<string>();
        const gutters = new Set<string>();
        for (const el of Array.from(root.querySelectorAll('.view-overlays div, .margin-view-overlays div, .glyph-margin-widgets div'))) {
          const style = getComputedStyle(el);
          if (style.borderBottomWidth !== '0px' && style.borderBottomStyle !== 'none' && !style.borderBottomColor.endsWith(', 0)'))
            borders.add(`${style.borderBottomStyle} ${style.borderBottomColor}`);
          if (style.backgroundImage.startsWith('url("data:image/svg+xml')) gutters.add(style.backgroundImage);
        }
        return { borders: [...borders].sort(), gutters: [...gutters] };
      });
    const expected = ['dashed rgb(23, 132, 110)', 'double rgb(158, 106, 76)', 'solid rgb(48, 91, 192)'];
    // The three looks are drawn once the sidecar is read and anchored: wait for exactly them.
    let seen = await drawn();
    for (const deadline = Date.now() + 30_000; seen.borders.join() !== expected.join() && Date.now() < deadline;) {
      await wb.page.waitForTimeout(200);
      seen = await drawn();
    }
    assert.deepEqual(seen.borders, expected, JSON.stringify(seen));
    assert.ok(seen.gutters.length >= 2, `gutter bars and a "?" mark drawn: ${seen.gutters.length}`);
    assert.ok(fs.statSync(await wb.screenshot('annotation-passages')).size > 0);

    const text = await wb.hoverWord('hedges');
    for (const shown of [
      'Balancing a dominant power',
      'Sanctions & their circumvention',
      'Russia as a counterweight',
      'by analyst',
      'Edit',
      'Delete',
    ]) {
      assert.ok(text.includes(shown), `${shown} in\n${text}`);
    }
    assert.ok(text.indexOf('Sanctions') < text.indexOf('Balancing'), 'innermost first');
    const card = wb.hoverCard();
    const swatches = await card
      .locator('img')
      .evaluateAll((imgs) =>
        imgs.map((i) => ({ src: (i as unknown as Img).src.slice(0, 26), loaded: (i as unknown as Img).naturalWidth })),
      );
    assert.ok(
      swatches.length >= 3 && swatches.every((s) => s.src === 'data:image/svg+xml;base64,' && s.loaded > 0),
      JSON.stringify(swatches),
    );
    assert.ok(fs.statSync(await wb.screenshot('annotation-hover')).size > 0);
    await wb.page.keyboard.press('Escape');
  });
});
