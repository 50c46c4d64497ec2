/**
 * The records of `export`: every sidecar of the folder checked (read-only), its document read
 * (only the sibling file named by the sidecar's own file name, and only when the folder's listing
 * holds it: a symlink leading outside the folder is no file of it; the sidecar's `document` field
 * is checked, never followed), re-anchored and scanned for mentions.
 */
import type { Catalog } from '../core/catalog/catalogTypes';
import type { Codebook } from '../core/codebook/codebook';
import type { Diagnostic } from '../core/base/diagnostics';
import { scanDocument } from '../core/matcher/documentScanner';
import { exportRecords, passageEntities, type ExportRecord } from '../core/export';
import type { CompiledMatcher } from '../core/matcher/mentionMatcher';
import { SIDECAR_SUFFIX } from '../core/base/ports';
import { checkSidecar } from '../core/sidecars/sidecarCheck';
import { documentNameForSidecar } from '../core/sidecars/sidecarTypes';
import { resolveSidecarDocument, type SafePath } from '../core/sidecars/safePaths';
import type { Folder } from './cliEnv';
import { problem, readFolderFile, type FolderListing } from './folderFiles';

export interface ExportSources {
  folder: Folder;
  listing: FolderListing;
  catalog: Catalog;
  /** Undefined when there is no catalog: no entity is found in the passages. */
  matcher?: CompiledMatcher;
  /** The day a document's dated names are read as of (undated when absent). */
  dayOf?: (path: string, text: string) => number;
  codebook?: Codebook;
}

export interface SidecarRecords {
  records: ExportRecord[];
  diagnostics: Diagnostic[];
}

export async function sidecarRecords(sources: ExportSources, sidecarPath: string): Promise<SidecarRecords> {
  const { folder, listing, catalog, matcher, codebook, dayOf } = sources;
  const file = folder.display(sidecarPath);
  const text = await readFolderFile(folder, sidecarPath, file);
  if (typeof text !== 'string') return { records: [], diagnostics: [text] };
  const sibling = siblingDocument(sidecarPath);
  const documentPath = sibling.ok ? sibling.path : undefined;
  const documentExists = documentPath !== undefined && listing.present.has(documentPath);
  // An unsafe name is reported as such below, not as a missing document.
  const checked = checkSidecar(text, file, {
    codes: codebook?.byId,
    entities: catalog.byId,
    documentExists: sibling.ok ? documentExists : undefined,
  });
  const diagnostics = checked.diagnostics;
  if (!sibling.ok) diagnostics.push(problem(file, 'document-path', `the document of this sidecar is not read: ${sibling.reason}`));
  let documentText: string | undefined;
  if (documentExists && checked.annotations.length > 0) {
    const read = await readFolderFile(folder, documentPath, folder.display(documentPath));
    if (typeof read === 'string') documentText = read;
    else diagnostics.push(read);
  }
  const records = exportRecords({
    document: documentPath ?? sidecarPath.slice(0, -SIDECAR_SUFFIX.length),
    sidecar: sidecarPath,
    documentHash: checked.documentHash,
    annotations: checked.annotations,
    text: documentText,
    codes: codebook?.byId ?? new Map(),
    mentions:
      matcher && documentText !== undefined
        ? passageEntities(scanDocument(matcher, documentText, dayOf?.(documentPath!, documentText)).mentions, matcher.entities)
        : undefined,
  });
  return { records, diagnostics };
}

/** The records of every sidecar of the folder, in the listing's order; their problems go to `diagnostics`. */
export async function folderRecords(sources: ExportSources, diagnostics: Diagnostic[]): Promise<ExportRecord[]> {
  const records: ExportRecord[] = [];
  for (const sidecar of sources.listing.sidecars) {
    const found = await sidecarRecords(sources, sidecar);
    records.push(...found.records);
    diagnostics.push(...found.diagnostics);
  }
  return records;
}

/** The document next to the sidecar, named by the sidecar's own file name, when that name is safe. */
function siblingDocument(sidecarPath: string): SafePath {
  const name = documentNameForSidecar(sidecarPath);
  if (name === undefined) return { ok: false, reason: 'its file name holds no document name (<document>.annotations.yaml)' };
  return resolveSidecarDocument(sidecarPath, name);
}
