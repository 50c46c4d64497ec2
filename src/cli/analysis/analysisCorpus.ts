/**
 * The documents an analysis command covers: the folder scanned once (threads, path order, as
 * `scan` does), each document with its mentions, date, attributes and word count, kept only when
 * the `--where` filter holds for it; and, for the commands on codes, the coded passages of every
 * sidecar, placed in their document's current text (as `export` places them, read-only).
 */
import { documentAttributes } from '../../core/analysis/documentAttributes';
import { parseFilter, type AttributeValue } from '../../core/analysis/documentFilter';
import type { CodedPassage } from '../../core/analysis/passageUnits';
import type { Diagnostic } from '../../core/base/diagnostics';
import type { DocumentDate } from '../../core/catalog/catalogPeriod';
import type { ExportRecord } from '../../core/export';
import { scannedDocument } from '../../core/indexing/documentScan';
import type { MentionList } from '../../core/matcher/mentionList';
import type { OffsetMap } from '../../core/text/textOffsets';
import type { CliEnv } from '../cliEnv';
import { sidecarRecords } from '../exportSidecars';
import { CODEBOOK_FILE_NAME, listFolder, loadFolderCodebook } from '../folderFiles';
import { withFolderScan, type FolderScan } from '../folderScanSetup';
import { diagnosticLine, sortDiagnostics } from '../formatters';
import type { Codebook } from '../../core/codebook/codebook';

export interface AnalysedDocument {
  path: string;
  mentions: MentionList;
  offsets: OffsetMap;
  date?: DocumentDate;
  attributes: Map<string, AttributeValue>;
  words: number;
  /** The text, when the command asked for it. */
  text?: string;
}

export interface AnalysisScope {
  folder: string;
  where: readonly string[];
  catalogs: readonly string[];
  codebook?: string;
  noCache: boolean;
}

export interface AnalysisContext extends FolderScan {
  /** Every document of the folder the filter keeps, in path order. */
  analysed(withText: boolean): AsyncGenerator<AnalysedDocument>;
  /** Documents scanned so far, and those the filter kept. */
  counts: { scanned: number; kept: number };
}

export function withAnalysisCorpus<T>(env: CliEnv, scope: AnalysisScope, work: (ctx: AnalysisContext) => Promise<T>): Promise<T> {
  const filter = parseFilter(scope.where);
  return withFolderScan(
    env,
    scope.folder,
    scope.catalogs,
    async (scan) => {
      const counts = { scanned: 0, kept: 0 };
      async function* analysed(withText: boolean): AsyncGenerator<AnalysedDocument> {
        for await (const { path, scan: found, text } of scan.documents.scan(scan.pool, withText)) {
          counts.scanned++;
          scan.dating.record(found.dateProblems);
          const attributes = documentAttributes(path, found.date, scan.dating.fields.get(path), found.fields ?? {});
          if (!filter.matches(attributes)) continue;
          counts.kept++;
          const { mentions, offsets } = scannedDocument(found);
          yield { path, mentions, offsets, date: found.date, attributes, words: found.words, text };
        }
      }
      const result = await work({ ...scan, analysed, counts });
      for (const d of sortDiagnostics(scan.dating.diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);
      return result;
    },
    { attributes: true, cache: !scope.noCache },
  );
}

export interface CodedDocuments {
  codebook?: Codebook;
  /** Placed passages by document path (orphaned ones are not placed and not here). */
  passages: Map<string, Array<CodedPassage & { record: ExportRecord }>>;
  /** Annotations that could not be placed in their document's text. */
  unplaced: number;
}

/** Every sidecar's annotations, placed; their problems are printed on stderr as `export` does. */
export async function loadCodedDocuments(env: CliEnv, ctx: AnalysisContext, codebookArg: string | undefined): Promise<CodedDocuments> {
  const listing = await listFolder(ctx.folder);
  const loaded = await loadFolderCodebook(env, ctx.folder, codebookArg, listing.present.has(CODEBOOK_FILE_NAME));
  const codebook = loaded?.codebook;
  const diagnostics: Diagnostic[] = [...(codebook?.diagnostics ?? [])];
  const sources = { folder: ctx.folder, listing, catalog: ctx.loaded.catalog, matcher: ctx.matcher, dayOf: ctx.dating.dayOf, codebook };
  const passages = new Map<string, Array<CodedPassage & { record: ExportRecord }>>();
  let unplaced = 0;
  for (const sidecar of listing.sidecars) {
    const found = await sidecarRecords(sources, sidecar);
    diagnostics.push(...found.diagnostics);
    for (const record of found.records) {
      if (!record.anchored) {
        unplaced++;
        continue;
      }
      const list = passages.get(record.document) ?? [];
      list.push({
        start: record.anchored.start,
        end: record.anchored.end,
        codes: record.codes.map((c) => c.id),
        entities: record.mentionedEntities,
        record,
      });
      passages.set(record.document, list);
    }
  }
  for (const d of sortDiagnostics(diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);
  return { codebook, passages, unplaced };
}
