// The corpus as features see it: what they read (the index, the catalog, where documents are)
// and the event they follow. Only the corpus service itself rebuilds, updates or disposes it;
// features receive this narrower view (FeatureServices.corpus).
import type * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalogTypes';
import type { DocumentList } from '../../core/catalog/documentDates';
import type { CoMentions } from '../../core/index/coMentions';
import type { CorpusIndex, IndexedDocument } from '../../core/index/corpusIndex';
import type { IndexReport } from '../../core/indexing/indexReport';

export interface Corpus {
  readonly index: CorpusIndex;
  readonly catalog: Catalog;
  /** The catalog files of the workspace, as read at the last rebuild. */
  readonly catalogFiles: readonly vscode.Uri[];
  /** What the last rebuild did (its figures for the output channel and the status bar). */
  readonly lastReport: IndexReport | undefined;
  readonly coMentions: CoMentions;
  /** Documents' attributes: those given in the documents.yaml files (by workspace path), and the
   * fields of each document's own front matter; the lists themselves. */
  readonly dating: {
    readonly listedFields: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
    /** The documents.yaml files as read at the last rebuild (their entries, for completion). */
    readonly documentLists: readonly DocumentList[];
    /** The same object until the document's front matter is read again (compare by identity). */
    frontMatterOf(uri: vscode.Uri): Readonly<Record<string, unknown>>;
  };
  /** Fires with a document id after one document changed, or undefined after a full rebuild. */
  readonly onDidChange: vscode.Event<string | undefined>;
  isCorpusDocument(uri: vscode.Uri): boolean;
  uriOf(documentId: string): vscode.Uri | undefined;
  document(uri: vscode.Uri): IndexedDocument | undefined;
  /** The document's index entry, if it was indexed from the editor's current text. */
  fresh(document: vscode.TextDocument): IndexedDocument | undefined;
  catalogUri(file: string): vscode.Uri | undefined;
  /** Where an entity's declaration can be shown: its catalog file, or the built-in catalog's document. */
  definitionUri(file: string): vscode.Uri | undefined;
  /** Workspace files matching `include`, outside the folders' exclude settings (sidecars). */
  findFiles(include: string): Promise<vscode.Uri[]>;
}
