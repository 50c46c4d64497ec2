// Navigation providers in the real editor: references, definition, Outline, workspace symbols.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Entity } from '../../src/core/catalog/catalogTypes';
import { EntityReferenceProvider } from '../../src/features/navigation/referenceProvider';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { entity, isSpellingOf, mentionRanges, textAt } from './support/mentionRanges';
import { waitFor } from './support/waitFor';

const DOCUMENT = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';

function isCatalog(uri: vscode.Uri): boolean {
  return uri.toString() === workspaceUri('entities.yaml').toString();
}

function targetOf(d: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in d ? { uri: d.targetUri, range: d.targetSelectionRange ?? d.targetRange } : d;
}

describe('navigation: references and definition', () => {
  it('finds every mention of the entity across the corpus, and its declaration (Find All References)', async () => {
    const api = await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    const us = entity(api, 'united-states');
    const [first] = mentionRanges(api, document, us.id);
    const e = api.corpus.index.entityIndex(us.id);
    // The editor's reference search (and this command) always asks for declarations too.
    const found = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      first.start.translate(0, 1),
    );
    const declarations = found.filter((l) => isCatalog(l.uri));
    const mentions = found.filter((l) => !isCatalog(l.uri));
    assert.equal(mentions.length, api.corpus.index.mentionCountOf(e), 'one location per mention in the index');
    assert.deepEqual(
      declarations.map((l) => l.range.start.line),
      [us.location.line - 1],
      'and the catalog entry, once',
    );
    assert.equal(
      new Set(mentions.map((l) => l.uri.toString())).size,
      api.corpus.index.documentCountOf(e),
      'in every document that mentions it',
    );
    const keys = new Set(mentions.map((l) => `${l.uri.toString()}#${l.range.start.line}:${l.range.start.character}`));
    assert.equal(keys.size, mentions.length, 'no location twice');
    for (const location of mentions) {
      const text = await textAt(location);
      assert.ok(isSpellingOf(text, us), `"${text}" at ${location.uri.path}:${location.range.start.line + 1} is a spelling of ${us.name}`);
    }
    assert.ok(
      mentions.some((l) => l.uri.toString() === document.uri.toString() && l.range.isEqual(first)),
      'the mention itself is one of them',
    );
  });

  it('leaves the declaration out when not asked, counts a cursor touching a mention, and respects cancellation', async () => {
    const api = await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    const provider = new EntityReferenceProvider(api.corpus, api.readiness);
    const russia = entity(api, 'russia');
    const [first] = mentionRanges(api, document, russia.id);
    const count = api.corpus.index.mentionCountOf(api.corpus.index.entityIndex(russia.id));
    const live = new vscode.CancellationTokenSource();
    const atEnd = await provider.provideReferences(document, first.end, { includeDeclaration: false }, live.token);
    assert.equal(atEnd?.length, count, 'a cursor just after the mention, no declaration');
    assert.ok(atEnd?.every((l) => !isCatalog(l.uri)));
    const cancelled = new vscode.CancellationTokenSource();
    cancelled.cancel();
    assert.equal(await provider.provideReferences(document, first.start, { includeDeclaration: true }, cancelled.token), undefined);
    const all = mentionRanges(api, document);
    const gap = all.findIndex((r, i) => i > 0 && r.start.line > all[i - 1].end.line + 1);
    const outside = new vscode.Position(all[gap].start.line - 1, 0);
    assert.equal(
      await provider.provideReferences(document, outside, { includeDeclaration: true }, live.token),
      undefined,
      `nothing on line ${outside.line + 1}, which holds no mention`,
    );
    const viaEditor = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, outside);
    assert.deepEqual(viaEditor, []);
  });

  it('goes from a mention to the entity in entities.yaml (Go to Definition)', async () => {
    const api = await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    const putin = entity(api, 'vladimir-putin');
    const [mention] = mentionRanges(api, document, putin.id);
    const links = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      document.uri,
      mention.start,
    );
    assert.equal(links.length, 1);
    const target = targetOf(links[0]);
    assert.ok(isCatalog(target.uri), `target is entities.yaml, not ${target.uri.toString()}`);
    assert.equal(target.range.start.line, putin.location.line - 1, 'at the entity');
    const catalog = await vscode.workspace.openTextDocument(target.uri);
    assert.match(catalog.lineAt(target.range.start.line).text, /^\s*- id: vladimir-putin\s*$/);
    const link = links[0] as vscode.LocationLink;
    assert.ok(link.originSelectionRange?.isEqual(mention), 'the whole mention is the link');
  });
});

describe('navigation: symbols', () => {
  it('lists the entities of a document in its Outline, by kind, with their mention counts', async () => {
    const api = await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    const indexed = api.corpus.fresh(document);
    assert.ok(indexed);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Actors', 'Institutions'],
    );
    const listed = symbols.flatMap((group) => group.children.map((s) => ({ group: group.name, symbol: s })));
    assert.equal(listed.length, indexed.entities.length, 'every entity of the document once');
    for (let k = 0; k < indexed.entities.length; k++) {
      const e: Entity = api.corpus.index.entities[indexed.entities[k]];
      const count: number = indexed.counts[k];
      const item = listed.find((x) => x.symbol.name === e.name);
      assert.ok(item, `${e.name} is in the Outline`);
      assert.equal(item.group, e.kind === 'actor' ? 'Actors' : 'Institutions');
      assert.equal(item.symbol.detail, `${count} mention${count === 1 ? '' : 's'}`);
      assert.deepEqual(
        item.symbol.children.map((c) => c.range),
        mentionRanges(api, document, e.id),
        `${e.name}: its mentions as children`,
      );
      assert.equal(item.symbol.children[0].name, `line ${item.symbol.children[0].range.start.line + 1}`);
    }
    const russia = listed.find((x) => x.symbol.name === 'Russia');
    assert.ok(
      russia && isSpellingOf(document.getText(russia.symbol.selectionRange), entity(api, 'russia')),
      'an entity spans its first mention',
    );
  });

  it('lists at most the first 100 mentions under an entity, and says so', async () => {
    const api = await extensionApi();
    const uri = workspaceUri('navigation-outline-many.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Russia and ASEAN.\n'.repeat(150)));
    try {
      await waitFor(() => api.corpus.document(uri)?.mentions.length === 300, 10_000, 'the new document is indexed');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      assert.deepEqual(
        symbols.map((s) => `${s.name}: ${s.detail}`),
        ['Actors: 1 entity · 150 mentions', 'Institutions: 1 entity · 150 mentions'],
      );
      const [russia] = symbols[0].children;
      assert.equal(russia.detail, '150 mentions (first 100 listed)');
      assert.deepEqual(
        russia.children.map((c) => c.name),
        Array.from({ length: 100 }, (_, i) => `line ${i + 1}`),
      );
      assert.ok(russia.children.every((c) => c.detail === 'Russia' && c.range.start.character === 0));
    } finally {
      await vscode.workspace.fs.delete(uri);
      await waitFor(() => api.corpus.document(uri) === undefined, 10_000, 'the deleted document left the index');
    }
  });

  it('follows a catalog change in the Outline of an open document, without an edit of the document', async () => {
    const api = await extensionApi();
    const uri = workspaceUri('navigation-outline-catalog.txt');
    const catalogUri = workspaceUri('entities.yaml');
    const original = await vscode.workspace.fs.readFile(catalogUri);
    const names = async (): Promise<string[]> => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return symbols.flatMap((g) => g.children.map((s) => `${g.name}/${s.name}`));
    };
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Zanzibaria met ASEAN.\n'));
    try {
      await vscode.window.showTextDocument(uri);
      await waitFor(async () => (await names()).join() === 'Institutions/ASEAN', 10_000, 'the Outline before the catalog change');
      const added = '\n  - id: zanzibaria\n    name: Zanzibaria\n    kind: actor\n    type: state\n';
      await vscode.workspace.fs.writeFile(catalogUri, new TextEncoder().encode(new TextDecoder().decode(original) + added));
      await waitFor(() => api.corpus.catalog.byId.has('zanzibaria'), 10_000, 'the catalog is reloaded');
      await waitFor(
        async () => (await names()).join() === 'Actors/Zanzibaria,Institutions/ASEAN',
        10_000,
        'the Outline shows the new entity',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.writeFile(catalogUri, original);
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => !api.corpus.catalog.byId.has('zanzibaria'), 10_000, 'the catalog is restored');
  });

  it('finds an entity by an alias in workspace symbol search (Ctrl+T), at its declaration', async () => {
    const api = await extensionApi();
    const russia = entity(api, 'russia');
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'kreml');
    const hit = symbols.find((s) => isCatalog(s.location.uri) && s.location.range.start.line === russia.location.line - 1);
    assert.ok(hit, `Russia found by its alias Kremlin: ${symbols.map((s) => s.name).join(', ')}`);
    assert.equal(hit.name, 'Russia (Kremlin)');
    assert.equal(hit.containerName, 'state · actor');
    assert.equal(hit.kind, vscode.SymbolKind.Module);
    const byName = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'Regional Forum',
    );
    assert.equal(byName.filter((s) => isCatalog(s.location.uri))[0]?.name, 'ASEAN Regional Forum', 'best match first');
    const none = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'zzqx');
    assert.equal(none.filter((s) => isCatalog(s.location.uri)).length, 0);
  });
});
