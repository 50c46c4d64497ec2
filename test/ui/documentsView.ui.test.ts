// A user opens the Documents view on the sample corpus, whose analyst lists attributes in a
// documents.yaml: each document shows its date and mentions; clicking one opens it and expanding
// it shows its attributes; the view title's filter says a filter that does not parse as it is
// typed, and keeps what a filter keeps, with the count in the view's title.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { expectText } from './workbench';
import { useWorkbench } from './workbenchSuite';

const TIMEOUT = 30_000;
const BORDACHEV = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';
const LUKIN = '2018-lukin-asian-organizations.md';

function addDocumentList(folder: string): void {
  fs.writeFileSync(
    path.join(folder, 'documents.yaml'),
    `documents:\n  - { path: ${BORDACHEV}, date: 2024-03-12, author: Bordachev, country: RUS, genre: op-ed }\n  - { path: ${LUKIN}, country: RUS, genre: chapter }\n`,
  );
}

describe('workbench: documents view', function () {
  this.timeout(180_000);
  const workbench = useWorkbench(this, { prepareWorkspace: addDocumentList });

  it('lists the documents with their dates and attributes, opens one, and filters them from the view title', async () => {
    const { page } = workbench();
    // Room for the list: the entity trees are not what this test looks at.
    const [documents] = await workbench().policyAnnotatorViews(['Documents'], ['Actors', 'Institutions']);
    const header = documents.locator('.pane-header');
    const row = (label: string): Locator => workbench().treeRow(documents, label);

    const bordachev = row(BORDACHEV);
    await expectText(
      bordachev.locator('.label-description'),
      /^2024-03-12 · \d+ mentions$/,
      'its date from documents.yaml and its mentions',
    );
    await expectText(row(LUKIN).locator('.label-description'), /^2018 · \d+ mentions$/, 'its date from its file name');
    await expectText(header, /5 documents/, 'the count in the view title');

    await bordachev.click();
    await page.locator('.tabs-container .tab.active', { hasText: BORDACHEV }).waitFor({ timeout: TIMEOUT });
    await bordachev.locator('.monaco-tl-twistie').click();
    await expectText(row('country: RUS'), 'country: RUS', 'its attributes under it');

    await header.hover();
    await header.locator('.action-label[aria-label^="Filter Documents"]').click({ timeout: TIMEOUT });
    const input = page.locator('.quick-input-widget input');
    await input.fill('genre=op-ed and year>=');
    await expectText(page.locator('.quick-input-message'), /column 23: expected a value/, 'a filter that does not parse, as it is typed');
    await input.fill('genre=op-ed and year>=2020');
    await input.press('Enter');
    await expectText(header, /1 of 5 documents/, 'the count of what the filter keeps');
    await expectText(
      documents.locator('.tree-explorer-viewlet-tree-view .message'),
      'Documents where genre=op-ed and year>=2020: 1 of 5 documents.',
      'the filter in the message',
    );
    await expectText(documents.locator('.monaco-list-row[aria-level="1"] .label-name'), BORDACHEV, 'only the op-ed of 2024');
    await workbench().screenshot('documents-view-filtered');
  });
});
