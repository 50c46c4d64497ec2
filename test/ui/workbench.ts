// Playwright helpers that drive the VS Code workbench as a user would, on the project's VS Code
// host (started and stopped by scripts/vscode-host/hostSession.ts, shared with the in-editor runner).
// The editor opens a copy of corpus/ with the extension under development loaded.
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startHostSession, type HostSession, type HostSessionOptions } from '../../scripts/vscode-host/hostSession';
import { CORPUS_DIR, ensureCatalog } from '../../scripts/vscode-host/testWorkspace';

export const SCREENSHOTS_DIR = path.join(__dirname, 'screenshots');
const TIMEOUT = 30_000;

/**
 * Waits until the element's text (spaces folded, trimmed) is `expected`, or matches it: the view
 * may draw a row before its counts or status arrive. Fails with the last text seen.
 */
export async function expectText(locator: Locator, expected: string | RegExp, what: string, timeoutMs = TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const matches = (text: string): boolean => (typeof expected === 'string' ? text === expected : expected.test(text));
  for (;;) {
    const text = (
      (await locator
        .first()
        .innerText({ timeout: Math.max(1, deadline - Date.now()) })
        .catch(() => '')) ?? ''
    )
      .replace(/\s+/g, ' ')
      .trim();
    if (matches(text)) return;
    if (Date.now() > deadline) throw new Error(`${what}: expected ${String(expected)}, the workbench shows "${text}"`);
    await locator.page().waitForTimeout(100);
  }
}

export interface WorkbenchOptions {
  /** Folder copied and opened (default corpus/). */
  workspaceSource?: string;
  settings?: Record<string, unknown>;
  /** Adds files to the workspace copy before the editor opens it (the copy lives in the run folder). */
  prepareWorkspace?: (workspace: string) => void;
  /** Creates the folder to open (e.g. generated in the run folder) instead of copying workspaceSource. */
  createWorkspace?: HostSessionOptions['createWorkspace'];
}

export class Workbench {
  private constructor(
    readonly session: HostSession,
    readonly page: Page,
  ) {}

  /** Starts the host and the browser and waits until the explorer lists the workspace. */
  static async open(opts: WorkbenchOptions = {}): Promise<Workbench> {
    const session = await startHostSession({
      kind: 'ui',
      workspaceSource: opts.workspaceSource ?? CORPUS_DIR,
      createWorkspace: opts.createWorkspace,
      prepareWorkspace: (workspace) => {
        if (!opts.workspaceSource && !opts.createWorkspace) ensureCatalog(workspace);
        opts.prepareWorkspace?.(workspace);
      },
      settings: opts.settings,
    });
    const page = session.page;
    if (!page) throw new Error('the host session has no browser page');
    const wb = new Workbench(session, page);
    try {
      await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
      await wb.explorer().getByRole('treeitem').first().waitFor({ timeout: TIMEOUT });
    } catch (err) {
      await wb.close({ keepLogs: true });
      throw new Error(`workbench did not show the explorer: ${String(err)} (logs kept: ${session.run.logs})`);
    }
    return wb;
  }

  /** The explorer's file tree. */
  explorer(): Locator {
    return this.page.locator('.explorer-folders-view');
  }

  /** Clicks a file in the explorer (top level of the workspace) and waits for its editor tab. */
  async openFileFromExplorer(fileName: string): Promise<void> {
    await this.clickTreeItem(fileName, this.explorer());
    await this.waitForEditor(fileName);
  }

  /** Opens a file with Quick Open (Ctrl+P). */
  async quickOpen(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.fill(fileName);
    await this.page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: TIMEOUT });
    await input.press('Enter');
    await this.waitForEditor(fileName);
  }

  /** Clicks a tree item (explorer or any view) by its accessible name. */
  async clickTreeItem(label: string | RegExp, within: Locator | Page = this.page): Promise<void> {
    await within.getByRole('treeitem', { name: label }).first().click({ timeout: TIMEOUT });
  }

  /** A view of the side bar (its pane), by its title. */
  view(title: string): Locator {
    return this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: title }) });
  }

  /** The first row of a tree in `view` whose label contains `label`. */
  treeRow(view: Locator, label: string): Locator {
    return view.locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: label }) }).first();
  }

  /** Clicks a tree row, then moves the pointer off it: a row's tooltip, shown once the pointer
   * rests on it, covers the row below and would take the next click. */
  async clickTreeRow(row: Locator): Promise<void> {
    await row.click({ timeout: TIMEOUT });
    await this.page.mouse.move(0, 0);
  }

  /** Shows the Policy Annotator side bar with the views `expand` expanded and, to make room for them,
   * the views `collapse` collapsed; resolves with the expanded views, in order. */
  async policyAnnotatorViews(expand: string[], collapse: string[] = []): Promise<Locator[]> {
    await this.page.locator('.activitybar .action-item [aria-label^="Policy Annotator"]').first().click({ timeout: TIMEOUT });
    for (const title of collapse) await this.showView(title, false);
    const shown: Locator[] = [];
    for (const title of expand) shown.push(await this.showView(title));
    return shown;
  }

  /** Expands a view of the side bar (or collapses it); resolves with the view. */
  async showView(title: string, expanded = true): Promise<Locator> {
    const header = this.view(title).locator('.pane-header');
    if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.click({ timeout: TIMEOUT });
    return this.view(title);
  }

  /** Runs a command from the command palette by its title, e.g. "Policy Annotator: Show Log";
   * resolves with the time (Date.now()) Enter was pressed. */
  async runCommand(title: string): Promise<number> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT });
    const pressed = Date.now();
    await input.press('Enter');
    return pressed;
  }

  /** Text of the active editor's rendered lines (only what is on screen). */
  async editorText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines');
    await lines.waitFor({ timeout: TIMEOUT });
    return (await lines.innerText()).replace(/\u00a0/g, ' ');
  }

  /**
   * Hovers the first on-screen occurrence of `word` in the active editor; returns the hover's text.
   * Tries again (pointer away and back) when no hover shows: the editor may re-render under the
   * pointer, e.g. while a corpus document switches to the Policy Text language after opening.
   */
  async hoverWord(word: string, attempts = 3): Promise<string> {
    const hover = this.hoverCard();
    for (let attempt = 1; ; attempt++) {
      const span = this.page.locator('.editor-group-container.active .view-line span span', { hasText: word }).first();
      const box = await span.boundingBox({ timeout: TIMEOUT });
      if (!box) throw new Error(`"${word}" is not on screen`);
      const text = (await span.textContent()) ?? '';
      const at = Math.max(0, text.indexOf(word));
      const charWidth = box.width / Math.max(1, text.length);
      await this.page.mouse.move(0, 0);
      await this.page.mouse.move(box.x + (at + word.length / 2) * charWidth, box.y + box.height / 2, { steps: 4 });
      try {
        await hover.waitFor({ state: 'visible', timeout: attempt < attempts ? 10_000 : TIMEOUT });
        return await hover.innerText();
      } catch (err) {
        if (attempt >= attempts) throw err;
      }
    }
  }

  /** The content of the hover widget on screen. */
  hoverCard(): Locator {
    return this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  }

  /** Texts of the status-bar items, left to right. */
  async statusBarTexts(): Promise<string[]> {
    const items = this.page.locator('#workbench\\.parts\\.statusbar .statusbar-item');
    return (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0);
  }

  /** Waits until a status-bar item's text matches (e.g. once the extension has indexed); returns it. */
  async waitForStatusBarText(pattern: RegExp, timeoutMs = TIMEOUT): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = (await this.statusBarTexts()).find((t) => pattern.test(t));
      if (hit !== undefined) return hit;
      if (Date.now() > deadline) throw new Error(`no status-bar item matches ${pattern}`);
      await this.page.waitForTimeout(200);
    }
  }

  /** Saves test/ui/screenshots/<name>.png (the whole window, status bar included); returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = await this.session.screenshot(name, SCREENSHOTS_DIR);
    if (!file) throw new Error('no page to take a screenshot of');
    return file;
  }

  /** Stops browser and host and removes the run folder; keepLogs leaves its logs. */
  close(opts: { keepLogs?: boolean } = {}): Promise<void> {
    return this.session.close(opts);
  }

  private async waitForEditor(fileName: string): Promise<void> {
    await this.page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: TIMEOUT });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: TIMEOUT });
  }
}
