/**
 * The text of a sidecar moved along with its renamed document: the `document:` field names the
 * new file (its value respelled in place, everything else byte for byte). The result is checked
 * to read back under the new sidecar name. Undefined when the sidecar cannot be edited safely (it
 * does not parse, fails a guard or a check): it then moves as it is, its problems still reported.
 */
import { hasErrors } from '../base/diagnostics';
import { documentNameForSidecar } from './sidecarTypes';
import { DEFAULT_LIMITS, parseYaml } from '../yaml/yamlFile';
import { loadSidecar } from './sidecarLoad';
import { TopFields } from '../yaml/topFields';
import { applyEdits, keepLineBreaks } from '../yaml/yamlText';

export function renamedSidecarText(text: string, fromFile: string, toFile: string): string | undefined {
  const name = documentNameForSidecar(toFile);
  if (name === undefined) throw new Error(`'${toFile}' is not a sidecar name (<document>.annotations.yaml)`);
  if (loadSidecar(text, fromFile).readOnly) return undefined;
  const parsed = parseYaml(text, fromFile, DEFAULT_LIMITS);
  if (!parsed.doc) return undefined;
  const top = new TopFields(text, parsed.doc, 'annotations');
  top.set('document', name);
  const renamed = keepLineBreaks(text, applyEdits(text, top.edits()));
  return hasErrors(loadSidecar(renamed, toFile).diagnostics) ? undefined : renamed;
}
