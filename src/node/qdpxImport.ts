/**
 * Imports a `.qdpx` into a folder (`policy-annotator import`, and the editor's command): reads and
 * checks the project (qdpxRead.ts), reads what the folder holds where the plan will write, plans
 * (core/exchange/qdeImportPlan.ts) and writes the plan through the atomic store: the codebook
 * first (only if it is still what was read), then each new document (only where still nothing
 * is), then its sidecar (merged by annotation id if it changed meanwhile). Nothing is written
 * outside the folder (the store refuses it; every name is a plain file name) and nothing that
 * exists is replaced except by adding codes and annotations.
 */
import { lstat, mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { NotUtf8Error, SIDECAR_SUFFIX, sidecarPathFor, type FileVersion } from '../core/base/ports';
import type { ArchiveLimits } from '../core/exchange/qdpxUnzip';
import { importPaths, planImport, type ExistingFile, type ImportPlan } from '../core/exchange/qdeImportPlan';
import type { ImportReport, QdeProblem } from '../core/exchange/qdeImportReport';
import { saveSidecar } from '../core/sidecars/saveSidecar';
import { sameVersion } from '../core/sidecars/writePlan';
import { NodeAtomicFileStore } from './nodeAtomicFileStore';
import { readQdpx } from './qdpxRead';

/** Documents written at the same time. */
const WRITERS = 8;

export interface QdpxImportOutcome {
  /** False when the project was refused as a whole (nothing written). */
  readonly imported: boolean;
  readonly report: ImportReport;
  /** Paths written, relative to the folder. */
  readonly written: string[];
}

export async function importQdpx(bytes: Uint8Array, folder: string, limits?: ArchiveLimits): Promise<QdpxImportOutcome> {
  const read = await readQdpx(bytes, limits);
  if (!read.ok) return { imported: false, report: emptyReport(read.problems), written: [] };
  const root = path.resolve(folder);
  await mkdir(root, { recursive: true });
  const store = new NodeAtomicFileStore(root);
  const existing = new Map<string, { file: ExistingFile; version?: FileVersion }>();
  await eachAtOnce(importPaths(read.parsed.project), WRITERS, async (relative) => {
    existing.set(relative, await readExisting(store, root, relative));
  });
  const plan = planImport(read.parsed, read.archive.sources, { file: (p) => existing.get(p)?.file ?? { kind: 'absent' } });
  const problems = [...read.problems, ...plan.report.problems];
  const written = await applyPlan(plan, store, (p) => existing.get(p)?.version, problems);
  const report = { ...plan.report, documents: asWritten(plan, written ?? []), problems };
  return { imported: !plan.refused && written !== undefined, report, written: (written ?? []).sort() };
}

/** The report's documents as they came out: a document or sidecar whose write failed (reported
 * among the problems) is counted as skipped, not as imported. */
function asWritten(plan: ImportPlan, written: readonly string[]): ImportReport['documents'] {
  const done = new Set(written);
  const newDocuments = new Set(plan.documents.map((d) => d.path));
  const planned = new Set(plan.sidecars.map((s) => s.path));
  return plan.report.documents.map((d) => {
    const documentLost = newDocuments.has(d.path) && !done.has(d.path);
    const sidecar = sidecarPathFor(d.path);
    const annotationsLost = documentLost || (planned.has(sidecar) && !done.has(sidecar));
    return {
      ...d,
      status: documentLost ? 'skipped' : d.status,
      annotationsAdded: annotationsLost ? 0 : d.annotationsAdded,
      annotationsSkipped: annotationsLost ? d.annotationsSkipped + d.annotationsAdded : d.annotationsSkipped,
    };
  });
}

async function readExisting(
  store: NodeAtomicFileStore,
  root: string,
  relative: string,
): Promise<{ file: ExistingFile; version?: FileVersion }> {
  // A folder on the way that is a symbolic link could lead a write outside: such a path is not used.
  const folders = relative.split('/').slice(0, -1);
  for (let k = 1; k <= folders.length; k++) {
    const folder = await lstat(path.join(root, ...folders.slice(0, k))).catch(() => undefined);
    if (!folder) return { file: { kind: 'absent' } };
    if (!folder.isDirectory()) return { file: { kind: 'other', reason: 'a symbolic link or a file is on the way' } };
  }
  const info = await lstat(path.join(root, relative)).catch(() => undefined);
  if (!info) return { file: { kind: 'absent' } };
  if (info.isSymbolicLink()) return { file: { kind: 'other', reason: 'a symbolic link is there' } };
  if (!info.isFile()) return { file: { kind: 'other', reason: 'something that is not a file is there' } };
  try {
    const got = await store.read(relative);
    return got ? { file: { kind: 'text', text: got.text }, version: got.version } : { file: { kind: 'absent' } };
  } catch (error) {
    return {
      file: { kind: 'other', reason: error instanceof NotUtf8Error ? 'a file that is not UTF-8 text is there' : (error as Error).message },
    };
  }
}

/** Writes the plan; undefined when the codebook changed on disk meanwhile (then nothing is written). */
async function applyPlan(
  plan: ImportPlan,
  store: NodeAtomicFileStore,
  readVersion: (path: string) => FileVersion | undefined,
  problems: QdeProblem[],
): Promise<string[] | undefined> {
  const written: string[] = [];
  const failed = (file: string, message: string): void => void problems.push({ file, severity: 'error', message });
  // The codebook, then documents.yaml: each only if it is still what was read.
  for (const whole of [plan.codebook, plan.documentList]) {
    if (!whole) continue;
    let release: (() => Promise<void>) | undefined;
    try {
      release = await store.lock(whole.path);
      const now = await store.version(whole.path);
      const before = readVersion(whole.path);
      if (now === undefined ? before !== undefined : before === undefined || !sameVersion(now, before)) {
        if (whole === plan.codebook) {
          failed(whole.path, 'changed on disk during the import; nothing was written (import again)');
          return undefined;
        }
        failed(whole.path, 'changed on disk during the import; the attributes were not added (import again)');
        continue;
      }
      await store.writeAtomic(whole.path, whole.text);
      written.push(whole.path);
    } catch (error) {
      failed(
        whole.path,
        `${(error as Error).message}; ${whole === plan.codebook ? 'nothing was written' : 'the attributes were not added'}`,
      );
      if (whole === plan.codebook) return undefined;
    } finally {
      await release?.();
    }
  }
  // Each document, then its sidecar; several at a time, so the flushes to disk overlap.
  const sidecars = new Map(plan.sidecars.map((s) => [s.path, s]));
  const documents = new Map(plan.documents.map((d) => [d.path, d]));
  const paths = [...new Set([...plan.documents.map((d) => d.path), ...plan.sidecars.map((s) => s.path.slice(0, -SIDECAR_SUFFIX.length))])];
  await eachAtOnce(paths, WRITERS, async (documentPath) => {
    const doc = documents.get(documentPath);
    if (doc && !(await writeNewDocument(store, doc, failed))) return;
    written.push(...(doc ? [doc.path] : []));
    const sidecar = sidecars.get(sidecarPathFor(documentPath));
    if (!sidecar) return;
    // A sidecar that was not there is written like a new document (one parse less than a save).
    const saved = sidecar.existed
      ? await saveSidecar(store, sidecar.path, sidecar.model, readVersion(sidecar.path))
      : { ok: await writeNewDocument(store, { path: sidecar.path, text: sidecar.model.toText() }, failed), reason: '' };
    if (saved.ok) written.push(sidecar.path);
    else if (saved.reason !== '') failed(sidecar.path, saved.reason);
  });
  return written;
}

/** Writes a new file where nothing is yet; false (reported) when something appeared or the write failed. */
async function writeNewDocument(
  store: NodeAtomicFileStore,
  doc: { path: string; text: string },
  failed: (file: string, message: string) => void,
): Promise<boolean> {
  let release: (() => Promise<void>) | undefined;
  try {
    release = await store.lock(doc.path);
    if ((await store.version(doc.path)) !== undefined) {
      failed(doc.path, 'appeared on disk during the import; it is not overwritten (nor, for a document, its sidecar written)');
      return false;
    }
    await store.writeAtomic(doc.path, doc.text);
    return true;
  } catch (error) {
    failed(doc.path, `${(error as Error).message}; nothing more is written for this document`);
    return false;
  } finally {
    await release?.();
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachAtOnce<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function emptyReport(problems: QdeProblem[]): ImportReport {
  return { documents: [], codesAdded: [], codesMatched: 0, problems };
}
