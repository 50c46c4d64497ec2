// The dates of corpus documents in the editor: every documents.yaml of the workspace is read at a
// rebuild, each document's date is taken from its front matter, those lists or its name
// (core/catalog/documentDates.ts), and the problems of both (a date that does not parse, a broken list)
// are kept for the Problems panel, with those of the lists against the corpus (a path that is no
// document, core/catalog/documentListChecks.ts).
import * as vscode from 'vscode';
import type { DocumentDate } from '../../core/catalog/catalogPeriod';
import type { Diagnostic } from '../../core/base/diagnostics';
import { documentDate, DOCUMENTS_FILE_NAME, frontMatterFields, listedDates, listedFields, parseDocumentList, type DocumentList } from '../../core/catalog/documentDates';
import { checkListsAgainstCorpus } from '../../core/catalog/documentListChecks';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { globTest } from '../../core/base/pathGlob';
import type { OutputLog } from '../../vscode/outputLog';
import { displayPath, findFolderFiles, readWorkspaceText } from '../../vscode/workspaceFiles';

export const DOCUMENT_LISTS_GLOB = `**/${DOCUMENTS_FILE_NAME}`;

/** The fields of a document without front matter: one object, so that a caller can tell by identity
 * whether a document's fields changed (a new object each time its front matter is read again). */
const NO_FIELDS: Readonly<Record<string, unknown>> = Object.freeze({});

export class DocumentDating {
  private lists: DocumentList[] = [];
  /** The text of each list read, by URI (a list whose text is the same needs no rebuild). */
  private readonly texts = new Map<string, string>();
  private listUris: vscode.Uri[] = [];
  private listed = new Map<string, DocumentDate>();
  private fields = new Map<string, Record<string, unknown>>();
  /** Problems of each document's own front matter, by document URI. */
  private readonly problems = new Map<string, Diagnostic[]>();
  /** The fields of each document's front matter (its own attributes), by document URI. */
  private readonly frontFields = new Map<string, Readonly<Record<string, unknown>>>();
  /** The problems of the lists against the corpus, and what they were found on. */
  private checked: { index: CorpusIndex; count: number; listed: Set<string>; diagnostics: Diagnostic[] } | undefined;

  constructor(private readonly log: OutputLog) {}

  /** The documents.yaml files read at the last load. */
  get files(): readonly vscode.Uri[] { return this.listUris; }

  /** The lists read at the last load (those that could be read). */
  get documentLists(): readonly DocumentList[] { return this.lists; }

  isDocumentList(uri: vscode.Uri, exclude: string): boolean {
    return vscode.workspace.getWorkspaceFolder(uri) !== undefined && globTest(DOCUMENT_LISTS_GLOB, exclude)(displayPath(uri));
  }

  /** Reads every documents.yaml outside each folder's exclude glob (a list that cannot be read is
   * logged; the others count). */
  async load(excludeOf: (folder: vscode.WorkspaceFolder) => string): Promise<void> {
    const uris = await findFolderFiles((folder) => ({ include: DOCUMENT_LISTS_GLOB, exclude: excludeOf(folder) }));
    const lists: DocumentList[] = [];
    for (const uri of uris) {
      try {
        const text = await readWorkspaceText(uri);
        this.texts.set(uri.toString(), text);
        lists.push(parseDocumentList(text, displayPath(uri)));
      } catch (err) {
        this.log.error(`Could not read ${displayPath(uri)}`, err);
      }
    }
    this.lists = lists;
    this.listUris = uris;
    this.listed = listedDates(lists);
    this.fields = listedFields(lists);
    this.problems.clear();
  }

  /** True when this text of a documents.yaml is the one read. */
  holds(uri: vscode.Uri, text: string): boolean {
    return this.texts.get(uri.toString()) === text;
  }

  /** The other fields given for each document in the documents.yaml files (its attributes), by display path. */
  get listedFields(): ReadonlyMap<string, Readonly<Record<string, unknown>>> { return this.fields; }

  /** Dates from the documents.yaml files, by display path (what scanning threads look dates up in). */
  get listedDates(): ReadonlyMap<string, DocumentDate> { return this.listed; }

  /** The document's date (undefined: undated); its front matter's problems and fields are kept. */
  dateOf(uri: vscode.Uri, text: string): DocumentDate | undefined {
    const { date, diagnostics } = documentDate(displayPath(uri), text, this.listed);
    this.record(uri, diagnostics, frontMatterFields(text, displayPath(uri)));
    return date;
  }

  /** Keeps the problems of a document's own date, and its front matter's fields, found while it
   * was scanned on another thread. */
  record(uri: vscode.Uri, problems: readonly Diagnostic[], fields: Readonly<Record<string, unknown>> = {}): void {
    if (problems.length > 0) this.problems.set(uri.toString(), [...problems]);
    else this.problems.delete(uri.toString());
    if (Object.keys(fields).length > 0) this.frontFields.set(uri.toString(), fields);
    else this.frontFields.delete(uri.toString());
  }

  /** The fields of the document's front matter (none when it has no front matter). */
  frontMatterOf(uri: vscode.Uri): Readonly<Record<string, unknown>> {
    return this.frontFields.get(uri.toString()) ?? NO_FIELDS;
  }

  /** Drops what is kept of a document that left the corpus (by its URI string). */
  forget(id: string): void {
    this.problems.delete(id);
    this.frontFields.delete(id);
  }

  /** Every date problem: the lists', the lists' against the corpus `index`, and the documents'
   * front matter's. `changed`: the document whose change asks for them (undefined: any). */
  diagnostics(index: CorpusIndex, changed?: string): Diagnostic[] {
    return [...this.lists.flatMap((l) => l.diagnostics), ...this.corpusChecks(index, changed), ...[...this.problems.values()].flat()];
  }

  /** Checked again only when the index, its documents or a listed document changed (typing in a
   * document that no list names costs nothing). */
  private corpusChecks(index: CorpusIndex, changed: string | undefined): Diagnostic[] {
    const last = this.checked;
    const same = last?.index === index && last.count === index.documentCount && changed !== undefined && !last.listed.has(changed);
    if (same) return last.diagnostics;
    const listUri = new Map(this.listUris.map((u) => [displayPath(u), u]));
    const listed = new Set<string>();
    const uriOf = (path: string, list: string): vscode.Uri | undefined => {
      const folder = vscode.workspace.getWorkspaceFolder(listUri.get(list) ?? vscode.Uri.parse('none:'));
      return folder && vscode.Uri.joinPath(folder.uri, path);
    };
    let lowerCase: Map<string, string> | undefined;
    const diagnostics = checkListsAgainstCorpus(this.lists, {
      document: (path, list) => {
        const id = uriOf(path, list)?.toString();
        if (id !== undefined) listed.add(id);
        return id === undefined ? undefined : index.document(id);
      },
      caseVariant: (path, list) => {
        lowerCase ??= new Map([...index.documentIds()].map((id) => [id.toLowerCase(), id]));
        const found = lowerCase.get(uriOf(path, list)?.toString().toLowerCase() ?? '');
        return found === undefined ? undefined : displayPath(vscode.Uri.parse(found));
      },
    });
    this.checked = { index, count: index.documentCount, listed, diagnostics };
    return diagnostics;
  }

  /** Files that may hold date problems (to clear what was fixed). */
  problemFiles(): vscode.Uri[] {
    return [...this.listUris, ...[...this.problems.keys()].map((k) => vscode.Uri.parse(k))];
  }
}
