// A user inspects the colouring of a citation with "Developer: Inspect Editor Tokens and Scopes":
// in a plain-text corpus document (the Policy Text language) and in Markdown prose (the injection),
// the real editor reports the grammar's scopes. (`_workbench.captureSyntaxTokens` is not part of
// this VS Code build, so the workbench's own inspector is read instead.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR } from '../../scripts/vscode-host/testWorkspace';
import type { Workbench } from './workbench';
import { useWorkbench } from './workbenchSuite';

const TIMEOUT = 30_000;

/** 1-based line and column of the first `needle` in a corpus file, plus `offset` characters. */
function positionOf(file: string, needle: string, offset: number): { line: number; column: number } {
  const lines = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} is in ${file}`);
  return { line: line + 1, column: lines[line].indexOf(needle) + offset + 1 };
}

/** Puts the cursor at a position (Go to Line/Column) and returns the token inspector's text. */
async function inspectAt(wb: Workbench, line: number, column: number): Promise<string> {
  // The inspector reads the focused editor: opened from the explorer, the focus is still there.
  await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
  await wb.page.keyboard.press('Control+G');
  const input = wb.page.locator('.quick-input-widget input');
  await input.fill(`:${line}:${column}`);
  await input.press('Enter');
  await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  const widget = wb.page.locator('.token-inspect-widget');
  // The inspector closes when the editor scrolls under it (revealing the line): open it until it stays.
  for (let attempt = 1; ; attempt++) {
    await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
    try {
      await widget.getByText(/textmate scopes/i).waitFor({ timeout: 10_000 });
      return await widget.innerText();
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

describe('workbench: Policy Text syntax', function () {
  this.timeout(180_000);
  // Wrapped lines: revealing a citation far along a long paragraph needs no horizontal scroll.
  const workbench = useWorkbench(this, { settings: { 'editor.wordWrap': 'on' } });

  afterEach(async () => {
    await workbench().page.keyboard.press('Escape'); // closes the token inspector
  });

  it('colours a citation in a plain-text corpus document with the Policy Text grammar', async () => {
    const wb = workbench();
    const file = '2024-oh-russia-asean-cooperation-in-an-interpolar-world.txt';
    await wb.openFileFromExplorer(file);
    const { line, column } = positionOf(file, '(Korolev, 2024)', 3);
    const text = await inspectAt(wb, line, column);
    assert.match(text, /policy-text/, `language shown: ${text}`);
    assert.match(text, /entity\.name\.tag\.author\.policy/, text);
    assert.match(text, /meta\.citation\.policy/, text);
    // The switch of language leaves the index intact: the status bar shows the document's mentions.
    await wb.waitForStatusBarText(/[1-9]\d* mentions/);
    await wb.screenshot('syntax-citation-policy-text');
  });

  it('colours a citation in Markdown prose through the injection grammar', async () => {
    const wb = workbench();
    const file = '2018-lukin-asian-organizations.md';
    await wb.openFileFromExplorer(file);
    const { line, column } = positionOf(file, '(Trenin, 2013: 6)', 10);
    const text = await inspectAt(wb, line, column);
    assert.match(text, /constant\.numeric\.year\.policy/, text);
    assert.match(text, /meta\.citation\.policy/, text);
    assert.match(text, /text\.html\.markdown/, text);
    await wb.screenshot('syntax-citation-markdown');
  });
});
