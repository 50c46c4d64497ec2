/**
 * The W3C export document: one AnnotationCollection (JSON-LD, the Web Annotation context) whose
 * first and only AnnotationPage embeds every annotation. Its id is a fragment of the folder's IRI.
 */
import type { ExportRecord } from './exportTypes';
import { w3cAnnotation, type W3cOptions } from './w3cAnnotation';
import { ANNO_CONTEXT } from './w3cIris';

export interface W3cCollectionOptions extends W3cOptions {
  /** A human-readable label, such as the folder's name. */
  label: string;
}

export function w3cCollection(records: readonly ExportRecord[], options: W3cCollectionOptions): Record<string, unknown> {
  const id = `${options.base ?? ''}#annotations`;
  const items = records.map((r) => w3cAnnotation(r, options));
  const collection: Record<string, unknown> = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
  };
  if (items.length > 0) collection.first = { id: `${id}-page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items };
  return collection;
}

export function w3cExport(records: readonly ExportRecord[], options: W3cCollectionOptions): string {
  return `${JSON.stringify(w3cCollection(records, options), null, 2)}\n`;
}
