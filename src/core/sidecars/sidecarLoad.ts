/**
 * Opens a sidecar for editing (ARCHITECTURE.md, Files the analyst owns and Writing safely). The text goes through `parseYaml`'s guards (size,
 * depth, conflict markers: checked before the parser runs) and the structural check; any error,
 * and any YAML alias (`*name`: an alias bomb, or one node shared by two annotations), makes the
 * model read-only, with every problem located by file, line and column.
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { hasErrors, type Diagnostic } from '../base/diagnostics';
import { aliasDiagnostics } from '../yaml/yamlAliases';
import { checkParsedSidecar } from './sidecarCheck';
import { DOCUMENT_HASH_PATTERN, SIDECAR_VERSION, documentNameForSidecar, type CheckedSidecar, type SidecarContext } from './sidecarTypes';
import { DEFAULT_LIMITS, nodePosition, parseYaml } from '../yaml/yamlFile';
import { renderNode, type PlainMap } from '../yaml/itemDocument';
import { SeqEditor } from '../yaml/seqEditor';
import { seqLayout } from '../yaml/seqLayout';
import { SidecarModel } from './sidecarModel';
import { TopFields } from '../yaml/topFields';
import { renderScalar } from '../yaml/yamlText';

export function loadSidecar(text: string, file: string, context: SidecarContext = {}): SidecarModel {
  const parsed = parseYaml(text, file, DEFAULT_LIMITS, true);
  const checked = checkParsedSidecar(parsed, file, context);
  const diagnostics = [...checked.diagnostics];
  const doc = parsed.doc;
  if (doc) diagnostics.push(...aliasDiagnostics(doc, parsed.lines, file));
  const pair =
    doc && isMap(doc.contents)
      ? (doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'annotations') as Pair<Node, Node> | undefined)
      : undefined;
  if (!doc || !pair || hasErrors(diagnostics)) return readOnly(file, text, diagnostics, checked);
  const layout = seqLayout(text, pair);
  if (typeof layout === 'string') {
    const { line, column } = nodePosition(pair.key, parsed.lines);
    diagnostics.push({
      file,
      line,
      column,
      severity: 'error',
      code: 'unsupported-layout',
      message: `the annotations list cannot be edited safely: ${layout}; the file is read-only`,
    });
    return readOnly(file, text, diagnostics, checked);
  }
  const nodes = layout.kind === 'block' ? layout.items.map((i) => i.node) : layout.nodes;
  if (nodes.length !== checked.annotations.length)
    throw new Error(`internal error: ${file} has ${nodes.length} items but ${checked.annotations.length} annotations`);
  const entries = nodes.map((node, i) => ({ id: checked.annotations[i].id, value: node.toJS(doc) as PlainMap }));
  const top = doc.toJS() as PlainMap;
  delete top.annotations;
  const editor = { seq: new SeqEditor(text, layout, renderNode), top: new TopFields(text, doc, 'annotations') };
  return new SidecarModel({ file, text, diagnostics, entries, top, editor });
}

/** The text of a sidecar with no annotations yet for the document next to `sidecarPath`. */
export function newSidecarText(sidecarPath: string, documentHash?: string): string {
  const document = documentNameForSidecar(sidecarPath);
  if (document === undefined) throw new Error(`'${sidecarPath}' is not a sidecar name (<document>.annotations.yaml)`);
  if (documentHash !== undefined && !DOCUMENT_HASH_PATTERN.test(documentHash))
    throw new TypeError(`'${documentHash}' is not sha256:<64 hex digits>`);
  const hash = documentHash === undefined ? '' : `documentHash: ${documentHash}\n`;
  return `version: ${SIDECAR_VERSION}\ndocument: ${renderScalar(document)}\n${hash}annotations: []\n`;
}

/** A model for a sidecar that does not exist yet (it is written on the first save). */
export function newSidecar(sidecarPath: string, documentHash?: string): SidecarModel {
  return loadSidecar(newSidecarText(sidecarPath, documentHash), sidecarPath);
}

function readOnly(file: string, text: string, diagnostics: Diagnostic[], checked: CheckedSidecar): SidecarModel {
  const entries = checked.annotations.map(({ location: _location, ...a }) => ({ id: a.id, value: dropUndefined(a) }));
  return new SidecarModel({ file, text, diagnostics, entries, top: { document: checked.document, documentHash: checked.documentHash } });
}

function dropUndefined(value: object): PlainMap {
  return JSON.parse(JSON.stringify(value)) as PlainMap;
}
