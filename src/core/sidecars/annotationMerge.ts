/**
 * Three-way merge of one annotation's fields (base = as read, ours = this window, theirs = on
 * disk now). A field changed on one side takes that change. A field changed differently on both
 * sides is resolved where a rule can keep both intents, and is a conflict otherwise:
 * - `codes`, `entities`: merged as sets (additions from both sides, removals from both sides);
 * - `modified`: the later time;
 * - `status`: the one that asks for more attention (orphaned > ambiguous > needs-review > anchored);
 * - anything else (`note`, `target`, `author`, unknown keys...): a conflict. The merged annotation
 *   takes theirs, and `oursForConflicts` holds our values so the caller can keep them as a copy.
 */
import type { PlainMap } from '../yaml/itemDocument';
import { samePlain } from './annotationValue';

export interface FieldMerge {
  /** The merged fields; a key set to `undefined` is absent. */
  merged: PlainMap;
  /** Keys changed differently on both sides with no rule to combine them. */
  conflicts: string[];
  /** Our values of the conflicting keys. */
  oursForConflicts: PlainMap;
}

const SET_FIELDS = new Set(['codes', 'entities']);
const ATTENTION = ['anchored', 'needs-review', 'ambiguous', 'orphaned'];

export function mergeFields(base: PlainMap | undefined, ours: PlainMap, theirs: PlainMap): FieldMerge {
  const out: FieldMerge = { merged: {}, conflicts: [], oursForConflicts: {} };
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(ours), ...Object.keys(base ?? {})])];
  for (const key of keys) {
    const b = base?.[key];
    const o = ours[key];
    const t = theirs[key];
    if (samePlain(o, t) || samePlain(b, o)) out.merged[key] = t;
    else if (samePlain(b, t)) out.merged[key] = o;
    else if (SET_FIELDS.has(key) && isList(b) && isList(o) && isList(t)) out.merged[key] = mergeSets(key, b, o, t);
    else if (key === 'modified' && isText(o) && isText(t)) out.merged[key] = o > t ? o : t;
    else if (key === 'status' && ATTENTION.includes(String(o)) && ATTENTION.includes(String(t))) {
      out.merged[key] = ATTENTION.indexOf(String(o)) > ATTENTION.indexOf(String(t)) ? o : t;
    } else {
      out.merged[key] = t;
      out.conflicts.push(key);
      out.oursForConflicts[key] = o;
    }
  }
  return out;
}

function isList(v: unknown): v is unknown[] | undefined {
  return v === undefined || (Array.isArray(v) && v.every((x) => typeof x !== 'object'));
}

function isText(v: unknown): v is string {
  return typeof v === 'string';
}

/** Theirs minus what we removed, plus what we added; in theirs' order, ours' additions after. */
function mergeSets(key: string, base: unknown[] = [], ours: unknown[] = [], theirs: unknown[] = []): unknown[] | undefined {
  const removedByUs = base.filter((x) => !ours.includes(x));
  const addedByUs = ours.filter((x) => !base.includes(x));
  const out = [...new Set([...theirs.filter((x) => !removedByUs.includes(x)), ...addedByUs])];
  return out.length === 0 && key === 'entities' ? undefined : out;
}
