/**
 * Which documents an analysis covers: a filter on document attributes (the fields of
 * `documents.yaml` and of front matter, and `path`, `date` and `year`).
 *
 *   country=RUS                     equal (text compares without regard to case)
 *   author="Lavrov, Sergey"         a value with spaces or commas, in double quotes
 *   genre!=speech                   not equal (true for a document without the attribute)
 *   genre in [speech, statement]    any of a list
 *   year=1990..1999  date=..2001-06 a range, both ends included, either end may be left open
 *   year>=2000  date<2001-07        order: numbers as numbers, dates as dates, text as text
 *   title=*Russia*                  wildcards in a value: * any run of characters, ? one
 *   country=RUS and year>=2000      every clause must hold (clauses may also be given apart)
 *
 * A date given as a year or a month stands for all its days: `date>=2001` holds from 2001-01-01,
 * `date<=2001` until 2001-12-31, `date=2001` in 2001. An attribute holding a list holds a clause
 * when one of its items does. A filter that does not parse is an error naming the place.
 */

export type AttributeValue = string | number | boolean | readonly (string | number | boolean)[];
export type Attributes = ReadonlyMap<string, AttributeValue>;

type Op = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in';
interface Clause {
  field: string;
  op: Op;
  /** One value, or the list of `in`, or the two ends of a range (undefined: open). */
  values: string[];
  range?: [string | undefined, string | undefined];
}

export class FilterError extends Error {}

export interface DocumentFilter {
  readonly text: string;
  matches(attributes: Attributes): boolean;
}

/** Parses one or more filter texts (all must hold). An empty list matches every document. */
export function parseFilter(texts: readonly string[]): DocumentFilter {
  const clauses = texts.flatMap((t) => parseClauses(t));
  return { text: texts.join(' and '), matches: (attributes) => clauses.every((c) => holds(c, attributes)) };
}

const FIELD = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const OP = /\s*(!=|<=|>=|=|<|>|\s+in\s+)\s*/iy;
const AND = /\s+and\s+/iy;

function parseClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let at = skipSpace(text, 0);
  if (at >= text.length) throw new FilterError(`an empty filter: give a clause such as year=1990..1999`);
  for (;;) {
    const [clause, next] = parseClause(text, at);
    clauses.push(clause);
    at = skipSpace(text, next);
    if (at >= text.length) return clauses;
    AND.lastIndex = next;
    if (!AND.test(text)) throw fail(text, at, 'expected `and` between clauses');
    at = AND.lastIndex;
  }
}

function parseClause(text: string, at: number): [Clause, number] {
  FIELD.lastIndex = at;
  const field = FIELD.exec(text)?.[0];
  if (!field) throw fail(text, at, 'expected an attribute name');
  OP.lastIndex = at + field.length;
  const op = OP.exec(text);
  if (!op) throw fail(text, at + field.length, 'expected =, !=, <, <=, >, >= or in');
  const opText = op[1].trim().toLowerCase() as Op;
  let pos = OP.lastIndex;
  if (opText === 'in') {
    if (text[pos] !== '[') throw fail(text, pos, 'expected a list: in [a, b]');
    const values: string[] = [];
    pos++;
    for (;;) {
      pos = skipSpace(text, pos);
      const [value, next] = readValue(text, pos, ',]');
      values.push(value);
      pos = skipSpace(text, next);
      if (text[pos] === ']') return [{ field, op: 'in', values }, pos + 1];
      if (text[pos] !== ',') throw fail(text, pos, 'expected , or ] in the list');
      pos++;
    }
  }
  const [value, next] = readValue(text, pos, ' ', true);
  const dots = opText === '=' ? value.indexOf('..') : -1;
  if (dots >= 0 && !value.startsWith('"')) {
    const lo = value.slice(0, dots) || undefined;
    const hi = value.slice(dots + 2) || undefined;
    if (lo === undefined && hi === undefined) throw fail(text, pos, 'a range needs at least one end: 1990..1999, ..1999 or 1990..');
    return [{ field, op: '=', values: [], range: [lo, hi] }, next];
  }
  return [{ field, op: opText, values: [unquote(value)] }, next];
}

/** A bare word up to a stop character or a space, or a double-quoted text (`""` is a quote). */
function readValue(text: string, at: number, stops: string, keepQuotes = false): [string, number] {
  if (text[at] === '"') {
    let out = '';
    for (let i = at + 1; i < text.length; i++) {
      if (text[i] !== '"') {
        out += text[i];
        continue;
      }
      if (text[i + 1] === '"') {
        out += '"';
        i++;
        continue;
      }
      return [keepQuotes ? `"${out}"` : out, i + 1];
    }
    throw fail(text, at, 'a quoted value is not closed');
  }
  if (at < text.length && '<>=!'.includes(text[at]))
    throw fail(text, at, 'expected a value, not another operator (quote a value that starts with one)');
  let end = at;
  while (end < text.length && !stops.includes(text[end]) && !/\s/.test(text[end])) end++;
  if (end === at) throw fail(text, at, 'expected a value');
  return [text.slice(at, end), end];
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

function fail(text: string, at: number, what: string): FilterError {
  return new FilterError(`filter "${text}", column ${at + 1}: ${what}`);
}

function holds(clause: Clause, attributes: Attributes): boolean {
  const value = attributes.get(clause.field);
  if (value === undefined) return clause.op === '!=';
  const items = Array.isArray(value) ? (value as readonly (string | number | boolean)[]) : [value as string | number | boolean];
  if (clause.op === '!=') return items.every((x) => !equal(x, clause.values[0]));
  return items.some((x) => itemHolds(clause, x));
}

function itemHolds(clause: Clause, x: string | number | boolean): boolean {
  if (clause.range) {
    const [lo, hi] = clause.range;
    return (lo === undefined || compare(x, lo, '>=')) && (hi === undefined || compare(x, hi, '<='));
  }
  switch (clause.op) {
    case '=':
      return equal(x, clause.values[0]);
    case '!=':
      return !equal(x, clause.values[0]);
    case 'in':
      return clause.values.some((v) => equal(x, v));
    default:
      return compare(x, clause.values[0], clause.op);
  }
}

function equal(x: string | number | boolean, v: string): boolean {
  const dates = dateSpans(x, v);
  if (dates) return dates[0][0] >= dates[1][0] && dates[0][1] <= dates[1][1];
  const numbers = numbersOf(x, v);
  if (numbers) return numbers[0] === numbers[1];
  if (/[*?]/.test(v)) return wildcard(v).test(String(x));
  return String(x).toLocaleLowerCase() === v.toLocaleLowerCase();
}

function compare(x: string | number | boolean, v: string, op: '<' | '<=' | '>' | '>='): boolean {
  const dates = dateSpans(x, v);
  if (dates) {
    const [[a1, a2], [v1, v2]] = dates;
    switch (op) {
      case '<':
        return a2 < v1;
      case '<=':
        return a2 <= v2;
      case '>':
        return a1 > v2;
      case '>=':
        return a1 >= v1;
    }
  }
  const numbers = numbersOf(x, v);
  const [a, b] = numbers ?? [String(x).toLocaleLowerCase(), v.toLocaleLowerCase()];
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function numbersOf(x: string | number | boolean, v: string): [number, number] | undefined {
  if (!NUMBER.test(v.trim())) return undefined;
  if (typeof x === 'number') return [x, Number(v)];
  return typeof x === 'string' && NUMBER.test(x.trim()) ? [Number(x), Number(v)] : undefined;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** First and last day (YYYYMMDD) of a date written as a year, a month or a day. */
export function dateSpan(text: string): [number, number] | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return [year * 10000 + 101, year * 10000 + 1231];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[3] === undefined) return [year * 10000 + month * 100 + 1, year * 10000 + month * 100 + last];
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  const d = year * 10000 + month * 100 + day;
  return [d, d];
}

/** Dates on both sides, when at least one of them is more than a bare year (a year alone is a number). */
function dateSpans(x: string | number | boolean, v: string): [[number, number], [number, number]] | undefined {
  if (typeof x !== 'string' && typeof x !== 'number') return undefined;
  const xs = String(x);
  if (/^\d{4}$/.test(xs) && /^\d{4}$/.test(v.trim())) return undefined;
  const a = dateSpan(xs);
  const b = dateSpan(v);
  return a && b ? [a, b] : undefined;
}

function wildcard(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'iu');
}
