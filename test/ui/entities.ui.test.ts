// What an analyst sees on opening a corpus document: the Actors and Institutions trees populated,
// mentions highlighted in the editor, and a hover card on a mention. Saves the screenshots the
// README shows (test/ui/screenshots/, copied to media/readme/ by hand when the UI changes).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Workbench } from './workbench';
import { useWorkbench } from './workbenchSuite';

interface BrowserGlobals {
  getComputedStyle(node: unknown): { backgroundColor: string };
}

const DOCUMENT = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';

describe('workbench: entities', function () {
  this.timeout(180_000);
  const workbench = useWorkbench(this, { settings: { 'workbench.colorTheme': 'Default Light Modern' } });
  let wb: Workbench;

  before(async () => {
    wb = workbench();
    await wb.quickOpen(DOCUMENT);
    await wb.waitForStatusBarText(/\d+ mentions · \d+ entities/, 60_000);
  });

  it('shows the Actors and Institutions trees, grouped by type with counts, from the status bar', async () => {
    await wb.page
      .locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: /mentions ·/ })
      .first()
      .click();
    const sidebar = wb.page.locator('#workbench\\.parts\\.sidebar');
    await sidebar
      .getByRole('treeitem', { name: /^States/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await wb.clickTreeItem(/^States/, sidebar);
    const russia = sidebar.getByRole('treeitem', { name: /^Russia\b/ }).first();
    await russia.waitFor({ timeout: 30_000 });
    assert.match(await russia.innerText(), /Russia\s*\d+/);
    const institutions = sidebar.getByRole('treeitem', { name: /^Forums/ }).first();
    await institutions.waitFor({ timeout: 30_000 });
  });

  it('highlights mentions in the editor', async () => {
    const overlays = wb.page.locator('.editor-group-container.active .monaco-editor .view-overlays .cdr');
    await overlays.first().waitFor({ timeout: 30_000 });
    // Runs in the page: the workbench's computed styles (the project's tsconfig has no DOM types).
    const backgrounds = await overlays.evaluateAll((nodes) =>
      nodes.map((n) => (globalThis as unknown as BrowserGlobals).getComputedStyle(n).backgroundColor),
    );
    const coloured = backgrounds.filter((b) => b !== 'rgba(0, 0, 0, 0)' && b !== 'transparent');
    assert.ok(coloured.length >= 5, `expected highlighted mentions on screen, got ${coloured.length} coloured of ${backgrounds.length}`);
  });

  it("opens a hover card on a mention whose only links are the extension's own and Wikidata", async () => {
    // The document writes the name as "Asean" (an alias); the card shows the entity's name.
    const text = await wb.hoverWord('Asean');
    assert.match(text, /ASEAN/);
    assert.match(text, /institution/i);
    assert.match(text, /Show all mentions/);
    const links = await wb.page
      .locator('.monaco-hover:not(.hidden) a')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-href') ?? n.getAttribute('href') ?? ''));
    assert.ok(links.length >= 3, `links in the card: ${links.join(', ')}`);
    for (const link of links) assert.match(link, /^(command:policyAnnotator\.|https:\/\/www\.wikidata\.org\/wiki\/Q\d+$)/, link);
    const shot = await wb.screenshot('entities-trees-highlights-hover');
    assert.ok(fs.statSync(shot).size > 10_000);
  });
});
