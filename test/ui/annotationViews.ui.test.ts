// A user opens the annotation views on a workspace whose analyst has tagged passages: the Codes
// view shows a code in its colour with its count and, expanded, the passage; Needs Attention
// carries a badge and lists the orphan; a code the codebook lacks is listed as written; clicking
// the passage selects it in the editor.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { createTarget } from '../../src/core/anchoring';
import { newSidecar } from '../../src/core/sidecars/sidecarLoad';
import { expectText } from './workbench';
import { useWorkbench } from './workbenchSuite';

const TIMEOUT = 30_000;
const DOCUMENT = '2025-why-anwars-asean-is-reaching-to-russia.txt';
const QUOTE = 'engagement is not endorsement';

/** Adds one sidecar to the workspace copy: an anchored passage and an orphan. */
function addSidecar(folder: string): void {
  const text = fs.readFileSync(path.join(folder, DOCUMENT), 'utf8');
  const start = text.indexOf(QUOTE);
  const model = newSidecar(`${DOCUMENT}.annotations.yaml`);
  model.add({
    id: 'a1',
    codes: ['hedging-non-alignment'],
    note: 'the thesis',
    target: createTarget(text, start, start + QUOTE.length),
    status: 'anchored',
  });
  model.add({
    id: 'a2',
    codes: ['sanctions-effects', '$(bug)'],
    target: { exact: 'a sentence the author later deleted', start: 10, end: 45 },
    status: 'anchored',
  });
  fs.writeFileSync(path.join(folder, `${DOCUMENT}.annotations.yaml`), model.toText());
}

describe('workbench: annotation views', function () {
  this.timeout(180_000);
  const workbench = useWorkbench(this, { prepareWorkspace: addSidecar });

  it('shows codes in their colour with counts, the passage under its code, the orphan with a badge, unknown codes as written', async () => {
    const { page } = workbench();
    // Make room: the entity trees are not what this test looks at.
    const [codes] = await workbench().policyAnnotatorViews(['Codes'], ['Actors', 'Institutions']);
    const row = (within: Locator, label: string): Locator => workbench().treeRow(within, label);
    const hedging = row(codes, 'Hedging & strategic autonomy');
    await hedging.waitFor({ timeout: TIMEOUT });
    await expectText(hedging.locator('.label-description'), '0 (1)', 'the count of Hedging');
    const icon = await hedging
      .locator('.custom-view-tree-node-item-icon')
      .evaluate(
        (el) =>
          (el.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): { backgroundImage: string } }).getComputedStyle(el)
            .backgroundImage,
      );
    assert.match(icon, /code-colours(\/|%2F)3177c6\.svg/, 'the code colour swatch, the same file the code pick shows');
    const swatch = icon.match(/url\("?([^")]+)"?\)/)?.[1] ?? '';
    assert.equal(await page.evaluate(async (url) => (await fetch(url)).status, swatch), 200, 'the swatch loads');
    // Selected, then opened with the keyboard (Right opens a closed node and does nothing else to
    // it): a single click once left it closed in a full run.
    await workbench().clickTreeRow(hedging);
    await page.keyboard.press('ArrowRight');
    const code = row(codes, 'Non-alignment & not choosing sides');
    await workbench().clickTreeRow(code);
    const passage = row(codes, QUOTE);
    await passage.waitFor({ timeout: TIMEOUT });
    assert.match(await passage.locator('.label-description').innerText(), new RegExp(`^${DOCUMENT.replace(/\./g, '\\.')}:\\d+$`));

    const attention = await workbench().showView('Needs Attention');
    await row(attention, 'a sentence the author later deleted').waitFor({ timeout: TIMEOUT });
    await expectText(
      row(attention, 'a sentence the author later deleted').locator('.label-description'),
      'orphaned',
      'the status of the orphan',
    );
    // The view's badge shows on the container's activity-bar icon.
    const badge = page
      .locator('.activitybar .action-item', { has: page.locator('[aria-label^="Policy Annotator"]') })
      .locator('.badge-content');
    await badge.filter({ hasText: /^1$/ }).waitFor({ timeout: TIMEOUT });

    await passage.click();
    await page.locator('.tabs-container .tab.active', { hasText: DOCUMENT }).waitFor({ timeout: TIMEOUT });
    await page.locator('.editor-group-container.active .monaco-editor .selected-text').first().waitFor({ timeout: TIMEOUT });
    const annotations = await workbench().showView('Annotations');
    await row(annotations, QUOTE).waitFor({ timeout: TIMEOUT });
    // The view lists the document's passage and says nothing of an empty state once it settled.
    await annotations
      .locator('.message')
      .filter({ hasText: /Open a corpus document|No annotations in|Reading the annotations/ })
      .waitFor({ state: 'hidden', timeout: TIMEOUT });
    assert.ok(await row(annotations, QUOTE).isVisible(), 'the passage is still listed');
    await workbench().screenshot('annotation-views');

    // Workspace text is shown as written: a code named like a theme icon stays text.
    await row(codes, 'Partner diversification').click();
    await page.keyboard.press('End'); // the "Not in codebook" group comes last
    const iconLike = row(codes, '$(bug)');
    await iconLike.waitFor({ timeout: TIMEOUT });
    assert.equal(await iconLike.locator('.label-name .codicon-bug').count(), 0, 'no icon rendered from workspace text');
  });
});
