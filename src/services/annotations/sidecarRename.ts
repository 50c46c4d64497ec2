// A renamed document takes its sidecar along (issue 5, point 4). The sidecar is written under its
// new name with its `document:` field naming the new file (a sidecar whose field names another
// file is refused as read-only, so a plain rename would lock the annotations), and the old file is
// deleted only after that write, and only as it was read: a crash in between leaves both, never
// neither. A sidecar that cannot be read safely moves as it is.
import * as vscode from 'vscode';
import { renamedSidecarText } from '../../core/sidecars/sidecarRenameText';
import { sameVersion } from '../../core/sidecars/writePlan';
import type { OutputLog } from '../../vscode/outputLog';
import { storedFile } from '../../vscode/sidecarStore';
import { sidecarUriOf } from './documentState';

/** Moves the sidecar of `oldUri` to that of `newUri`; false when there was none to move. */
export async function moveSidecarFile(oldUri: vscode.Uri, newUri: vscode.Uri, log: OutputLog): Promise<boolean> {
  const fromUri = sidecarUriOf(oldUri);
  const from = storedFile(fromUri);
  const to = storedFile(sidecarUriOf(newUri));
  if (!from || !to) return false;
  const disk = await from.store.read(from.path);
  if (!disk) return false;
  if (await to.store.version(to.path)) throw new Error(`${to.display} already exists; the annotations stay in ${from.display}`);
  await to.store.writeAtomic(to.path, renamedSidecarText(disk.text, from.display, to.display) ?? disk.text);
  const now = await from.store.version(from.path);
  if (now && sameVersion(now, disk.version)) await vscode.workspace.fs.delete(fromUri);
  else log.warn(`${from.display} changed while it was being moved to ${to.display}; it was kept`);
  return true;
}
