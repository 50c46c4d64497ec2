// A user opens the Policy Annotator side bar: the Actors tree lists states with their mention
// counts; expanding Russia, then a document, and clicking a mention opens that document.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { CORPUS_DIR } from '../../scripts/vscode-host/testWorkspace';
import { layeredCatalogFile } from '../unit/helpers/sampleCatalog';
import { scanDocument } from '../../src/core/matcher/documentScanner';
import { compileMatcher } from '../../src/core/matcher/mentionMatcher';
import { expectText } from './workbench';
import { useWorkbench } from './workbenchSuite';

const TIMEOUT = 30_000;

/** Mentions of Russia in the sample corpus, as the core finds them. */
function russiaMentions(): number {
  const matcher = compileMatcher(layeredCatalogFile(path.join(CORPUS_DIR, 'entities.yaml')));
  const russia = matcher.entities.findIndex((e) => e.id === 'russia');
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .reduce(
      (n, f) =>
        n +
        [...scanDocument(matcher, fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8')).mentions].filter((m) => m.entity === russia).length,
      0,
    );
}

describe('workbench: entity trees', function () {
  this.timeout(180_000);
  const workbench = useWorkbench(this);

  it('shows actors by type with their counts and opens a mention from the tree', async () => {
    const { page } = workbench();
    await page.locator('.activitybar .action-item [aria-label^="Policy Annotator"]').first().click({ timeout: TIMEOUT });
    const actors: Locator = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Actors' }) });
    const row = (label: string): Locator => workbench().treeRow(actors, label);
    const clickRow = (target: Locator): Promise<void> => workbench().clickTreeRow(target);
    await clickRow(row('States'));
    const russia = row('Russia');
    await russia.waitFor({ timeout: TIMEOUT });
    await expectText(russia.locator('.label-description'), String(russiaMentions()), 'Russia shows its mention count');
    await clickRow(russia);
    const document = actors.locator('.monaco-list-row[aria-level="3"]').first();
    await clickRow(document);
    const mention = actors.locator('.monaco-list-row[aria-level="4"]').first();
    await mention.waitFor({ timeout: TIMEOUT });
    const label = await mention.locator('.label-name').innerText();
    assert.match(label, /^line \d+: /);
    assert.ok((await mention.locator('.highlight').count()) > 0, 'the mention is highlighted in its context');
    await mention.click();
    await page.locator('.tabs-container .tab.active').waitFor({ timeout: TIMEOUT });
    // The mention is selected in the editor.
    await page.locator('.editor-group-container.active .monaco-editor .selected-text').first().waitFor({ timeout: TIMEOUT });
    await workbench().screenshot('trees-actors');
  });

  it('filters from the view title and dims an entity no document mentions', async () => {
    const { page } = workbench();
    const actors = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Actors' }) });
    await actors.locator('.pane-header').hover();
    await actors.locator('.pane-header .action-label[aria-label^="Filter Entities"]').click({ timeout: TIMEOUT });
    const input = page.locator('.quick-input-widget input');
    await input.fill('africa');
    await input.press('Enter');
    const row = actors.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: 'South Africa' }) });
    await row.waitFor({ timeout: TIMEOUT });
    await expectText(row.locator('.label-description'), '0', 'South Africa is not mentioned');
    await expectText(actors.locator('.pane-header'), /filter: africa/, 'the filter in the view title');
    // The decoration arrives after the row is drawn: wait for its colour class.
    await row.locator('.monaco-icon-label[class*="monaco-decoration-itemColor"]').waitFor({ timeout: TIMEOUT });
    const color = (l: Locator): Promise<string> =>
      l.evaluate(
        (el) => (el.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color,
      );
    const group = actors.locator('.monaco-list-row[aria-level="1"] .label-name').first();
    assert.notEqual(await color(row.locator('.label-name')), await color(group), 'South Africa is greyed out');
    await workbench().screenshot('trees-filtered-unmentioned');
  });
});
