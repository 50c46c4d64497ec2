/**
 * "Renaming or merging a code in the codebook updates every sidecar in one step" (issue 5): code
 * id `from` becomes `to` in every annotation's `codes`; where the annotation already has `to`
 * (a merge), it is listed once. Only the annotations that change are respelled; a sidecar
 * without `from` comes back as the very same text. Unreadable sidecars are refused, never touched.
 */
import type { Diagnostic } from '../base/diagnostics';
import { replaceCodeInModel } from '../sidecars/annotationChanges';
import { loadSidecar } from '../sidecars/sidecarLoad';

export type SidecarRewrite =
  { ok: true; text: string; /** Annotations changed. */ changed: number } | { ok: false; diagnostics: readonly Diagnostic[] };

export function replaceCodeInSidecar(text: string, file: string, from: string, to: string): SidecarRewrite {
  if (to.trim() === '' || /[\r\n]/.test(to)) throw new TypeError(`'${to}' is not a code id`);
  const model = loadSidecar(text, file);
  if (model.readOnly) return { ok: false, diagnostics: model.diagnostics };
  const changed = replaceCodeInModel(model, from, to);
  return { ok: true, text: model.toText(), changed };
}

/** The same over many sidecars; each result names its file. */
export function replaceCodeInSidecars(
  files: readonly { file: string; text: string }[],
  from: string,
  to: string,
): Array<{ file: string } & SidecarRewrite> {
  return files.map(({ file, text }) => ({ file, ...replaceCodeInSidecar(text, file, from, to) }));
}
