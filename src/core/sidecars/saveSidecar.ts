/**
 * Saving a sidecar model (ARCHITECTURE.md, Writing safely): plan (is the file still what was read?), merge by annotation
 * id when it is not, then write atomically through the store. A sidecar that is unreadable on
 * disk, or was deleted there, is never written over; the caller keeps the model and asks.
 *
 * Between the last check and the rename another process could still write (file systems offer no
 * compare-and-swap): when the store has a writer lock (`AtomicFileStore.lock`, a lock file that
 * every window and the CLI respect) it is held from the check to the end of the write, so two
 * windows saving at the same moment merge one after the other. Only a writer that ignores the
 * lock (a hand edit) can still slip into the few milliseconds of one write.
 */
import type { Diagnostic } from '../base/diagnostics';
import type { AtomicFileStore, FileVersion } from '../base/ports';
import { loadSidecar } from './sidecarLoad';
import { mergeSidecar, type MergeConflict } from './sidecarMerge';
import type { SidecarModel } from './sidecarModel';
import { planWrite, sameVersion } from './writePlan';

export type SaveOutcome =
  | {
      ok: true;
      /** False when there was nothing to write. */
      written: boolean;
      text: string;
      version: FileVersion | undefined;
      conflicts: MergeConflict[];
      /** A fresh model of what is now on disk (the base of the next save). */
      model: SidecarModel;
    }
  | { ok: false; reason: string; diagnostics: Diagnostic[] };

const ATTEMPTS = 3;

/** `readVersion`: the version of the text `model` was loaded from (undefined for a new sidecar). */
export async function saveSidecar(
  store: AtomicFileStore,
  path: string,
  model: SidecarModel,
  readVersion: FileVersion | undefined,
  newId?: () => string,
): Promise<SaveOutcome> {
  if (model.readOnly || !model.changed) {
    if (model.readOnly)
      return { ok: false, reason: planWrite(path, readVersion, undefined, true).reason, diagnostics: [...model.diagnostics] };
    return { ok: true, written: false, text: model.baseText, version: readVersion, conflicts: [], model };
  }
  const release = store.lock ? await store.lock(path) : undefined;
  try {
    return await checkAndWrite(store, path, model, readVersion, newId);
  } finally {
    await release?.();
  }
}

async function checkAndWrite(
  store: AtomicFileStore,
  path: string,
  model: SidecarModel,
  readVersion: FileVersion | undefined,
  newId?: () => string,
): Promise<SaveOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await store.version(path);
    const plan = planWrite(path, readVersion, current);
    if (plan.action === 'refuse') return { ok: false, reason: plan.reason, diagnostics: [] };
    let text = model.toText();
    let conflicts: MergeConflict[] = [];
    if (plan.action === 'merge') {
      const disk = await store.read(path);
      if (!disk) continue; // deleted meanwhile: plan again
      const merged = mergeSidecar(model, disk.text, newId);
      if (!merged.ok)
        return { ok: false, reason: `${path} on disk cannot be read safely; it was not overwritten`, diagnostics: merged.diagnostics };
      const now = await store.version(path);
      if (!now || !sameVersion(now, disk.version)) continue; // changed again while merging
      ({ text, conflicts } = merged);
    }
    const version = await store.writeAtomic(path, text);
    return { ok: true, written: true, text, version, conflicts, model: loadSidecar(text, model.file) };
  }
  return { ok: false, reason: `${path} kept changing on disk; try again`, diagnostics: [] };
}
