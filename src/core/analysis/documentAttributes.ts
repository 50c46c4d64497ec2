/**
 * A document's attributes, for filters and groups: the fields given for it in `documents.yaml`,
 * then those of its own front matter (which win), and three of the project's own: `path` (relative
 * to the folder), `date` (as written, from the document's date) and `year`. Values that are
 * neither text, numbers, true/false nor lists of those (a nested mapping) are left out.
 */
import type { DocumentDate } from '../catalog/catalogPeriod';
import { isAttributeValue } from '../catalog/documentDates';
import type { AttributeValue } from './documentFilter';

export function documentAttributes(
  path: string,
  date: DocumentDate | undefined,
  listed: Readonly<Record<string, unknown>> | undefined,
  front: Readonly<Record<string, unknown>>,
): Map<string, AttributeValue> {
  const out = new Map<string, AttributeValue>();
  for (const source of [listed ?? {}, front]) {
    for (const [key, value] of Object.entries(source)) {
      const v = attributeValue(value);
      if (v !== undefined) out.set(key, v);
    }
  }
  out.set('path', path);
  if (date) {
    out.set('date', date.text);
    out.set('year', Math.floor(date.day / 10000));
  }
  return out;
}

function attributeValue(value: unknown): AttributeValue | undefined {
  return isAttributeValue(value) ? (value as AttributeValue) : undefined;
}

/** The value of a grouping attribute as text ('' when the document has none; a list's items joined). */
export function groupValue(attributes: ReadonlyMap<string, AttributeValue>, name: string): string {
  const v = attributes.get(name);
  if (v === undefined) return '';
  return Array.isArray(v) ? v.map(String).join(', ') : String(v);
}
