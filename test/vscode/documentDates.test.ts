// Names that depend on the document's date, in the editor: a documents.yaml dates a speech, the
// dated name is read as the entity of that date, the hover card says where the date came from,
// a date that does not parse is in the Problems panel at its line, and a new date re-reads it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { cardsAt } from './support/hovers';
import { waitFor } from './support/waitFor';

const FOLDER = 'dated-speeches';
const SPEECH = `${FOLDER}/speech.txt`;
const LIST = `${FOLDER}/documents.yaml`;
const TEXT = 'The Federal Republic of Germany and the Union of Soviet Socialist Republics signed the treaty.\n';
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const list = (date: string): string =>
  `documents:\n  - { path: speech.txt, date: ${date}, speaker: A delegate }\n  - { path: other.txt, date: someday }\n`;

describe('document dates in the editor', function () {
  this.timeout(60_000);
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    // The next suites count the corpus: wait until the index has let the speech go.
    const api = await extensionApi();
    await waitFor(() => api.corpus.document(workspaceUri(SPEECH)) === undefined, 15_000, 'the speech left the index');
  });

  it('reads a dated name as of the date documents.yaml gives, says so in the hover, and reports a bad date', async () => {
    const api = await extensionApi();
    const entityAt = (): string | undefined => {
      const indexed = api.corpus.document(workspaceUri(SPEECH));
      return indexed && indexed.mentions.length > 0 ? api.corpus.index.entities[indexed.mentions.entity(0)].id : undefined;
    };
    await vscode.workspace.fs.writeFile(workspaceUri(LIST), encode(list('1985-09-24')));
    await vscode.workspace.fs.writeFile(workspaceUri(SPEECH), encode(TEXT));
    await waitFor(
      () => api.corpus.document(workspaceUri(SPEECH))?.date?.text === '1985-09-24',
      15_000,
      () => `the speech is dated by documents.yaml (now ${JSON.stringify(api.corpus.document(workspaceUri(SPEECH))?.date)})`,
    );
    assert.equal(entityAt(), 'west-germany', 'in 1985 the Federal Republic is West Germany');
    const found = api.corpus.document(workspaceUri(SPEECH))!.mentions;
    assert.deepEqual(
      [...found].map((m) => api.corpus.index.entities[m.entity].id),
      ['west-germany', 'soviet-union'],
    );

    const document = await vscode.workspace.openTextDocument(workspaceUri(SPEECH));
    const cards = await cardsAt(document, document.positionAt(TEXT.indexOf('Federal') + 2));
    const shown = cards.map((c) => c.markdown.value.replace(/\\(.)/g, '$1'));
    assert.ok(
      shown.some((v) => v.includes('*document dated* 1985-09-24 (documents.yaml)')),
      shown.join('\n---\n'),
    );

    await waitFor(
      () => vscode.languages.getDiagnostics(workspaceUri(LIST)).some((d) => d.code === 'bad-date'),
      15_000,
      'the date that does not parse is a problem',
    );
    const problem = vscode.languages.getDiagnostics(workspaceUri(LIST)).find((d) => d.code === 'bad-date')!;
    assert.equal(problem.range.start.line, 2, 'at its line');
    assert.match(problem.message, /the date of 'other\.txt' must be YYYY, YYYY-MM or YYYY-MM-DD/);

    await vscode.workspace.fs.writeFile(workspaceUri(LIST), encode(list('2005')));
    await waitFor(
      () => entityAt() === 'germany',
      15_000,
      () => `in 2005 the Federal Republic is Germany (now ${entityAt()})`,
    );
    assert.equal(api.corpus.document(workspaceUri(SPEECH))?.date?.source, 'documents.yaml');
  });
});
