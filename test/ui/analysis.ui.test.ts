// A user opens the Analysis panel on the sample corpus: the co-mention matrix is drawn as a heatmap
// in the workbench's colours inside the panel's webview, with the table of pairs under it; the
// network tab draws its nodes; a click on a cell lists the sentences behind it, and choosing one
// opens the document with the pair selected. The screenshot is the README's picture
// (media/readme/analysis-heatmap.png, copied from test/ui/screenshots/ by hand). Over time, the
// chart shows rates per 10,000 words; the concordance of Russia is sorted by the word to the left,
// and a line's Tag button selects its sentence and opens Tag Selection's codes pick
// (media/readme/analysis-concordance.png). The table of pairs is saved as CSV and the heatmap as SVG
// and PNG through the save dialog.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { expectText, type Workbench } from './workbench';
import { useWorkbench } from './workbenchSuite';

const TIMEOUT = 30_000;

/** Opens the panel from the palette once the extension's contributions are in (its view container
 * shows in the activity bar), and gives the webview's content: a frame inside the webview
 * element's frame. Its model is in once the status counts the documents. */
async function openPanel(wb: Workbench): Promise<FrameLocator> {
  await wb.page.locator('.activitybar .action-item [aria-label^="Policy Annotator"]').first().waitFor({ timeout: TIMEOUT });
  await wb.runCommand('Policy Annotator: Open Analysis Panel');
  const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await expectText(view.locator('#status'), /^5 of 5 documents;/, 'the model is in');
  return view;
}

describe('workbench: analysis panel', function () {
  this.timeout(180_000);
  const workbench = useWorkbench(this);

  it('draws the matrix, the table and the network, and opens the sentences behind a cell', async () => {
    const wb = workbench();
    const { page } = wb;
    const view = await openPanel(wb);
    const status = view.locator('#status');
    await expectText(status, /^5 of 5 documents; 25 entities; \d+ pairs in \d+ sentences$/, 'the panel says what it counts');
    const cells = view.locator('#heatmap svg path[aria-roledescription="rect mark"], #heatmap svg g.mark-rect path');
    await cells.first().waitFor({ timeout: TIMEOUT });
    assert.ok((await cells.count()) > 20, 'the heatmap has its cells');
    const firstRow = view.locator('#pairs-body tr').first();
    await expectText(firstRow.locator('td').nth(0), 'Russia', 'the pair most often together leads the table');
    await wb.screenshot('analysis-heatmap');

    await view.locator('#tab-network').click();
    await view.locator('#network canvas').first().waitFor({ timeout: TIMEOUT });
    await view.locator('#tab-matrix').click();

    // A click on a cell of the heatmap lists the units behind it.
    await cells.first().click();
    const pick = page.locator('.quick-input-widget');
    await expectText(
      pick.locator('.quick-input-title'),
      /^.+ and .+: \d+ sentences? where both are mentioned$/,
      'the units behind the cell',
    );
    await page.keyboard.press('Escape');
    await pick.waitFor({ state: 'hidden', timeout: TIMEOUT });

    // The same from the first pair's row of the table.
    await firstRow.locator('button').click();
    await pick.waitFor({ state: 'visible', timeout: TIMEOUT });
    await expectText(
      pick.locator('.quick-input-title'),
      /^Russia and .+: \d+ sentences? where both are mentioned$/,
      'the units behind the pair',
    );
    await page.keyboard.press('Enter');
    const selection = page.locator('.editor-group-container.active .monaco-editor .selected-text');
    await selection.first().waitFor({ timeout: TIMEOUT });
  });

  it('shows mentions per 10,000 words over time, and a concordance whose line is tagged from the panel', async () => {
    const wb = workbench();
    const { page } = wb;
    const view = await openPanel(wb);

    await view.locator('#tab-time').click();
    await view.locator('#rate').selectOption('per10k');
    // The axis title says it shows rates.
    await view.locator('#timeline svg text', { hasText: 'mentions per 10,000 words' }).first().waitFor({ timeout: TIMEOUT });

    await view.locator('#tab-concordance').click();
    await view.locator('#kwic-value').fill('russia');
    await view.locator('#kwic-sort').selectOption('left1');
    await view.locator('#kwic-go').click();
    await expectText(view.locator('#kwic-status'), /^\d+ lines for russia in 5 of 5 documents/, 'the concordance says what it found');
    const first = view.locator('#kwic-body tr').first();
    // The match column holds the mention (a name of Russia's: Russia, Moscow…).
    assert.match((await first.locator('td.match').textContent()) ?? '', /^(Russia|Moscow)/);
    await wb.screenshot('analysis-concordance');

    await first.locator('button[data-act="tag"]').click();
    const pick = page.locator('.quick-input-widget');
    await pick.locator('.quick-input-title', { hasText: 'Tag Selection: codes' }).waitFor({ timeout: TIMEOUT });
    const selected = page.locator('.editor-group-container.active .monaco-editor .selected-text');
    await selected.first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
  });

  it('saves the pairs as CSV and the heatmap as SVG and PNG through the save dialog', async () => {
    const wb = workbench();
    const { page } = wb;
    const view = await openPanel(wb);
    // The panel is still at the concordance the test before left it at.
    await view.locator('#tab-matrix').click();
    await view.locator('#heatmap svg').first().waitFor({ timeout: TIMEOUT });
    const dialog = page.locator('.quick-input-widget');
    const input = dialog.locator('input[type="text"], input:not([type])').first();
    const saved = async (button: string, name: string): Promise<Buffer> => {
      const file = path.join(wb.session.workspace, name);
      await view.locator(`button[data-save="${button}"]`).click();
      await dialog.locator('.quick-input-title', { hasText: `Export ${name}` }).waitFor({ timeout: TIMEOUT });
      // The dialog proposes the name in the workspace once it has listed it.
      const until = Date.now() + TIMEOUT;
      while ((await input.inputValue()) !== file && Date.now() < until) await page.waitForTimeout(100);
      assert.equal(await input.inputValue(), file, `the save dialog proposes ${name}`);
      await dialog.getByRole('button', { name: 'OK', exact: true }).click({ timeout: TIMEOUT });
      const deadline = Date.now() + TIMEOUT;
      while (!fs.existsSync(file) && Date.now() < deadline) await page.waitForTimeout(100);
      return fs.readFileSync(file);
    };
    const csv = (await saved('pairs-csv', 'cooccurrence-entities.csv')).toString('utf8').split('\n');
    assert.equal(csv[0], 'a,b,n_a,n_b,n_ab,c,share_a,share_b,unbalanced');
    assert.match(csv[1], /^russia,|,russia,/, 'the pair most often together comes first, as in the table');
    const svg = (await saved('heatmap-svg', 'cooccurrence-entities.svg')).toString('utf8');
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok((svg.match(/<path /g) ?? []).length > 20, 'the SVG holds the heatmap cells');
    const png = await saved('heatmap-png', 'cooccurrence-entities.png');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    assert.ok(png.length > 5000, `${png.length} bytes`);
  });
});
