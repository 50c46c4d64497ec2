/**
 * One string written as a YAML scalar for splicing into an analyst's file: plain where YAML reads
 * it back as the same string, double-quoted otherwise. Never folded over lines, whatever its length.
 */
import { parseDocument } from 'yaml';

/** Block context (`key: value`, `- value`) or flow context (inside `[...]` or `{...}`). */
export type ScalarContext = 'block' | 'flow';

// Characters that start an indicator, a quote, an anchor, a tag or a directive when first.
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u;
const FLOW_INDICATORS = /[,[\]{}]/;
// Whitespace at an end, line breaks, control characters, `: ` (a mapping) and ` #` (a comment).
const NEVER_PLAIN = /^\s|\s$|[\n\r\t\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]|:\s|:$|\s#/u;

/** True when `text` can stay plain in the given context and reads back as the same string. */
function canBePlain(text: string, context: ScalarContext): boolean {
  if (text === '' || !PLAIN_START.test(text) || NEVER_PLAIN.test(text)) return false;
  if (context === 'flow' && FLOW_INDICATORS.test(text)) return false;
  return readsBackAs(context === 'flow' ? `[${text}]` : `k: ${text}`, text);
}

function readsBackAs(source: string, text: string): boolean {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) return false;
  const value: unknown = doc.toJS();
  const read = Array.isArray(value) ? (value as unknown[])[0] : (value as { k?: unknown } | null)?.k;
  return read === text && (!Array.isArray(value) || value.length === 1);
}

/** A double-quoted YAML scalar (JSON string syntax, which YAML 1.2 reads the same way). */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` as a YAML scalar: plain when safe, else double-quoted. */
export function yamlScalar(text: string, context: ScalarContext = 'block'): string {
  return canBePlain(text, context) ? text : doubleQuoted(text);
}
