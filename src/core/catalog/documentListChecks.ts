/**
 * The documents.yaml lists checked against the corpus, which a list alone cannot know: a path that
 * is no corpus document (a typo, a file moved or left out by the settings: its date and attributes
 * are never used), a document listed in two lists (the deeper list's entry wins), and a date the
 * document's own front matter overrides.
 */
import type { Diagnostic } from '../base/diagnostics';
import type { DocumentDate } from './catalogPeriod';
import { byDepth, type DocumentList, type ListedDocument } from './documentDates';

export interface ListedCorpus {
  /** The corpus document at this workspace path (resolved in the workspace folder of `list`). */
  document(path: string, list: string): { date?: DocumentDate } | undefined;
  /** A corpus document whose path differs from this one only in case, if there is one. */
  caseVariant?(path: string, list: string): string | undefined;
}

export function checkListsAgainstCorpus(lists: readonly DocumentList[], corpus: ListedCorpus): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (list: DocumentList, d: ListedDocument, severity: Diagnostic['severity'], code: string, message: string): void => {
    out.push({ file: list.file, line: d.line, column: d.column, severity, code, message });
  };
  /** The entry that wins for each path (the deepest list's), with its list. */
  const winners = new Map<string, { list: DocumentList; entry: ListedDocument }>();
  for (const list of byDepth(lists)) for (const entry of list.documents) winners.set(entry.path, { list, entry });
  for (const list of lists) {
    for (const entry of list.documents) {
      const winner = winners.get(entry.path)!;
      if (winner.entry !== entry) {
        const where = `${winner.list.file} (line ${winner.entry.line})`;
        at(list, entry, 'info', 'listed-elsewhere', `'${entry.path}' is also listed in ${where}, whose entry wins`);
        continue;
      }
      const found = corpus.document(entry.path, list.file);
      if (!found) {
        at(
          list,
          entry,
          'warning',
          'unknown-document',
          `'${entry.path}' is no document of the corpus${unknownHint(entry.path, list.file, corpus)}`,
        );
        continue;
      }
      if (entry.date && found.date?.source === 'front matter' && found.date.text !== entry.date.text) {
        const message = `'${entry.path}' is dated ${found.date.text} by its own front matter, which wins over this date (${entry.date.text})`;
        at(list, entry, 'info', 'date-overridden', message);
      }
    }
  }
  return out;
}

/** Why a listed path may have found no document. */
function unknownHint(path: string, list: string, corpus: ListedCorpus): string {
  const variant = corpus.caseVariant?.(path, list);
  if (variant !== undefined) return ` (did you mean '${variant}'? paths are case-sensitive)`;
  if (path.includes('\\')) return ": write '/' between folders";
  if (/[*?[\]{}]/.test(path)) return ': paths are matched as written, without wildcards';
  return ': no such file, or one the settings leave out of the corpus; its date and attributes are not used';
}
