/**
 * Structural check of one annotation sidecar (ARCHITECTURE.md, Files the analyst owns): shape and types, with every problem
 * located by line and column. Guarded by `parseYaml` (size, depth, conflict markers), read-only.
 * Anchoring the annotations to the document text is a separate step (ARCHITECTURE.md, Anchoring).
 */
import { isScalar, type Node, type YAMLMap } from 'yaml';
import { parseYaml, type ParsedYaml } from '../yaml/yamlFile';
import { YamlReader } from '../yaml/yamlReader';
import {
  ANNOTATION_KEYS,
  DOCUMENT_HASH_PATTERN,
  SIDECAR_KEYS,
  SIDECAR_VERSION,
  TARGET_KEYS,
  TIMESTAMP_PATTERN,
  documentNameForSidecar,
  type CheckedSidecar,
  type SidecarAnnotation,
  type SidecarContext,
} from './sidecarTypes';
import { ANNOTATION_STATUSES, type AnnotationStatus, type TextTarget } from '../anchoring/anchorTypes';

type Fields = Map<string, { key: Node; value: Node | undefined }>;

export function checkSidecar(text: string, file: string, context: SidecarContext = {}): CheckedSidecar {
  return checkParsedSidecar(parseYaml(text, file), file, context);
}

/** The same check over text already parsed by `parseYaml` (the sidecar editor parses it once). */
export function checkParsedSidecar(parsed: ParsedYaml, file: string, context: SidecarContext = {}): CheckedSidecar {
  const result: CheckedSidecar = { file, annotations: [], diagnostics: parsed.diagnostics };
  if (!parsed.doc) return result;
  const r = new YamlReader(file, parsed.doc, parsed.lines);
  const top = r.asMap(parsed.doc.contents, 'the sidecar (a mapping with `version`, `document` and `annotations`)');
  if (top) {
    const f = r.fields(top, SIDECAR_KEYS, 'the sidecar');
    checkVersion(r, f, top);
    result.document = checkDocument(r, f, top, context);
    result.documentHash = checkHash(r, f.get('documentHash')?.value);
    if (!f.has('annotations')) r.report(top, 'missing-field', '`annotations` is required (an empty list is fine)');
    const seen = new Map<string, SidecarAnnotation>();
    for (const item of r.asSeq(f.get('annotations')?.value, '`annotations`')) {
      const annotation = readAnnotation(r, item, context);
      if (!annotation) continue;
      const first = seen.get(annotation.id);
      if (first) {
        r.report(
          item,
          'duplicate-id',
          `duplicate annotation id '${annotation.id}' (first at line ${first.location.line}); this one is ignored`,
        );
        continue;
      }
      seen.set(annotation.id, annotation);
      result.annotations.push(annotation);
    }
  }
  result.diagnostics.push(...r.diagnostics);
  return result;
}

function checkVersion(r: YamlReader, f: Fields, top: Node): void {
  const node = f.get('version')?.value;
  if (node === undefined) r.report(top, 'missing-field', `\`version\` is required (version: ${SIDECAR_VERSION})`);
  else if (!isScalar(node) || node.value !== SIDECAR_VERSION) {
    r.report(
      node,
      'bad-version',
      `unsupported sidecar version '${isScalar(node) ? String(node.value) : '?'}'; this version of Policy Annotator reads version ${SIDECAR_VERSION}`,
    );
  }
}

/** The `document` field must name the sibling document: a file name, never a path. */
function checkDocument(r: YamlReader, f: Fields, top: Node, context: SidecarContext): string | undefined {
  const node = f.get('document')?.value;
  const document = r.string(node, '`document`', top, true);
  const expected = documentNameForSidecar(r.file);
  if (document !== undefined) {
    if (/[/\\]/.test(document) || document === '.' || document === '..' || /^[A-Za-z]:/.test(document)) {
      r.report(
        node,
        'document-path',
        `document must be the file name of the document next to the sidecar${expected ? ` ('${expected}')` : ''}, not a path: '${document}'`,
      );
    } else if (expected !== undefined && document !== expected) {
      r.report(node, 'document-mismatch', `document '${document}' does not match the sidecar's file name; expected '${expected}'`);
    }
  }
  if (context.documentExists === false) {
    r.report(
      node ?? top,
      'missing-document',
      `the document '${expected ?? document ?? '?'}' next to this sidecar does not exist; its annotations cannot be shown`,
    );
  }
  return document;
}

function checkHash(r: YamlReader, node: Node | undefined): string | undefined {
  const hash = optionalString(r, node, '`documentHash`');
  if (hash === undefined) return undefined;
  if (DOCUMENT_HASH_PATTERN.test(hash)) return hash;
  r.report(node, 'bad-hash', `documentHash must be 'sha256:' and 64 lowercase hex digits, not '${hash}'`);
  return undefined;
}

function readAnnotation(r: YamlReader, node: Node, context: SidecarContext): SidecarAnnotation | undefined {
  const map = r.asMap(node, 'an annotation');
  if (!map) return undefined;
  const f = r.fields(map, ANNOTATION_KEYS, 'an annotation');
  const id = r.string(f.get('id')?.value, 'annotation `id`', map, true);
  const label = id === undefined ? 'an annotation' : `annotation '${id}'`;
  const target = readTarget(r, f.get('target')?.value, map, label);
  const codes = readIds(r, f.get('codes')?.value, `\`codes\` of ${label}`, context.codes, 'unknown-code', 'the codebook');
  const entities = readIds(r, f.get('entities')?.value, `\`entities\` of ${label}`, context.entities, 'unknown-entity', 'the catalog');
  const status = readStatus(r, f.get('status')?.value, label);
  const note = optionalString(r, f.get('note')?.value, `\`note\` of ${label}`);
  const author = optionalString(r, f.get('author')?.value, `\`author\` of ${label}`);
  const created = readTimestamp(r, f.get('created')?.value, `\`created\` of ${label}`);
  const modified = readTimestamp(r, f.get('modified')?.value, `\`modified\` of ${label}`);
  if (id === undefined || target === undefined) return undefined;
  return { id, codes, note, entities, target, status, author, created, modified, location: { file: r.file, ...r.position(map) } };
}

function readTarget(r: YamlReader, node: Node | undefined, at: YAMLMap<unknown, unknown>, label: string): TextTarget | undefined {
  if (node === undefined) {
    r.report(at, 'missing-field', `\`target\` of ${label} is required`);
    return undefined;
  }
  const map = r.asMap(node, `\`target\` of ${label}`);
  if (!map) return undefined;
  const f = r.fields(map, TARGET_KEYS, `the target of ${label}`);
  const exact = r.string(f.get('exact')?.value, `\`target.exact\` of ${label}`, map, true);
  const prefix = optionalString(r, f.get('prefix')?.value, `\`target.prefix\` of ${label}`);
  const suffix = optionalString(r, f.get('suffix')?.value, `\`target.suffix\` of ${label}`);
  const start = readOffset(r, f.get('start')?.value, `\`target.start\` of ${label}`);
  const end = readOffset(r, f.get('end')?.value, `\`target.end\` of ${label}`);
  if (start !== undefined && end !== undefined && start > end) {
    r.report(f.get('start')?.value, 'bad-range', `target of ${label} starts after it ends (start ${start} > end ${end})`);
  }
  return exact === undefined ? undefined : { exact, prefix, suffix, start, end };
}

/** A non-negative integer (a code point offset), or undefined with a diagnostic. */
function readOffset(r: YamlReader, node: Node | undefined, what: string): number | undefined {
  if (node === undefined) return undefined;
  if (isScalar(node) && typeof node.value === 'number' && Number.isSafeInteger(node.value) && node.value >= 0) return node.value;
  r.report(node, 'bad-offset', `${what} must be a non-negative integer (code points from the start of the text)`);
  return undefined;
}

function readIds(
  r: YamlReader,
  node: Node | undefined,
  what: string,
  known: SidecarContext['codes'],
  code: string,
  where: string,
): string[] {
  const ids: string[] = [];
  for (const item of r.asSeq(node, what)) {
    const id = r.string(item, `an item of ${what}`, item, true);
    if (id === undefined) continue;
    if (known && !known.has(id)) r.report(item, code, `'${id}' in ${what} is not in ${where}`, 'warning');
    ids.push(id);
  }
  return ids;
}

function readStatus(r: YamlReader, node: Node | undefined, label: string): AnnotationStatus | undefined {
  const text = optionalString(r, node, `\`status\` of ${label}`);
  if (text === undefined) return undefined;
  const status = ANNOTATION_STATUSES.find((s) => s === text);
  if (!status) r.report(node, 'bad-status', `status of ${label} must be one of ${ANNOTATION_STATUSES.join(', ')}; not '${text}'`);
  return status;
}

function readTimestamp(r: YamlReader, node: Node | undefined, what: string): string | undefined {
  const text = optionalString(r, node, what);
  if (text !== undefined && !TIMESTAMP_PATTERN.test(text)) {
    r.report(node, 'bad-timestamp', `${what} should be an ISO 8601 date-time such as 2025-03-01T14:05:00Z, not '${text}'`, 'warning');
  }
  return text;
}

/** A string when the field is present and non-empty; a wrong type is reported. */
function optionalString(r: YamlReader, node: Node | undefined, what: string): string | undefined {
  return node === undefined ? undefined : r.string(node, what, node, false);
}
