/**
 * Annotations as the sidecar editor hands them out and takes them in, and the conversions from
 * and to the plain data of a YAML item (which also carries keys this version does not know).
 */
import { ANNOTATION_KEYS, TIMESTAMP_PATTERN, type SidecarAnnotation } from './sidecarTypes';
import { ANNOTATION_STATUSES, type AnnotationStatus, type TextTarget } from '../anchoring/anchorTypes';
import type { PlainMap } from '../yaml/itemDocument';

/** An annotation without its source location (what the editor's operations work with). */
export type Annotation = Omit<SidecarAnnotation, 'location'>;

/** What `add` takes: `codes` and `entities` may be left out. */
export type NewAnnotation = Omit<Annotation, 'codes' | 'entities'> & { codes?: string[]; entities?: string[] };

/** What `update` changes. A field left out (or undefined) stays as it is; `note: null` removes the note;
 * an empty `entities` list removes the key. */
export interface AnnotationPatch {
  codes?: string[];
  note?: string | null;
  entities?: string[];
  status?: AnnotationStatus;
  target?: TextTarget;
  modified?: string;
}

/** Control characters and line breaks: not allowed in code and entity ids. */
const ID_BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;

const TARGET_ORDER = ['exact', 'prefix', 'suffix', 'start', 'end'] as const;

export function annotationFromPlain(value: PlainMap): Annotation {
  const str = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s): s is string => s !== undefined && s !== '') : []);
  const t = (value.target ?? {}) as PlainMap;
  const target: TextTarget = { exact: str(t.exact) ?? '' };
  if (typeof t.prefix === 'string') target.prefix = t.prefix;
  if (typeof t.suffix === 'string') target.suffix = t.suffix;
  if (typeof t.start === 'number') target.start = t.start;
  if (typeof t.end === 'number') target.end = t.end;
  const status = ANNOTATION_STATUSES.find((s) => s === value.status);
  return {
    id: str(value.id) ?? '',
    codes: list(value.codes),
    note: str(value.note),
    entities: list(value.entities),
    target,
    status,
    author: str(value.author),
    created: str(value.created),
    modified: str(value.modified),
  };
}

/** Plain data of a new annotation, known keys in the sidecar's order; empty lists of entities left out. */
export function plainFromAnnotation(a: NewAnnotation): PlainMap {
  checkAnnotation(a);
  const out: PlainMap = {};
  for (const key of ANNOTATION_KEYS) {
    const v = key === 'target' ? plainTarget(a.target) : key === 'codes' ? (a.codes ?? []) : a[key];
    if (v === undefined || (key === 'entities' && (v as string[]).length === 0)) continue;
    out[key] = v;
  }
  return out;
}

/** The field changes of a patch: `undefined` values mean "remove the key". */
export function changesFromPatch(patch: AnnotationPatch): PlainMap {
  checkPatch(patch);
  const out: PlainMap = {};
  if (patch.codes !== undefined) out.codes = [...patch.codes];
  if (patch.note !== undefined) out.note = patch.note === null ? undefined : patch.note;
  if (patch.entities !== undefined) out.entities = patch.entities.length === 0 ? undefined : [...patch.entities];
  if (patch.status !== undefined) out.status = patch.status;
  if (patch.target !== undefined) out.target = plainTarget(patch.target);
  if (patch.modified !== undefined) out.modified = patch.modified;
  return out;
}

function plainTarget(target: TextTarget): PlainMap {
  const out: PlainMap = {};
  for (const key of TARGET_ORDER) if (target[key] !== undefined) out[key] = target[key];
  return out;
}

/** Throws a TypeError for values a sidecar could not hold (so a write never makes a file unreadable). */
function checkAnnotation(a: NewAnnotation): void {
  if (typeof a.id !== 'string' || a.id.trim() === '') throw new TypeError('an annotation needs a non-empty string id');
  checkPatch(a);
  for (const key of ['author', 'created'] as const) {
    if (a[key] !== undefined && typeof a[key] !== 'string') throw new TypeError(`\`${key}\` must be a string`);
  }
  if (a.created !== undefined && !TIMESTAMP_PATTERN.test(a.created))
    throw new TypeError(`created '${a.created}' is not an ISO 8601 timestamp`);
}

function checkPatch(p: AnnotationPatch): void {
  for (const key of ['codes', 'entities'] as const) {
    const list = p[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((c) => typeof c === 'string' && c !== '' && !ID_BREAKS.test(c)))) {
      throw new TypeError(`\`${key}\` must be a list of non-empty ids on one line (no control characters)`);
    }
  }
  if (p.note !== undefined && p.note !== null && typeof p.note !== 'string') throw new TypeError('`note` must be a string');
  if (p.status !== undefined && !ANNOTATION_STATUSES.includes(p.status)) throw new TypeError(`unknown status '${String(p.status)}'`);
  if (p.modified !== undefined && !TIMESTAMP_PATTERN.test(p.modified))
    throw new TypeError(`modified '${p.modified}' is not an ISO 8601 timestamp`);
  if (p.target !== undefined) checkTarget(p.target);
}

function checkTarget(t: TextTarget): void {
  if (typeof t.exact !== 'string' || t.exact === '') throw new TypeError('`target.exact` must be a non-empty string');
  for (const key of ['prefix', 'suffix'] as const) {
    if (t[key] !== undefined && typeof t[key] !== 'string') throw new TypeError(`\`target.${key}\` must be a string`);
  }
  for (const key of ['start', 'end'] as const) {
    const v = t[key];
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0)) throw new TypeError(`\`target.${key}\` must be a non-negative integer`);
  }
  if (t.start !== undefined && t.end !== undefined && t.start > t.end) throw new TypeError('`target.start` is after `target.end`');
}

/** Structural equality of plain YAML data (key order of mappings does not matter). */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => samePlain(v, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && samePlain((a as PlainMap)[k], (b as PlainMap)[k]))
  );
}

/** A fresh annotation id (a random UUID). */
export function newAnnotationId(): string {
  return globalThis.crypto.randomUUID();
}
