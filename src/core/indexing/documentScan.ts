/**
 * indexing/: the indexing pipeline the CLI and the editor share: ordered overlapping work, one
 * document's scan, the scan-pool port, catalog texts to matcher, the report.
 *
 * What indexing one document produces, as plain transferable data: the scanner's mention list and
 * offset drops as typed arrays, the document's date and the problems of its front matter. Made by
 * `scanForIndex` on whichever thread scans (a worker or the caller's), then added to the index
 * with `CorpusIndex.addScanned`, so the CLI and the editor index exactly alike.
 */
import type { DocumentDate } from '../catalog/catalogPeriod';
import type { Diagnostic } from '../base/diagnostics';
import { documentDate, frontMatterFields, frontMatterLength } from '../catalog/documentDates';
import { scanDocument, UNDATED, type ScannedDocument } from '../matcher/documentScanner';
import { MentionList } from '../matcher/mentionList';
import type { CompiledMatcher } from '../matcher/mentionMatcher';
import { OffsetMap } from '../text/textOffsets';

/** Everything a scanning thread needs besides the document. */
export interface ScanSetup {
  /** The matcher; its `entities` are not needed to scan (see `forScanning`). */
  readonly matcher: CompiledMatcher;
  /** Dates from documents.yaml, by document path as given in jobs. */
  readonly listed: ReadonlyMap<string, DocumentDate>;
  /** Keep a leading byte order mark when decoding bytes (the CLI's offsets count it; the editor's
   * documents do not hold it). */
  readonly keepBom: boolean;
  /** Also read each document's front matter fields (`DocumentScan.fields`), for analyses; off
   * for the index. */
  readonly attributes?: boolean;
}

/** One document to index: its path (dates are looked up by it) and its text, or its bytes
 * (UTF-8, decoded by the scanning thread). */
export interface ScanJob {
  readonly path: string;
  readonly content: string | Uint8Array;
}

export interface DocumentScan {
  /** The mention list's packed numbers (see MentionList). */
  readonly mentions: Int32Array;
  /** Raw offsets dropped by the offset map (see OffsetMap.fromDrops). */
  readonly drops: Int32Array;
  readonly lineCount: number;
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  readonly date?: DocumentDate;
  /** Problems of the document's own front matter date. */
  readonly dateProblems: readonly Diagnostic[];
  /** Front matter fields (with `attributes`; empty when the document has none). */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Words in the document, its front matter left out (see analysis/distribution.ts). */
  readonly words: number;
}

/** The matcher without what scanning does not read (the entities), for sending to a thread. */
export function forScanning(matcher: CompiledMatcher): CompiledMatcher {
  return { ...matcher, entities: [] };
}

const makeDecoders = () => ({ keepBom: new TextDecoder('utf-8', { ignoreBOM: true }), stripBom: new TextDecoder('utf-8') });
let decoders: ReturnType<typeof makeDecoders> | undefined;

/** The text of a job: UTF-8 bytes decoded (invalid sequences become U+FFFD, as the editor reads them). */
export function decodeText(content: string | Uint8Array, keepBom: boolean): string {
  if (typeof content === 'string') return content;
  decoders ??= makeDecoders();
  return (keepBom ? decoders.keepBom : decoders.stripBom).decode(content);
}

/** Dates and scans one document (the text is dropped afterwards; `text` is passed back only to
 * callers that asked to read it). */
export function scanForIndex(setup: ScanSetup, job: ScanJob): { scan: DocumentScan; text: string } {
  const text = decodeText(job.content, setup.keepBom);
  const { date, diagnostics } = documentDate(job.path, text, setup.listed);
  const scanned = scanDocument(setup.matcher, text, date?.day ?? UNDATED, frontMatterLength(text));
  const scan: DocumentScan = {
    mentions: scanned.mentions.data,
    drops: scanned.offsets.dropOffsets,
    lineCount: scanned.lineCount,
    length: text.length,
    ...(date ? { date } : {}),
    dateProblems: diagnostics,
    ...(setup.attributes ? { fields: frontMatterFields(text, job.path) } : {}),
    words: scanned.words,
  };
  return { scan, text };
}

/** The scanner's result again, from a scan that crossed threads. */
export function scannedDocument(scan: DocumentScan): ScannedDocument {
  return {
    mentions: new MentionList(scan.mentions),
    offsets: OffsetMap.fromDrops(scan.drops, scan.length),
    lineCount: scan.lineCount,
    words: scan.words,
  };
}
