/**
 * A built-in catalog parsed at build time. Parsing the world catalog's YAML takes 0.1-0.4 s, a
 * good part of a command's start on a large folder; its parse written as JSON reads back in 2 ms.
 * The build writes one snapshot next to the bundles (scripts/catalog/writeCatalogSnapshots.ts). A
 * snapshot is used only by the build that wrote it (each build has an id of its own, put in its
 * bundles: a bundle rebuilt since, say by `--watch`, parses again) and only for the very text it
 * was made from (its SHA-256): a catalog edited after the build is parsed again.
 */
import { createHash } from 'node:crypto';
import { parseCatalogFile } from './catalogLoader';
import type { ParsedCatalogFile } from './catalogTypes';

/** Bump when the snapshot's shape changes. */
const FORMAT = 2;

declare const __POLICY_ANNOTATOR_BUILD__: string | undefined;
/** The id of the build these bundles come from (scripts/build.mjs); '' when run from source. */
const BUILD = typeof __POLICY_ANNOTATOR_BUILD__ === 'string' ? __POLICY_ANNOTATOR_BUILD__ : '';

interface CatalogSnapshot {
  format: number;
  /** The build that wrote it. */
  build: string;
  /** SHA-256 of the catalog's text, hex. */
  source: string;
  parsed: ParsedCatalogFile;
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The snapshot of `text` as parsed under the name `file` (what the build writes). */
export function catalogSnapshot(text: string, file: string, build = BUILD): string {
  const snapshot: CatalogSnapshot = { format: FORMAT, build, source: digest(text), parsed: parseCatalogFile(text, file) };
  return JSON.stringify(snapshot);
}

/** The parse of `text` under the name `file`: the snapshot's when this build made it from this text
 * under this name, else parsed now (no snapshot, or one that does not read, is of another format,
 * another build or another text). */
export function parseWithSnapshot(text: string, file: string, snapshot: string | undefined, build = BUILD): ParsedCatalogFile {
  if (snapshot !== undefined) {
    try {
      const kept = JSON.parse(snapshot) as Partial<CatalogSnapshot>;
      if (kept.format === FORMAT && kept.build === build && kept.source === digest(text) && kept.parsed?.file === file) return kept.parsed;
    } catch {
      // A snapshot that does not read is no snapshot: the text is parsed.
    }
  }
  return parseCatalogFile(text, file);
}
