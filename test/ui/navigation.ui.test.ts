// A user navigates from a mention: Peek References (Shift+F12) lists every mention of the entity,
// the Outline lists the document's entities, Ctrl+T finds an entity by an alias.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR } from '../../scripts/vscode-host/testWorkspace';
import { layeredCatalogFile } from '../unit/helpers/sampleCatalog';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { compileMatcher } from '../../src/core/matcher/mentionMatcher';
import { expectText } from './workbench';
import { useWorkbench } from './workbenchSuite';

const DOCUMENT = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';
const TIMEOUT = 30_000;

/** The sample corpus indexed by the core, for the figures the workbench should show. */
function sampleIndex(): CorpusIndex {
  const catalog = layeredCatalogFile(path.join(CORPUS_DIR, 'entities.yaml'));
  const index = new CorpusIndex(compileMatcher(catalog));
  for (const file of fs.readdirSync(CORPUS_DIR).filter((f) => /\.(txt|md)$/.test(f))) {
    index.setDocument(file, fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8'));
  }
  return index;
}

describe('workbench: navigation', function () {
  this.timeout(180_000);
  const workbenchOf = useWorkbench(this);

  it('peeks every mention of Russia from "Moscow" in the text (Shift+F12)', async () => {
    const workbench = workbenchOf();
    const index = sampleIndex();
    await workbench.quickOpen(DOCUMENT);
    // Once the status bar shows the document's count, the index is built.
    await workbench.waitForStatusBarText(new RegExp(`(^|\\D)${index.document(DOCUMENT)?.mentions.length} mentions`));
    const page = workbench.page;
    // Line 2 opens with "Moscow", an alias of Russia: put the cursor in it (Go to Line).
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(':2:3');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+F12');
    const peek = page.locator('.peekview-widget');
    await peek.waitFor({ state: 'visible', timeout: TIMEOUT });
    const expected = index.mentionCountOf(index.entityIndex('russia'));
    // The head counts the mentions and the catalog entry.
    await page.locator('.peekview-widget .peekview-title', { hasText: `References (${expected + 1})` }).waitFor({ timeout: TIMEOUT });
    await workbench.screenshot('navigation-peek-references');
    await page.keyboard.press('Escape');
    await peek.waitFor({ state: 'hidden', timeout: TIMEOUT });
  });

  it('lists the entities of the document in the Outline, grouped by kind', async () => {
    const workbench = workbenchOf();
    const page = workbench.page;
    await workbench.runCommand('Explorer: Focus on Outline View');
    // Room for the Outline: fold the file list away (its header is the workspace folder's name).
    await page.locator('.pane-header', { hasText: 'corpus' }).first().click();
    const outline = page.locator('.outline-pane');
    const russia = outline.getByRole('treeitem', { name: /^Russia/ }).first();
    await russia.waitFor({ timeout: TIMEOUT });
    const index = sampleIndex();
    const count = index.document(DOCUMENT)?.counts[index.document(DOCUMENT)?.entities.indexOf(index.entityIndex('russia')) ?? -1];
    await expectText(russia, new RegExp(`^Russia ?${count} mentions`), 'Russia and its count in the Outline');
    // Collapsed, the two groups show one under the other; open Actors to show its entities.
    const header = page.locator('.pane-header', { hasText: 'Outline' }).first();
    await header.hover(); // its actions show on hover
    await header.locator('.action-label[aria-label^="Collapse All"]').click({ timeout: TIMEOUT });
    for (const group of ['Actors', 'Institutions']) {
      await outline
        .getByRole('treeitem', { name: new RegExp(`^${group}`) })
        .first()
        .waitFor({ timeout: TIMEOUT });
    }
    await outline
      .getByRole('treeitem', { name: /^Actors/ })
      .first()
      .locator('.monaco-tl-twistie')
      .click();
    await russia.waitFor({ timeout: TIMEOUT });
    await workbench.screenshot('navigation-outline');
  });

  it('finds Russia by its alias "Kremlin" in Go to Symbol in Workspace (Ctrl+T)', async () => {
    const workbench = workbenchOf();
    const page = workbench.page;
    await page.keyboard.press('Control+T');
    const input = page.locator('.quick-input-widget input');
    await input.fill('#Kremlin');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Russia (Kremlin)' }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await workbench.screenshot('navigation-workspace-symbols');
    await input.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'entities.yaml' }).waitFor({ timeout: TIMEOUT });
  });
});
