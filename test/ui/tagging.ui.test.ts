// A user tags a passage with the keyboard: a line selected, Ctrl+Alt+A, a code found by typing and
// checked with a click (its colour dot drawn from the extension's storage), a note, Enter. The
// sidecar then holds the annotation next to the document.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSidecar } from '../../src/core/sidecars/sidecarLoad';
import { useWorkbench } from './workbenchSuite';

const DOCUMENT = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';
const TIMEOUT = 30_000;

describe('workbench: tagging', function () {
  this.timeout(180_000);
  const workbenchOf = useWorkbench(this);

  it('tags a selected line through the codes pick (Ctrl+Alt+A) and a note', async () => {
    const workbench = workbenchOf();
    const page = workbench.page;
    await workbench.quickOpen(DOCUMENT);
    await workbench.waitForStatusBarText(/\d+ mentions/);
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(':2:1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Control+Alt+A');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: 'Tag Selection: codes' }).waitFor({ timeout: TIMEOUT });
    const row = widget.locator('.monaco-list-row', { hasText: 'Pivot to the East' }).first();
    await widget.locator('input[type="text"], input:not([type])').first().fill('pivot');
    await row.waitFor({ timeout: TIMEOUT });
    const icon = (await row.locator('.quick-input-list-icon').first().getAttribute('style')) ?? '';
    assert.match(icon, /dot-168b98\.svg/, `the colour dot of the code: ${icon}`);
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
  });
});
