// A user exports the workspace as a REFI-QDA project from the command palette (options in two
// steps, the save dialog at its default name), reads the data-loss report, then imports the file
// into an empty folder of the workspace through the open dialogs: the report names what came in,
// and the folder holds the documents, the codebook and the sidecars.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normaliseText } from '../../src/core/text/textOffsets';
import { sidecarYaml } from '../unit/helpers/exportFixtures';
import { useWorkbench } from './workbenchSuite';

const TIMEOUT = 30_000;
const BORDACHEV = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';
const QUOTE = 'Russia has redefined its Asia strategy';

/** One annotated passage in the sample corpus, and an empty folder to import into. */
function prepare(folder: string): void {
  const text = normaliseText(fs.readFileSync(path.join(folder, BORDACHEV), 'utf8'));
  const quote = text.includes(QUOTE)
    ? QUOTE
    : text
        .split('\n')
        .find((l) => l.trim().length > 30)!
        .trim();
  fs.writeFileSync(
    path.join(folder, `${BORDACHEV}.annotations.yaml`),
    sidecarYaml(BORDACHEV, text, [
      { id: 'b4a0c1d2-3e4f-4a5b-8c6d-7e8f9a0b1c2d', quote, codes: ['russia-pivot-to-east'], note: 'The pivot, in one line', author: 'Ana' },
    ]),
  );
  fs.mkdirSync(path.join(folder, 'imported'));
}

describe('workbench: REFI-QDA exchange', function () {
  this.timeout(180_000);
  const workbenchOf = useWorkbench(this, { prepareWorkspace: prepare });

  it('exports the project with its report, and imports it into an empty folder through the dialogs', async () => {
    const workbench = workbenchOf();
    const { page } = workbench;
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('input[type="text"], input:not([type])').first();
    const chooseRow = async (label: string): Promise<void> => {
      const row = widget.locator('.monaco-list-row', { hasText: label }).first();
      await row.waitFor({ timeout: TIMEOUT });
      await row.click();
    };
    /** The file dialog's button (Enter would open the highlighted entry of its list). */
    const ok = (label = 'OK'): Promise<void> => widget.getByRole('button', { name: label, exact: true }).click({ timeout: TIMEOUT });
    const expectValue = async (value: string, what: string): Promise<void> => {
      const deadline = Date.now() + TIMEOUT;
      while ((await input.inputValue()) !== value && Date.now() < deadline) await page.waitForTimeout(100);
      assert.equal(await input.inputValue(), value, what);
    };
    /** A notification, from the notification centre (a toast may already have gone there). */
    const notification = async (text: string) => {
      // Not while a dialog is open: the command palette would replace it, and cancel it.
      await widget.waitFor({ state: 'hidden', timeout: TIMEOUT });
      const item = page.locator('.notifications-center .notification-list-item', { hasText: text }).first();
      const deadline = Date.now() + TIMEOUT;
      while (!(await item.isVisible()) && Date.now() < deadline) {
        if (!(await page.locator('.notifications-center.visible').isVisible()))
          await workbench.runCommand('Notifications: Show Notifications');
        await page.waitForTimeout(250);
      }
      await item.waitFor({ timeout: 1000 });
      return item;
    };
    const workspace = workbench.session.workspace;
    const qdpx = path.join(workspace, `${path.basename(workspace)}.qdpx`);

    await workbench.waitForStatusBarText(/\d+ mentions|Policy Annotator/);
    await workbench.runCommand('Policy Annotator: Export REFI-QDA Project (.qdpx)');
    await chooseRow('Annotations only');
    // The save dialog opens at <folder>.qdpx in the workspace: OK takes it.
    await widget.locator('.quick-input-title', { hasText: 'Export REFI-QDA Project' }).waitFor({ timeout: TIMEOUT });
    await expectValue(qdpx, 'the dialog proposes <folder>.qdpx in the workspace');
    await ok();
    const exported = await notification('Exported');
    assert.ok(fs.existsSync(qdpx), `${qdpx} written`);
    await exported.getByRole('button', { name: 'Show Report' }).click();
    await page.locator('.editor-group-container.active .view-lines', { hasText: 'Data-loss report' }).waitFor({ timeout: TIMEOUT });
    // A read-only document of its own, not an untitled file that asks to be saved.
    const tab = page.locator('.tabs-container .tab.active', { hasText: `Export report of ${path.basename(qdpx)}.md` });
    await tab.waitFor({ timeout: TIMEOUT });
    assert.equal(await tab.evaluate((t) => t.classList.contains('dirty')), false, 'the report is not an unsaved file');
    await workbench.screenshot('exchange-export-report');

    await workbench.runCommand('Policy Annotator: Import REFI-QDA Project (.qdpx)');
    await widget.locator('.quick-input-title', { hasText: 'REFI-QDA project to import' }).waitFor({ timeout: TIMEOUT });
    // Typed once the dialog has listed the workspace: it sets its own value when it is ready.
    await widget
      .locator('.monaco-list-row', { hasText: path.basename(qdpx) })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await input.fill(qdpx);
    await expectValue(qdpx, 'the typed path stays');
    await ok('Import');
    await widget.locator('.quick-input-title', { hasText: 'Folder of the workspace' }).waitFor({ timeout: TIMEOUT });
    // The dialog goes into the folder typed with a final '/': once it lists that (empty) folder,
    // only '..' is left, and its button takes the folder.
    await widget.locator('.monaco-list-row', { hasText: 'imported' }).first().waitFor({ timeout: TIMEOUT });
    await input.fill(`${path.join(workspace, 'imported')}/`);
    const rows = widget.locator('.monaco-list-row');
    const deadline = Date.now() + TIMEOUT;
    while (!((await rows.count()) === 1 && (await rows.first().innerText()).trim() === '..') && Date.now() < deadline)
      await page.waitForTimeout(100);
    await ok('Import Here');
    await notification('Imported');
    await workbench.screenshot('exchange-import-report');
    const back = path.join(workspace, 'imported');
    assert.ok(fs.existsSync(path.join(back, BORDACHEV)), 'the document came in');
    assert.match(fs.readFileSync(path.join(back, `${BORDACHEV}.annotations.yaml`), 'utf8'), /note: The pivot, in one line/);
    assert.match(fs.readFileSync(path.join(back, 'codebook.yaml'), 'utf8'), /name: Pivot to the East/);
  });
});
