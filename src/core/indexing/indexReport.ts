/**
 * What a rebuild of the index reports, and the line the output channel shows for it: counts, the
 * catalogs used, where the time went, on how many threads, and what the index holds in memory.
 */
import type { BuiltInCatalog } from '../catalog/catalogExtends';
import type { CorpusIndex } from '../index/corpusIndex';
import { plural } from '../text/plural';

export interface IndexReport {
  catalogFiles: number;
  /** Built-in catalogs under the workspace's (e.g. world). */
  builtIn: BuiltInCatalog[];
  entities: number;
  documents: number;
  mentions: number;
  entitiesMentioned: number;
  milliseconds: number;
  /** Threads the documents were scanned on (1: the extension host's own). */
  threads: number;
  /** What the index itself holds in memory, in bytes (mention lists and tables, no texts). */
  indexBytes: number;
  /** Where the time went: the catalog (read, parsed and compiled), listing the documents, and
   * reading and scanning them. */
  phases: { catalogMs: number; listingMs: number; documentsMs: number };
}

export type BuildFigures = Pick<IndexReport, 'catalogFiles' | 'builtIn' | 'milliseconds' | 'threads' | 'phases'>;

export function indexReport(index: CorpusIndex, build: BuildFigures): IndexReport {
  let entitiesMentioned = 0;
  for (let e = 0; e < index.entities.length; e++) if (index.documentCountOf(e) > 0) entitiesMentioned++;
  return {
    ...build,
    entities: index.entities.length,
    documents: index.documentCount,
    mentions: index.mentionCount,
    entitiesMentioned,
    indexBytes: index.memoryBytes,
  };
}

export function reportLine(r: IndexReport): string {
  const sources = [...r.builtIn.map((b) => `the ${b} catalog`), ...(r.catalogFiles > 0 ? [plural(r.catalogFiles, 'file')] : [])];
  if (sources.length === 0) {
    return `No entity catalog found (setting policyAnnotator.catalogFiles; the world catalog is off: policyAnnotator.worldCatalog). Indexed ${r.documents} documents.`;
  }
  return (
    `Indexed ${r.documents} documents: ${r.mentions} mentions of ${r.entitiesMentioned} entities ` +
    `(catalog: ${r.entities} entities from ${sources.join(' and ')}) in ${r.milliseconds} ms ` +
    `(catalog ${r.phases.catalogMs} ms, listing ${r.phases.listingMs} ms, documents ${r.phases.documentsMs} ms) ` +
    `on ${plural(r.threads, 'thread')}; the index holds ${megabytes(r.indexBytes)}.`
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}
