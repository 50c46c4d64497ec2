/**
 * Document dates for the CLI: every documents.yaml of the folder, then each document's own date
 * (front matter, those lists, its name: core/catalog/documentDates.ts), with the problems found on the way.
 */
import { UNDATED } from '../core/matcher/documentScanner';
import type { Diagnostic } from '../core/base/diagnostics';
import {
  documentDate,
  DOCUMENTS_FILE_NAME,
  listedDates,
  listedFields,
  parseDocumentList,
  type DocumentList,
} from '../core/catalog/documentDates';
import type { DocumentDate } from '../core/catalog/catalogPeriod';
import type { Folder } from './cliEnv';

export interface CliDating {
  /** The document's date (its problems are added to `diagnostics`). */
  dateOf(path: string, text: string): DocumentDate | undefined;
  /** The day to scan the document as of. */
  dayOf(path: string, text: string): number;
  /** Dates from the documents.yaml files, by path (what scanning threads look dates up in). */
  readonly listed: ReadonlyMap<string, DocumentDate>;
  /** The other fields given for each document in the documents.yaml files, by path. */
  readonly fields: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Adds the problems of a document's own date found while it was scanned elsewhere. */
  record(problems: readonly Diagnostic[]): void;
  readonly diagnostics: Diagnostic[];
}

const isDocumentList = (path: string): boolean => path === DOCUMENTS_FILE_NAME || path.endsWith(`/${DOCUMENTS_FILE_NAME}`);

export async function loadDocumentDates(folder: Folder): Promise<CliDating> {
  const lists: DocumentList[] = [];
  for await (const path of folder.store.list(isDocumentList)) lists.push(parseDocumentList(await folder.store.readText(path), path));
  const listed = listedDates(lists);
  const diagnostics: Diagnostic[] = lists.flatMap((l) => l.diagnostics.map((d) => ({ ...d, file: folder.display(d.file) })));
  const record = (problems: readonly Diagnostic[]): void => {
    diagnostics.push(...problems.map((d) => ({ ...d, file: folder.display(d.file) })));
  };
  const dateOf = (path: string, text: string): DocumentDate | undefined => {
    const found = documentDate(path, text, listed);
    record(found.diagnostics);
    return found.date;
  };
  return { dateOf, dayOf: (path, text) => dateOf(path, text)?.day ?? UNDATED, listed, fields: listedFields(lists), record, diagnostics };
}
