// A user opens a corpus document from the explorer: the editor shows its text and the status bar
// its mention count.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR } from '../../scripts/vscode-host/testWorkspace';
import { layeredCatalogFile } from '../unit/helpers/sampleCatalog';
import { scanDocument } from '../../src/core/matcher/documentScanner';
import { compileMatcher } from '../../src/core/matcher/mentionMatcher';
import { useWorkbench } from './workbenchSuite';

const DOCUMENT = '2018-lukin-asian-organizations.md';

function firstLine(file: string): string {
  const line =
    fs
      .readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .find((l) => l.trim().length > 0) ?? '';
  return line.trim().replace(/\s+/g, ' ').slice(0, 40);
}

describe('workbench: explorer', function () {
  this.timeout(120_000);
  const wb = useWorkbench(this);

  it('opens a corpus document from the explorer and shows its text', async () => {
    const workbench = wb();
    await workbench.openFileFromExplorer(DOCUMENT);
    const text = (await workbench.editorText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(firstLine(path.join(CORPUS_DIR, DOCUMENT))), `editor shows the start of ${DOCUMENT}`);
    // The status bar shows what the core finds in this document with the sample catalog.
    const catalog = layeredCatalogFile(path.join(CORPUS_DIR, 'entities.yaml'));
    const found = scanDocument(compileMatcher(catalog), fs.readFileSync(path.join(CORPUS_DIR, DOCUMENT), 'utf8')).mentions;
    const expected = `${found.length} mentions · ${new Set([...found].map((m) => m.entity)).size} entities`;
    const shown = await workbench.waitForStatusBarText(new RegExp(expected));
    assert.ok(shown.includes(expected), `status bar shows "${expected}"`);
    const shot = await workbench.screenshot('explorer-open-document');
    assert.ok(fs.statSync(shot).size > 0);
  });
});
