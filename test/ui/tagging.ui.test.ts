// A user tags a passage with the keyboard: a line selected, Ctrl+Alt+A, a code found by typing and
// checked with a click (its colour dot drawn from the extension's storage), a note, Enter. The
// sidecar then holds the annotation next to the document, the passage is underlined in the code's
// colour, its hover shows code, note and the Edit / Delete links, and the Codes view lists it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { loadSidecar } from '../../src/core/sidecars/sidecarLoad';
import { inspectContextKeys } from './contextKeys';
import { expectText } from './workbench';
import { useWorkbench } from './workbenchSuite';

const DOCUMENT = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';
const TIMEOUT = 30_000;
/** `#168b98`, the colour of 'Pivot to the East' in the sample codebook, as the browser writes it. */
const CODE_COLOUR = 'rgb(22, 139, 152)';

declare function getComputedStyle(element: unknown): { borderBottomWidth: string; borderBottomStyle: string; borderBottomColor: string };

describe('workbench: tagging', function () {
  this.timeout(240_000);
  const workbenchOf = useWorkbench(this);

  it('tags a selected line through the codes pick (Ctrl+Alt+A) and a note', async () => {
    const workbench = workbenchOf();
    const page = workbench.page;
    await workbench.quickOpen(DOCUMENT);
    await workbench.waitForStatusBarText(/\d+ mentions/);
    // The document has become a corpus document in the editor: switched to Policy Text (a language
    // change reopens its model), so the keys below reach the editor the analyst sees.
    await workbench.waitForStatusBarText(/^Policy Text$/);
    // The editor knows it shows a corpus document (the key Ctrl+Alt+A depends on) once the
    // highlights toggle, which depends on the same key, shows in its title bar.
    const corpusKey = page.locator('.editor-group-container.active .editor-actions [aria-label^="Toggle Entity Highlights"]');
    await corpusKey.first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(':2:1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Control+Alt+A');
    const widget = page.locator('.quick-input-widget');
    try {
      await widget.locator('.quick-input-title', { hasText: 'Tag Selection: codes' }).waitFor({ timeout: TIMEOUT });
    } catch (err) {
      // Say which precondition of the key binding was missing when the pick did not come.
      const keyShown = await corpusKey.first().isVisible();
      const selected = await page.locator('.editor-group-container.active .monaco-editor .selected-text').count();
      await workbench.screenshot('tagging-no-pick');
      // Read afterwards (the inspection clicks into the editor): a key false at the press may be true again.
      const context = await inspectContextKeys(workbench, ['editorTextFocus', 'editorHasSelection', 'policyAnnotator.corpusDocument']);
      throw new Error(
        `no codes pick after Ctrl+Alt+A (corpus-document key shown: ${keyShown}; selection parts: ${selected}); the context keys now: ${context}`,
        { cause: err },
      );
    }
    const row = widget.locator('.monaco-list-row', { hasText: 'Pivot to the East' }).first();
    await widget.locator('input[type="text"], input:not([type])').first().fill('pivot');
    await row.waitFor({ timeout: TIMEOUT });
    const icon = (await row.locator('.quick-input-list-icon').first().getAttribute('style')) ?? '';
    assert.match(icon, /code-colours(\/|%2F)168b98\.svg/, `the colour dot of the code: ${icon}`);
    // Checked at once, as a fast typist would: the list no longer changes under the click.
    await row.click();
    await row.locator('.monaco-checkbox[aria-checked="true"]').waitFor({ timeout: TIMEOUT });
    await workbench.screenshot('tagging-codes-pick');
    await page.keyboard.press('Enter');
    await widget.locator('.quick-input-title', { hasText: 'Tag Selection: note' }).waitFor({ timeout: TIMEOUT });
    await page.keyboard.type('Pivot framed as a reaction to the West');
    await page.keyboard.press('Enter');
    const sidecar = path.join(workbench.session.workspace, `${DOCUMENT}.annotations.yaml`);
    const deadline = Date.now() + TIMEOUT;
    while (!fs.existsSync(sidecar) && Date.now() < deadline) await page.waitForTimeout(200);
    const model = loadSidecar(fs.readFileSync(sidecar, 'utf8'), sidecar);
    assert.equal(model.annotations.length, 1);
    assert.deepEqual(model.annotations[0].codes, ['russia-pivot-to-east']);
    assert.equal(model.annotations[0].note, 'Pivot framed as a reaction to the West');
    await workbench.screenshot('tagging-done');

    // The passage is underlined in the code's colour.
    const editor = page.locator('.editor-group-container.active .monaco-editor');
    const underlines = (): Promise<string[]> =>
      editor.evaluate((root) =>
        Array.from(root.querySelectorAll('.view-overlays div'))
          .map((el) => getComputedStyle(el))
          .filter((style) => style.borderBottomWidth !== '0px' && style.borderBottomStyle !== 'none')
          .map((style) => style.borderBottomColor),
      );
    const deadlineDrawn = Date.now() + TIMEOUT;
    while (!(await underlines()).includes(CODE_COLOUR) && Date.now() < deadlineDrawn) await page.waitForTimeout(200);
    assert.ok((await underlines()).includes(CODE_COLOUR), `underlined in the code colour: ${(await underlines()).join(', ')}`);

    await page.keyboard.press('Home');

    // The Codes view lists the passage under its code.
    // Room for the codebook: the other views are folded.
    const [codes] = await workbench.policyAnnotatorViews(['Codes'], ['Actors', 'Institutions', 'Annotations', 'Needs Attention']);
    const treeRow = (label: string): Locator => workbench.treeRow(codes, label);
    await workbench.clickTreeRow(treeRow("Russia's Asia policy"));
    const code = treeRow('Pivot to the East');
    await code.waitFor({ timeout: TIMEOUT });
    await expectText(code.locator('.label-description'), '1', 'one coded segment');
    await code.click();
    await treeRow('Moscow is not interested').waitFor({ timeout: TIMEOUT });

    // Its hover shows the code, the note and the links to edit and delete it.
    const card = await workbench.hoverWord('bystander');
    for (const part of ['Pivot to the East', 'Pivot framed as a reaction to the West', 'Edit', 'Delete'])
      assert.ok(card.includes(part), `the hover shows ${part}:\n${card}`);
    const links = await workbench
      .hoverCard()
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
    for (const command of ['editAnnotation', 'deleteAnnotation'])
      assert.ok(
        links.some((l) => l.startsWith(`command:policyAnnotator.${command}?`)),
        `${command} linked: ${links.join(' ')}`,
      );
    await workbench.screenshot('tagging-hover-and-codes');
  });
});
