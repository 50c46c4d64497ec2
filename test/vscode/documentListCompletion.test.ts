// Completion and checks of a documents.yaml in the editor: it offers an entry's missing keys
// (the attributes other entries use, with how many), the values other entries give a key (most
// frequent first), the corpus documents it does not list yet as paths, a date's formats, and keys
// on a line being typed; a path that is no corpus document is in the Problems panel at its line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { withoutAutoSave } from './support/autoSave';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { indexAtRest } from './support/indexAtRest';
import { waitFor } from './support/waitFor';

const FOLDER = 'listed-documents';
const LIST = `${FOLDER}/documents.yaml`;
const DOCUMENTS = ['speech_1999.txt', 'statement.txt', 'other_2004.txt'];
const TEXT = [
  'documents:',
  '  - path: speech_1999.txt',
  '    date: 1999-09-21',
  '    genre: speech',
  '    country: USA',
  '  - path: gone.txt',
  '    genre: statement',
  '  - path: statement.txt',
  '    genre: sp',
  '    ',
].join('\n');
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The items our provider offers at `offset` (the editor's words from the text left out), in its order. */
async function completionsAt(document: vscode.TextDocument, offset: number, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    document.positionAt(offset),
    trigger,
  );
  return list.items
    .filter((i) => i.kind !== vscode.CompletionItemKind.Text)
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}
const labelOf = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
const labels = (items: readonly vscode.CompletionItem[]): string[] => items.map(labelOf);

describe('documents.yaml completion in the editor', function () {
  this.timeout(60_000);

  before(async () => {
    const api = await extensionApi();
    for (const name of DOCUMENTS) await vscode.workspace.fs.writeFile(workspaceUri(`${FOLDER}/${name}`), encode(`A text named ${name}.\n`));
    await vscode.workspace.fs.writeFile(workspaceUri(LIST), encode(TEXT));
    await waitFor(
      () =>
        DOCUMENTS.every((name) => api.corpus.document(workspaceUri(`${FOLDER}/${name}`)) !== undefined) &&
        api.corpus.dating.documentLists.some((l) => l.file === LIST && l.documents.length === 3),
      20_000,
      'the documents are indexed and the list read',
    );
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    // The next suites count the corpus: wait until the index has let the documents go.
    const api = await extensionApi();
    await waitFor(
      () => DOCUMENTS.every((name) => api.corpus.document(workspaceUri(`${FOLDER}/${name}`)) === undefined),
      20_000,
      'the documents left the index',
    );
    await indexAtRest(api);
  });

  it("offers an entry's missing keys and the values other entries give, most frequent first", async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(LIST));
    const keys = await completionsAt(document, TEXT.length);
    assert.deepEqual(labels(keys).slice(0, 2), ['date', 'country'], 'the entry has its path and genre');
    assert.equal(keys[1].detail, 'attribute: 1 entry here');
    assert.equal(keys[1].insertText, 'country: ');
    assert.equal(keys[1].command?.command, 'editor.action.triggerSuggest', 'the values come next');

    const values = await completionsAt(document, TEXT.lastIndexOf('genre: sp') + 'genre: sp'.length);
    assert.deepEqual(labels(values), ['speech', 'statement']);
    assert.equal(values[0].detail, '1 entry here');
    const range = values[0].range as vscode.Range;
    assert.equal(document.getText(range), 'sp', 'what is typed is replaced');
  });

  it('offers the corpus documents not listed yet as paths, with their dates, and the formats of a date', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(LIST));
    const paths = await completionsAt(document, TEXT.indexOf('statement.txt'), ' ');
    assert.deepEqual(
      paths.map((i) => [labelOf(i), i.detail]),
      [
        ['other_2004.txt', 'dated 2004 (file name)'],
        ['statement.txt', 'undated'],
      ],
    );
    const dates = await completionsAt(document, TEXT.indexOf('1999-09-21'));
    assert.deepEqual(labels(dates), ['1999', 'YYYY-MM-DD', 'YYYY-MM', 'YYYY']);
    assert.equal((dates[1].insertText as vscode.SnippetString).value, '${1:1999}-${2:MM}-${3:DD}');
  });

  it('offers keys on a line being typed, and says where a path is no corpus document', async () => {
    const problem = (): vscode.Diagnostic | undefined =>
      vscode.languages.getDiagnostics(workspaceUri(LIST)).find((d) => d.code === 'unknown-document');
    await waitFor(() => problem() !== undefined, 20_000, 'the path that is no document is a problem');
    assert.equal(problem()?.range.start.line, 5, 'at its entry');
    assert.match(problem()?.message ?? '', /'listed-documents\/gone\.txt' is no document of the corpus/);

    await withoutAutoSave(async () => {
      const editor = await vscode.window.showTextDocument(workspaceUri(LIST));
      await editor.edit((b) => b.insert(editor.document.positionAt(TEXT.length), 'co'));
      const typed = await completionsAt(editor.document, TEXT.length + 2);
      assert.deepEqual(labels(typed).slice(0, 2), ['date', 'country']);
      assert.equal(editor.document.getText(typed[1].range as vscode.Range), 'co');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });
});
