/**
 * One exported record as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): codes as
 * tagging bodies, the note as a commenting body, entities as identifying bodies (a Wikidata IRI
 * when the catalog gives a QID), and a target on the document with a TextQuoteSelector and, when
 * the passage still holds the quote, a TextPositionSelector (code points over the normalised text).
 * Every text is a JSON string value: notes and names stay data, never markup or links.
 */
import type { ExportRecord } from './exportTypes';
import { annotationIri, pathIri, WIKIDATA_ENTITY, xsdDateTime } from './w3cIris';

export interface EntityFacts {
  name: string;
  wikidata?: string;
}

export interface W3cOptions {
  /** Base IRI of the exported folder (see `folderBase`); relative references without one. */
  base?: string;
  /** What the catalog says of an entity id (undefined when the catalog does not hold it). */
  entity?: (id: string) => EntityFacts | undefined;
}

type Json = Record<string, unknown>;

export function w3cAnnotation(r: ExportRecord, options: W3cOptions = {}): Json {
  const body: Json[] = [
    ...r.codes.map((c) => ({ type: 'TextualBody', purpose: 'tagging', value: c.id })),
    ...(r.note === undefined ? [] : [{ type: 'TextualBody', purpose: 'commenting', value: r.note, format: 'text/plain' }]),
    ...r.entities.map((id) => entityBody(id, options.entity?.(id))),
  ];
  const created = xsdDateTime(r.created);
  const modified = xsdDateTime(r.modified);
  return {
    id: annotationIri(r.id, r.sidecar, options.base),
    type: 'Annotation',
    motivation: r.codes.length > 0 ? 'tagging' : r.note !== undefined ? 'commenting' : 'highlighting',
    ...(r.author === undefined ? {} : { creator: { type: 'Person', name: r.author } }),
    ...(created === undefined ? {} : { created }),
    ...(modified === undefined ? {} : { modified }),
    ...(body.length === 0 ? {} : { body }),
    target: { source: pathIri(r.document, options.base), selector: selectors(r) },
  };
}

function entityBody(id: string, facts: EntityFacts | undefined): Json {
  if (facts?.wikidata !== undefined) return { type: 'SpecificResource', purpose: 'identifying', source: WIKIDATA_ENTITY + facts.wikidata };
  return { type: 'TextualBody', purpose: 'identifying', value: facts?.name ?? id, format: 'text/plain' };
}

/** Alternative selectors must select the same text: the position one only when it holds the quote. */
function selectors(r: ExportRecord): Json[] {
  const quote: Json = { type: 'TextQuoteSelector', exact: r.quote };
  if (r.prefix) quote.prefix = r.prefix;
  if (r.suffix) quote.suffix = r.suffix;
  const place = r.anchored;
  if (!place || place.text !== r.quote) return [quote];
  return [quote, { type: 'TextPositionSelector', start: place.start, end: place.end }];
}
