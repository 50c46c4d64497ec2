/**
 * IRIs and dates for the W3C Web Annotation export. Document paths become IRI references (each
 * segment percent-encoded), resolved against a base IRI (the folder's `file:` URL, or the one the
 * analyst gives) when there is one. Annotation ids that are UUIDs become `urn:uuid:` IRIs; other
 * ids become a fragment of their sidecar's IRI, so every id stays unique and resolvable.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A base IRI for exported paths: absolute, with no query or fragment, ending with '/' (added when
 * missing, so `https://example.org/corpus` names the folder). Throws a message a user can act on.
 */
export function folderBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`'${base}' is not an absolute IRI (such as https://example.org/corpus/ or file:///data/corpus/)`);
  }
  if (url.search !== '' || url.hash !== '') throw new Error(`'${base}' has a query or fragment; give the folder's IRI only`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** IRI (or, without a base, relative IRI reference) of a '/'-separated path of the folder. */
export function pathIri(path: string, base: string | undefined): string {
  const relative = path.split('/').map(encodeURIComponent).join('/');
  return base === undefined ? relative : new URL(relative, base).href;
}

export function annotationIri(id: string, sidecar: string, base: string | undefined): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${pathIri(sidecar, base)}#${encodeURIComponent(id)}`;
}

/**
 * The xsd:dateTime form of a sidecar timestamp (`created` and `modified` are typed so in the
 * Web Annotation context): seconds added when missing, the zone written `+hh:mm`. A date without
 * a time is no dateTime: undefined (the CSV and JSON exports keep it as written).
 */
export function xsdDateTime(timestamp: string | undefined): string | undefined {
  const m = timestamp === undefined ? null : DATE_TIME.exec(timestamp);
  if (!m) return undefined;
  const zone = m[3] === undefined || m[3] === 'Z' ? (m[3] ?? '') : `${m[3].slice(0, 3)}:${m[3].slice(-2)}`;
  return `${m[1]}${m[2] ?? ':00'}${zone}`;
}
