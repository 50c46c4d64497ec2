// Completion in documents.yaml files (the lists that date corpus documents and give their
// attributes), without the YAML extension: an entry's keys, the corpus documents not listed yet as
// paths, date formats, and the values other entries give an attribute. What to offer is decided by
// the core (core/catalog/documentListCompletion.ts); this turns it into the editor's items.
import * as vscode from 'vscode';
import { DOCUMENTS_FILE_NAME } from '../../core/catalog/documentDates';
import { documentListCompletions, ListEntries, type ListCompletionItem } from '../../core/catalog/documentListCompletion';
import type { Corpus } from '../../services/corpus/corpus';
import type { Readiness } from '../../services/readiness';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { displayPath } from '../../vscode/workspaceFiles';

/** Every documents.yaml, in any folder (the corpus reads those its exclude setting does not leave out). */
export const DOCUMENT_LIST_FILES: vscode.DocumentSelector = { pattern: `**/${DOCUMENTS_FILE_NAME}` };

const KINDS: Record<ListCompletionItem['kind'], vscode.CompletionItemKind> = {
  'file-key': vscode.CompletionItemKind.Module,
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  path: vscode.CompletionItemKind.File,
  date: vscode.CompletionItemKind.Snippet,
};

/** What completion put in asks for the next suggestions (a key's values). */
const SUGGEST_AGAIN: vscode.Command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };

export class DocumentListCompletionProvider implements vscode.CompletionItemProvider {
  /** The entries of the list last completed in, kept while its other lines stay as they are. */
  private readonly entries = new ListEntries();

  constructor(
    private readonly corpus: Corpus,
    private readonly readiness: Readiness,
  ) {}

  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
    context: vscode.CompletionContext,
  ): vscode.CompletionList | undefined | Promise<vscode.CompletionList | undefined> {
    return this.readiness.answer(['index'], token, () => this.complete(document, position, context));
  }

  private complete(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.CompletionContext,
  ): vscode.CompletionList | undefined {
    const offset = document.offsetAt(position);
    const own = displayPath(document.uri);
    const found = documentListCompletions(
      {
        text: document.getText(),
        offset,
        documents: this.documentsBelow(vscode.Uri.joinPath(document.uri, '..')),
        otherEntries: this.corpus.dating.documentLists.filter((l) => l.file !== own).flatMap((l) => l.documents.map((d) => d.fields)),
      },
      this.entries,
    );
    // A space asks only where a key or a value starts (`genre: `, `- `), not inside a value being typed.
    const typing = context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && found?.start !== offset;
    if (!found || typing) return undefined;
    const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
    const width = String(found.items.length).length;
    const items = found.items.map((it, i) => {
      const item = new vscode.CompletionItem(it.label, KINDS[it.kind]);
      item.insertText = it.snippet ? new vscode.SnippetString(it.insert) : it.insert;
      item.detail = it.detail;
      if (it.documentation) item.documentation = new vscode.MarkdownString(it.documentation);
      item.range = range;
      item.sortText = String(i).padStart(width, '0'); // the core's order: most used first
      if (it.retrigger) item.command = SUGGEST_AGAIN;
      return item;
    });
    return new vscode.CompletionList(items, found.incomplete);
  }

  /** The corpus documents below `folder`, relative to it, each with its date as the index has it. */
  private documentsBelow(folder: vscode.Uri): Array<{ path: string; detail: string }> {
    const prefix = `${folder.path.replace(/\/$/, '')}/`;
    const out: Array<{ path: string; detail: string }> = [];
    for (const id of this.corpus.index.documentIds()) {
      const uri = this.corpus.uriOf(id) ?? vscode.Uri.parse(id);
      if (uri.scheme !== folder.scheme || uri.authority !== folder.authority || !uri.path.startsWith(prefix)) continue;
      const date = this.corpus.index.document(id)?.date;
      out.push({ path: uri.path.slice(prefix.length), detail: date ? `dated ${date.text} (${date.source})` : 'undated' });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

export function activateDocumentList(services: FeatureServices): FeatureActivation {
  const provider = new DocumentListCompletionProvider(services.corpus, services.readiness);
  // A space after `key:` or `- ` brings the values or keys without Ctrl+Space.
  return { disposable: vscode.languages.registerCompletionItemProvider(DOCUMENT_LIST_FILES, provider, ' ') };
}
