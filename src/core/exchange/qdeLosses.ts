/**
 * The data-loss report of a REFI-QDA export (REFI-QDA 1.5, §7: tools should tell the user what an
 * exchange loses): each kind of loss or change counted, with its first few places, in a fixed
 * order. The sentences are the analyst's; a kind that did not happen is not listed.
 */
import { plural } from '../text/plural';
import type { QdeLoss } from './qdeExportInput';

const EXAMPLES = 5;

/** Every kind, in the report's order, and its sentence for `n` places. */
const MESSAGES = {
  'duplicate-document': (n: number) => `${plural(n, 'document')} left out: another document has the same path`,
  'document-missing': (n: number) =>
    `${plural(n, 'annotation')} left out: the sidecar's document is not in the corpus (missing or not a corpus document)`,
  'unanchored-kept': (n: number) =>
    `${plural(n, 'annotation')} not anchored in the current text (needs review, ambiguous or orphaned) exported at their last known place (check them in the other tool)`,
  'unanchored-omitted': (n: number) => `${plural(n, 'annotation')} not anchored in the current text left out (--unanchored omit)`,
  'no-place': (n: number) =>
    `${plural(n, 'annotation')} left out: no known place of it fits the current text (an orphan whose stored positions lie past its end, or an empty passage)`,
  status: (n: number) =>
    `${plural(n, 'annotation')} carry a status (needs-review, ambiguous, orphaned) in their sidecar: REFI-QDA has no status, it is not exported`,
  entities: (n: number) =>
    `${plural(n, 'annotation')} link catalog entities (\`entities\`): REFI-QDA has no such link, the list is not exported (--entities-as-codes exports the mentions as codings instead)`,
  'not-uuid': (n: number) =>
    `${plural(n, 'annotation id')} not a UUID: the selection gets a GUID derived from the document and the id (stable across exports), the id itself is not in the file`,
  'uuid-repeated': (n: number) =>
    `${plural(n, 'annotation')} whose UUID id another annotation of the export already has: the selection gets a derived GUID`,
  'no-codes': (n: number) =>
    `${plural(n, 'annotation')} without a code: exported as selections without a coding (some tools drop uncoded selections)`,
  'code-not-in-codebook': (n: number) =>
    `${plural(n, 'code')} used by annotations but not in the codebook: exported as top-level codes named by their id`,
  'date-only': (n: number) =>
    `${plural(n, 'timestamp')} given as a date without a time: written at 00:00:00 without a zone (xsd:dateTime needs a time)`,
  'bad-timestamp': (n: number) => `${plural(n, 'timestamp')} that are no valid date and time: left out`,
  'modified-by': (n: number) =>
    `${plural(n, 'modification time')} exported without a modifying user: sidecars record who created an annotation, not who changed it`,
  'list-attribute': (n: number) => `${plural(n, 'document attribute')} holding lists: exported as text, items joined by "; "`,
  'mixed-attribute': (n: number) =>
    `${plural(n, 'document attribute')} with values of different kinds across documents (numbers and text…): exported as Text`,
  'xml-chars': (n: number) =>
    `${plural(n, 'character')} XML 1.0 cannot carry (control characters, unpaired surrogates) in names, notes or values: replaced by U+FFFD`,
  'source-surrogates': (n: number) =>
    `${plural(n, 'unpaired surrogate')} in document texts: UTF-8 cannot encode them, written as U+FFFD (positions are unchanged)`,
  'entity-mentions-cut': (n: number) => `${plural(n, 'entity mention')} outside the document's text: left out`,
  context: (n: number) =>
    `${plural(n, 'annotation')} exported by position only: the stored quote's context (prefix, suffix) and the document hash are not exchanged`,
} as const;

export type QdeLossKind = keyof typeof MESSAGES;

export class QdeLossLog {
  private readonly found = new Map<QdeLossKind, { count: number; examples: string[] }>();

  /** One more place of `kind` (`count` more, for a count of characters). */
  note(kind: QdeLossKind, example: string, count = 1): void {
    if (count <= 0) return;
    const entry = this.found.get(kind) ?? { count: 0, examples: [] };
    entry.count += count;
    if (entry.examples.length < EXAMPLES && !entry.examples.includes(example)) entry.examples.push(example);
    this.found.set(kind, entry);
  }

  count(kind: QdeLossKind): number {
    return this.found.get(kind)?.count ?? 0;
  }

  /** The losses, in the report's order. */
  list(): QdeLoss[] {
    const out: QdeLoss[] = [];
    for (const kind of Object.keys(MESSAGES) as QdeLossKind[]) {
      const entry = this.found.get(kind);
      if (entry) out.push({ kind, count: entry.count, message: MESSAGES[kind](entry.count), examples: entry.examples });
    }
    return out;
  }
}
