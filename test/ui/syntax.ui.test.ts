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
  await wb.page.keyboard.press('Control+G');
  const input = wb.page.locator('.quick-input-widget input');
  await input.fill(`:${line}:${column}`);
  await input.press('Enter');
  await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
  const widget = wb.page.locator('.token-inspect-widget');
  await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
  // The widget fills in once the token is resolved.
  await widget.getByText(/textmate scopes/i).waitFor({ timeout: TIMEOUT });
  return widget.innerText();
}

describe('workbench: Policy Text syntax', function () {
  this.timeout(180_000);
  const workbench = useWorkbench();

  afterEach(async () => {
    await workbench().page.keyboard.press('Escape'); // closes the token inspector
  });

  it('colours a citation in a plain-text corpus document with the Policy Text grammar', async () => {
    const wb = workbench();
    const file = '2024-oh-russia-asean-cooperation-in-an-interpolar-world.txt';
    await wb.quickOpen(file);
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
    await wb.quickOpen(file);
    const { line, column } = positionOf(file, '(Trenin, 2013: 6)', 10);
    const text = await inspectAt(wb, line, column);
    assert.match(text, /constant\.numeric\.year\.policy/, text);
    assert.match(text, /meta\.citation\.policy/, text);
    assert.match(text, /text\.html\.markdown/, text);
    await wb.screenshot('syntax-citation-markdown');
  });
});
