// Mentions in a file with a BOM, CRLF line ends, a name wrapped over a line break and emoji (two
// UTF-16 code units each) before mentions: references computed from the text on disk while the
// file is closed, and highlights once it is open, must both sit exactly on the mentions.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Entity } from '../../src/core/catalog/catalogTypes';
import { rangeKey, waitForPaint } from './support/decorationRanges';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { entity, isSpellingOf, mentionRanges } from './support/mentionRanges';
import { waitFor } from './support/waitFor';

const TEXT = '\uFEFF😀 Russia and ASEAN.\r\nOn Monday Vladimir\r\nPutin met envoys; 😀😀 Putin spoke.\r\n';
/** Corpus documents to start each search from, and how often the fixture mentions the entity. */
const SEARCHES: ReadonlyArray<{ id: string; from: string; inFixture: number }> = [
  { id: 'vladimir-putin', from: '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt', inFixture: 2 },
  { id: 'russia', from: '2024-bordachev-russia-has-redefined-its-asia-strategy.txt', inFixture: 1 },
  { id: 'asean', from: '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt', inFixture: 1 },
];

describe('navigation: mentions in CRLF text with a BOM, a wrapped name and emoji', () => {
  it('places references from the closed file and highlights in the open one on spellings of the entity', async () => {
    const api = await extensionApi();
    const uri = workspaceUri(`text-forms-${Date.now()}.txt`);
    const isFixture = (u: vscode.Uri): boolean => u.toString() === uri.toString();
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
      await waitFor(() => api.corpus.document(uri) !== undefined, 15_000, 'fixture indexed');
      const found: Array<{ location: vscode.Location; entity: Entity }> = [];
      for (const { id, from, inFixture } of SEARCHES) {
        const source = await vscode.workspace.openTextDocument(workspaceUri(from));
        const [first] = mentionRanges(api, source, id);
        assert.ok(!vscode.workspace.textDocuments.some((d) => isFixture(d.uri)), 'the fixture is closed: its text comes from disk');
        const all = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', source.uri, first.start);
        const here = all.filter((l) => isFixture(l.uri));
        assert.equal(here.length, inFixture, `${id}: mentions in the fixture`);
        found.push(...here.map((location) => ({ location, entity: entity(api, id) })));
      }
      assert.ok(
        found.some(({ location: { range } }) => range.start.line === 1 && range.end.line === 2),
        'the wrapped name spans its line break',
      );
      const document = await vscode.workspace.openTextDocument(uri);
      for (const { location, entity: e } of found) {
        const text = document.getText(location.range);
        assert.ok(isSpellingOf(text, e), `"${text}" at ${rangeKey(location.range)} is a spelling of ${e.name}`);
      }

      const editor = await vscode.window.showTextDocument(document);
      await waitForPaint(api, editor, true, 'fixture');
      const painted = [...(api.decorations.applied(editor)?.ranges.values() ?? [])].flat();
      const indexed = api.corpus.fresh(document);
      assert.ok(indexed);
      assert.deepEqual(
        new Set(painted.map(rangeKey)),
        new Set(found.map((f) => rangeKey(f.location.range))),
        'highlights where the references are',
      );
      for (const range of painted) {
        const i = indexed.mentions.indexAt(document.offsetAt(range.start));
        assert.ok(i >= 0, `a mention at ${rangeKey(range)}`);
        const e = api.corpus.index.entities[indexed.mentions.entity(i)];
        assert.ok(isSpellingOf(document.getText(range), e), `highlight "${document.getText(range)}" is a spelling of ${e.name}`);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => api.corpus.document(uri) === undefined, 15_000, 'fixture forgotten');
  });

  it('gives references in a closed file with mixed line ends exactly the ranges the editor gives its mentions', async () => {
    // CRLF, LF and lone CR in one file (the editor normalises them when it opens it: offsets move,
    // positions do not); names wrapped over each kind of line break, indented; emoji before them.
    const text =
      '\uFEFFThe ASEAN Regional\r\n   Forum met.\nVladimir\rPutin and 😀 ASEAN\r\nRegional\n\tForum.\r\rASEAN, ASEAN.\n😀😀 Vladimir\r\n Putin\r';
    const api = await extensionApi();
    const uri = workspaceUri(`mixed-line-ends-${Date.now()}.txt`);
    const isFixture = (u: vscode.Uri): boolean => u.toString() === uri.toString();
    const ids = ['asean-regional-forum', 'vladimir-putin', 'asean'];
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      await waitFor(() => api.corpus.document(uri) !== undefined, 15_000, 'fixture indexed');
      const found = new Map<string, vscode.Range[]>();
      for (const id of ids) {
        const other = api.corpus.index.documentsOf(api.corpus.index.entityIndex(id)).find((d) => d.document !== uri.toString());
        assert.ok(other, `another document mentions ${id}`);
        const source = await vscode.workspace.openTextDocument(vscode.Uri.parse(other.document));
        const [first] = mentionRanges(api, source, id);
        assert.ok(!vscode.workspace.textDocuments.some((d) => isFixture(d.uri)), 'the fixture is closed');
        const all = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', source.uri, first.start);
        found.set(
          id,
          all.filter((l) => isFixture(l.uri)).map((l) => l.range),
        );
      }
      const document = await vscode.workspace.openTextDocument(uri);
      assert.notEqual(document.getText(), text.slice(1), 'the editor normalised the line ends');
      for (const id of ids) {
        const expected = mentionRanges(api, document, id);
        assert.deepEqual(
          found.get(id)?.map(rangeKey),
          expected.map(rangeKey),
          `${id}: the references are where the editor has the mentions`,
        );
      }
      assert.deepEqual(
        found.get('asean-regional-forum')?.map((r) => r.end.line - r.start.line),
        [1, 2],
        'wrapped over one and two line breaks',
      );
      assert.equal(found.get('vladimir-putin')?.length, 2);
      assert.equal(found.get('asean')?.length, 2);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => api.corpus.document(uri) === undefined, 15_000, 'fixture forgotten');
  });
});
