/**
 * A structural check of W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) for
 * the export tests: the terms of the anno.jsonld context, the required fields and their types, and
 * (given the documents' texts) that every TextPositionSelector selects, in code points of the
 * normalised text, exactly the `exact` of its TextQuoteSelector. Returns the problems found.
 */
import { normaliseText } from '../../../src/core/text/textOffsets';
import { codePointSlice } from './exportFixtures';

const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'reviewing',
  'tagging',
]);
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
const XSD_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export class W3cValidator {
  readonly problems: string[] = [];

  /** `texts`: raw document text by target source IRI. */
  constructor(private readonly texts: ReadonlyMap<string, string> = new Map()) {}

  collection(c: unknown): this {
    if (!isObject(c)) return this.fail('the collection is not an object');
    this.expect(c['@context'] === 'http://www.w3.org/ns/anno.jsonld', 'collection @context');
    this.expect(typeof c.id === 'string' && ABSOLUTE_IRI.test(c.id), `collection id ${String(c.id)} is an IRI`);
    this.expect(c.type === 'AnnotationCollection', 'collection type');
    this.expect(c.label === undefined || typeof c.label === 'string', 'collection label');
    this.expect(isCount(c.total), 'collection total');
    if (c.total === 0) return this.expect(c.first === undefined, 'an empty collection has no first page');
    const page = c.first;
    if (!isObject(page)) return this.fail('first is an embedded AnnotationPage');
    this.expect(page.type === 'AnnotationPage' && page.partOf === c.id && page.startIndex === 0, 'page type, partOf and startIndex');
    this.expect(typeof page.id === 'string' && ABSOLUTE_IRI.test(page.id), 'page id is an IRI');
    if (!Array.isArray(page.items)) return this.fail('page items is an array');
    this.expect(page.items.length === c.total, 'total counts the items');
    const ids = new Set<unknown>();
    for (const item of page.items) {
      this.annotation(item);
      this.expect(!ids.has((item as Json).id), `annotation id ${String((item as Json).id)} is unique`);
      ids.add((item as Json).id);
    }
    return this;
  }

  annotation(a: unknown): this {
    if (!isObject(a)) return this.fail('an annotation is not an object');
    const label = `annotation ${String(a.id)}`;
    this.expect(typeof a.id === 'string' && ABSOLUTE_IRI.test(a.id), `${label}: id is an IRI`);
    this.expect(a.type === 'Annotation', `${label}: type`);
    this.expect(typeof a.motivation === 'string' && MOTIVATIONS.has(a.motivation), `${label}: motivation`);
    for (const key of ['created', 'modified'])
      this.expect(
        a[key] === undefined || (typeof a[key] === 'string' && XSD_DATE_TIME.test(a[key])),
        `${label}: ${key} is an xsd:dateTime`,
      );
    if (a.creator !== undefined)
      this.expect(isObject(a.creator) && a.creator.type === 'Person' && typeof a.creator.name === 'string', `${label}: creator`);
    if (a.body !== undefined) {
      this.expect(Array.isArray(a.body) && a.body.length > 0, `${label}: body is a non-empty array`);
      for (const b of Array.isArray(a.body) ? a.body : []) this.body(b, label);
    }
    this.target(a.target, label);
    return this;
  }

  private body(b: unknown, label: string): void {
    if (!isObject(b)) return void this.fail(`${label}: a body is not an object`);
    this.expect(typeof b.purpose === 'string' && MOTIVATIONS.has(b.purpose), `${label}: body purpose ${String(b.purpose)}`);
    if (b.type === 'TextualBody') {
      this.expect(typeof b.value === 'string', `${label}: TextualBody value is a string`);
      this.expect(b.format === undefined || b.format === 'text/plain', `${label}: TextualBody format`);
    } else {
      this.expect(
        b.type === 'SpecificResource' && typeof b.source === 'string' && ABSOLUTE_IRI.test(b.source),
        `${label}: body ${JSON.stringify(b)}`,
      );
    }
  }

  private target(t: unknown, label: string): void {
    if (!isObject(t) || typeof t.source !== 'string' || !ABSOLUTE_IRI.test(t.source))
      return void this.fail(`${label}: target with an IRI source`);
    if (!Array.isArray(t.selector) || t.selector.length === 0) return void this.fail(`${label}: selectors`);
    const quote = t.selector.find((s) => isObject(s) && s.type === 'TextQuoteSelector') as Json | undefined;
    const position = t.selector.find((s) => isObject(s) && s.type === 'TextPositionSelector') as Json | undefined;
    this.expect(t.selector.length === (quote ? 1 : 0) + (position ? 1 : 0), `${label}: only quote and position selectors`);
    if (!quote || typeof quote.exact !== 'string' || quote.exact === '') return void this.fail(`${label}: a TextQuoteSelector with exact`);
    for (const key of ['prefix', 'suffix']) this.expect(quote[key] === undefined || typeof quote[key] === 'string', `${label}: ${key}`);
    if (!position) return;
    if (!isCount(position.start) || !isCount(position.end) || position.start > position.end)
      return void this.fail(`${label}: start and end`);
    const raw = this.texts.get(t.source);
    if (raw === undefined) return void this.fail(`${label}: no text for ${t.source}`);
    this.expect(codePointSlice(normaliseText(raw), position.start, position.end) === quote.exact, `${label}: the position selects exact`);
  }

  private expect(ok: boolean, what: string): this {
    if (!ok) this.problems.push(what);
    return this;
  }

  private fail(what: string): this {
    return this.expect(false, what);
  }
}
