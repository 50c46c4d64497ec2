// The Documents view in the editor: the sample corpus with a documents.yaml written into the
// workspace lists each document with its date, mentions and attributes (and those of its own
// front matter, followed as it is edited), opens it when clicked,
// sorts by date, keeps only what a filter keeps (one that does not parse is said and changes
// nothing), and shows a long corpus a page at a time. The fixtures are removed afterwards.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DocumentNode } from '../../src/features/documentsView/documentItems';
import { DOCUMENTS_PAGE, type DocumentsNode } from '../../src/features/documentsView/documentsTreeProvider';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { COMMANDS } from '../../src/vscode/commandIds';
import { childrenOf, descriptionOf, labelOf, tooltipOf, type Shown } from './support/annotationViews';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { indexAtRest } from './support/indexAtRest';
import { waitFor } from './support/waitFor';

const LIST = 'documents.yaml';
const KAUSIKAN = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';
const LUKIN = '2018-lukin-asian-organizations.md';
const BORDACHEV = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';
const OH = '2024-oh-russia-asean-cooperation-in-an-interpolar-world.txt';
const ANWAR = '2025-why-anwars-asean-is-reaching-to-russia.txt';
const LISTED = `documents:
  - { path: ${KAUSIKAN}, author: "Kausikan, Bilahari", country: SGP, genre: op-ed }
  - { path: ${BORDACHEV}, date: 2024-03-12, author: Bordachev, country: RUS, genre: op-ed, topics: [asia, strategy] }
  - { path: ${LUKIN}, country: RUS, genre: chapter }
`;
const NOTES = 'documents-view-notes';
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('documents view', function () {
  this.timeout(120_000);
  let api: PolicyAnnotatorApi;
  let corpusSize = 0;

  const shown = async (): Promise<Array<Shown<DocumentsNode>>> => childrenOf(api.documentsView.provider);
  const labels = async (): Promise<string[]> => (await shown()).map((s) => labelOf(s.item));
  const documentShown = async (name: string): Promise<Shown<DocumentsNode>> => {
    const found = (await shown()).find((s) => labelOf(s.item) === name);
    assert.ok(found, `${name} is listed`);
    return found;
  };

  before(async () => {
    api = await extensionApi();
    await indexAtRest(api);
    corpusSize = api.corpus.index.documentCount;
    await vscode.workspace.fs.writeFile(workspaceUri(LIST), encode(LISTED));
    await waitFor(
      () => api.corpus.dating.listedFields.size === 3 && api.corpus.loading.busy === false,
      30_000,
      'the documents.yaml is read',
    );
    await indexAtRest(api);
    api.documentsView.flush();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand(COMMANDS.clearDocumentFilter);
    await vscode.commands.executeCommand(COMMANDS.sortDocumentsByPath);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri(LIST), { useTrash: false }).then(undefined, () => undefined);
    await waitFor(() => api.corpus.dating.listedFields.size === 0, 30_000, 'the documents.yaml is forgotten');
    await indexAtRest(api);
  });

  it('lists every document by path with its date, mentions and attributes, and opens it when clicked', async () => {
    assert.deepEqual(await labels(), [KAUSIKAN, LUKIN, BORDACHEV, OH, ANWAR]);
    assert.equal(corpusSize, 5, 'the sample corpus');
    assert.equal(api.documentsView.view.description, '5 documents');
    assert.equal(api.documentsView.view.message, undefined);

    const bordachev = await documentShown(BORDACHEV);
    const node = bordachev.node as DocumentNode;
    const mentions = api.corpus.index.document(node.doc.id)!.mentions.length;
    assert.ok(mentions > 0);
    assert.equal(descriptionOf(bordachev.item), `2024-03-12 · ${mentions} mentions`);
    assert.equal(
      tooltipOf(bordachev.item),
      [
        BORDACHEV,
        `${mentions} mentions`,
        'date: 2024-03-12 (documents.yaml)',
        'author: Bordachev',
        'country: RUS',
        'genre: op-ed',
        'topics: asia, strategy',
      ].join('\n'),
    );
    assert.equal(bordachev.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const attributes = await childrenOf(api.documentsView.provider, bordachev.node);
    assert.deepEqual(
      attributes.map((a) => labelOf(a.item)),
      ['date: 2024-03-12', 'author: Bordachev', 'country: RUS', 'genre: op-ed', 'topics: asia, strategy'],
    );
    assert.equal(descriptionOf(attributes[0].item), 'documents.yaml');

    const oh = await documentShown(OH);
    assert.match(descriptionOf(oh.item), /^2024 · \d+ mentions$/, 'dated by its file name');
    assert.deepEqual(
      (await childrenOf(api.documentsView.provider, oh.node)).map((a) => `${labelOf(a.item)} (${descriptionOf(a.item)})`),
      ['date: 2024 (file name)'],
    );

    const command = bordachev.item.command;
    assert.ok(command, 'a document opens when clicked');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.toString() === node.doc.id,
      15_000,
      () => `the document is open (active: ${vscode.window.activeTextEditor?.document.uri.toString()})`,
    );
  });

  it('sorts by date, undated documents last', async () => {
    await vscode.commands.executeCommand(COMMANDS.sortDocumentsByDate);
    assert.deepEqual(await labels(), [KAUSIKAN, LUKIN, BORDACHEV, OH, ANWAR], 'by date (2024-03-12 before 2024)');
    assert.equal(api.documentsView.state.sortBy, 'date');
  });

  it('keeps the documents a filter keeps, says a filter that does not parse, and clears', async () => {
    await vscode.commands.executeCommand(COMMANDS.filterDocuments, 'country=RUS');
    assert.deepEqual(await labels(), [LUKIN, BORDACHEV]);
    assert.equal(api.documentsView.view.description, '2 of 5 documents');
    assert.equal(api.documentsView.view.message, 'Documents where country=RUS: 2 of 5 documents.');

    await vscode.commands.executeCommand(COMMANDS.filterDocuments, 'genre=op-ed and year>=2020');
    assert.deepEqual(await labels(), [BORDACHEV]);

    await vscode.commands.executeCommand(COMMANDS.filterDocuments, 'year>=');
    assert.deepEqual(await labels(), [BORDACHEV], 'the filter before stays');
    assert.equal(api.documentsView.state.filter, 'genre=op-ed and year>=2020');
    assert.equal(
      api.documentsView.view.message,
      'Not applied: filter "year>=", column 7: expected a value. The view still shows the documents where genre=op-ed and year>=2020.',
    );

    await vscode.commands.executeCommand(COMMANDS.filterDocuments, 'author="Kausikan, Bilahari" or year=2016');
    assert.match(api.documentsView.view.message ?? '', /^Not applied: filter .*, column 29: expected `and` between clauses\./);

    await vscode.commands.executeCommand(COMMANDS.filterDocuments, 'path=*.md and year>2020');
    assert.deepEqual(await labels(), []);
    assert.equal(api.documentsView.view.message, 'No document matches path=*.md and year>2020. Clear the filter to see all 5.');

    await vscode.commands.executeCommand(COMMANDS.clearDocumentFilter);
    assert.equal((await labels()).length, 5);
    assert.equal(api.documentsView.view.message, undefined);
    assert.equal(api.documentsView.view.description, '5 documents');
  });

  it('follows an edit of documents.yaml', async () => {
    const genreOfLukin = async (): Promise<string | undefined> => /^genre: (.*)$/m.exec(tooltipOf((await documentShown(LUKIN)).item))?.[1];
    assert.equal(await genreOfLukin(), 'chapter');
    const seen = async (genre: string): Promise<void> => {
      let last: string | undefined;
      await waitFor(
        async () => (last = await genreOfLukin()) === genre,
        30_000,
        () => `the view says genre ${genre} (it says ${last})`,
      );
    };
    await vscode.workspace.fs.writeFile(workspaceUri(LIST), encode(LISTED.replace('genre: chapter', 'genre: book')));
    await seen('book');
    await vscode.workspace.fs.writeFile(workspaceUri(LIST), encode(LISTED));
    await seen('chapter');
    await indexAtRest(api);
  });

  it('follows the mentions of a document being edited, keeping the list as it is', async () => {
    const note = workspaceUri(`${NOTES}/typing.txt`);
    try {
      await vscode.workspace.fs.writeFile(note, encode('A note on ASEAN.\n'));
      const described = async (): Promise<string | undefined> => {
        const found = (await shown()).find((s) => labelOf(s.item) === 'typing.txt');
        return found && descriptionOf(found.item);
      };
      await waitFor(async () => (await described()) === `1 mention · ${NOTES}`, 30_000, 'the note is listed');
      const listing = api.documentsView.provider.built;
      assert.ok(listing);
      const editor = await vscode.window.showTextDocument(note);
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Russia and China. '));
      let seen: string | undefined;
      await waitFor(
        async () => (seen = await described()) === `3 mentions · ${NOTES}`,
        15_000,
        () => `the count follows the edit (the view says ${seen})`,
      );
      assert.equal(api.documentsView.provider.built, listing, 'only the items were redrawn');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(note, '..'), { recursive: true, useTrash: false });
      await waitFor(() => api.corpus.index.documentCount === corpusSize, 30_000, 'the note is forgotten');
      await indexAtRest(api);
    }
  });

  it("shows the fields of a document's own front matter, and follows an edit of them", async () => {
    const memo = workspaceUri(`${NOTES}/memo.md`);
    try {
      await vscode.workspace.fs.writeFile(memo, encode('---\ngenre: memo\n---\nRussia and ASEAN met.\n'));
      const genre = async (): Promise<string | undefined> => {
        const found = (await shown()).find((s) => labelOf(s.item) === 'memo.md');
        return found && /^genre: (.*)$/m.exec(tooltipOf(found.item))?.[1];
      };
      let seen: string | undefined;
      await waitFor(
        async () => (seen = await genre()) === 'memo',
        30_000,
        () => `the memo's genre is listed (the view says ${seen})`,
      );
      const editor = await vscode.window.showTextDocument(memo);
      await editor.edit((edit) => edit.replace(new vscode.Range(1, 7, 1, 11), 'brief'));
      await waitFor(
        async () => (seen = await genre()) === 'brief',
        15_000,
        () => `the edited genre is listed (the view says ${seen})`,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(memo, '..'), { recursive: true, useTrash: false });
      await waitFor(() => api.corpus.index.documentCount === corpusSize, 30_000, 'the memo is forgotten');
      await indexAtRest(api);
    }
  });

  it(`shows ${DOCUMENTS_PAGE} documents at a time, and the next page when "more" is clicked`, async () => {
    const notes = DOCUMENTS_PAGE + 20 - corpusSize;
    try {
      for (let k = 1; k <= notes; k++)
        await vscode.workspace.fs.writeFile(
          workspaceUri(`${NOTES}/note-${String(k).padStart(3, '0')}.txt`),
          encode(`Note ${k} on ASEAN.\n`),
        );
      const total = corpusSize + notes;
      // The view follows the index by itself (debounced), without a flush.
      await waitFor(
        async () => (await shown()).length === DOCUMENTS_PAGE + 1,
        60_000,
        () => `a page and the "more" item (the index has ${api.corpus.index.documentCount} documents)`,
      );
      await waitFor(() => api.corpus.index.documentCount === total, 60_000, 'every note is indexed');
      api.documentsView.flush();
      const first = await shown();
      const more = first[first.length - 1];
      assert.equal(more.node.kind, 'more');
      assert.equal(labelOf(more.item), '20 more documents…');
      assert.equal(descriptionOf(more.item), 'show 20 more');
      assert.equal(api.documentsView.view.description, `${total} documents`);
      assert.deepEqual(
        first.slice(0, 5).map((s) => labelOf(s.item)),
        [KAUSIKAN, LUKIN, BORDACHEV, OH, ANWAR],
        'by path: the top folder first',
      );
      assert.equal(descriptionOf(first[5].item), `1 mention · ${NOTES}`, 'a note: its mentions and its folder');

      const command = more.item.command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const all = await shown();
      assert.equal(all.length, total, 'every document, and no "more" item');
      assert.ok(all.every((s) => s.node.kind === 'document'));
      assert.deepEqual(
        all.map((s) => path.posix.basename((s.node as DocumentNode).doc.path)),
        all.map((s) => labelOf(s.item)),
      );

      await vscode.commands.executeCommand(COMMANDS.filterDocuments, `path=${NOTES}/note-00?.txt`);
      assert.deepEqual(
        await labels(),
        Array.from({ length: 9 }, (_, k) => `note-00${k + 1}.txt`),
      );
    } finally {
      await vscode.workspace.fs.delete(workspaceUri(NOTES), { recursive: true, useTrash: false });
      await waitFor(() => api.corpus.index.documentCount === corpusSize, 60_000, 'the notes are forgotten');
      await indexAtRest(api);
    }
  });
});
