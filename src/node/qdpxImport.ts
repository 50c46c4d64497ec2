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
import { NotUtf8Error, SIDECAR_SUFFIX, type FileVersion } from '../core/base/ports';
import type { ArchiveLimits } from '../core/exchange/qdpxArchive';
import { importPaths, planImport, type ExistingFile, type ImportPlan } from '../core/exchange/qdeImportPlan';
import type { ImportReport, QdeProblem } from '../core/exchange/qdeImportReport';
import { saveSidecar } from '../core/sidecars/saveSidecar';
import { sameVersion } from '../core/sidecars/writePlan';
import { NodeAtomicFileStore } from './nodeAtomicFileStore';
import { readQdpx } from './qdpxRead';

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
  for (const relative of importPaths(read.parsed.project)) existing.set(relative, await readExisting(store, root, relative));
  const plan = planImport(read.parsed, read.archive.sources, { file: (p) => existing.get(p)?.file ?? { kind: 'absent' } });
  const problems = [...read.problems, ...plan.report.problems];
  const written = await applyPlan(plan, store, (p) => existing.get(p)?.version, problems);
  return { imported: written !== undefined, report: { ...plan.report, problems }, written: written ?? [] };
}

async function readExisting(
  store: NodeAtomicFileStore,
  root: string,
  relative: string,
): Promise<{ file: ExistingFile; version?: FileVersion }> {
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
  if (plan.codebook) {
    const { path: file, text } = plan.codebook;
    const release = await store.lock(file);
    try {
      const now = await store.version(file);
      const before = readVersion(file);
      if (now === undefined ? before !== undefined : before === undefined || !sameVersion(now, before)) {
        failed(file, 'changed on disk during the import; nothing was written (import again)');
        return undefined;
      }
      await store.writeAtomic(file, text);
      written.push(file);
    } finally {
      await release();
    }
  }
  const skipped = new Set<string>();
  for (const doc of plan.documents) {
    const release = await store.lock(doc.path);
    try {
      if ((await store.version(doc.path)) !== undefined) {
        failed(doc.path, 'appeared on disk during the import; it is not overwritten and its annotations are skipped');
        skipped.add(doc.path);
        continue;
      }
      await store.writeAtomic(doc.path, doc.text);
      written.push(doc.path);
    } catch (error) {
      failed(doc.path, `${(error as Error).message}; its annotations are skipped`);
      skipped.add(doc.path);
    } finally {
      await release();
    }
  }
  for (const sidecar of plan.sidecars) {
    if (skipped.has(sidecar.path.slice(0, -SIDECAR_SUFFIX.length))) continue;
    const saved = await saveSidecar(store, sidecar.path, sidecar.model, readVersion(sidecar.path));
    if (saved.ok) written.push(sidecar.path);
    else failed(sidecar.path, saved.reason);
  }
  return written;
}

function emptyReport(problems: QdeProblem[]): ImportReport {
  return { documents: [], codesAdded: [], codesMatched: 0, problems };
}
