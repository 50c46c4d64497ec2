/**
 * Document attributes as REFI-QDA Variables: one Variable per attribute name (the project's own
 * `path` is left out: it is the source's name), typed from the values every document gives it,
 * the same type for all of them: Boolean when all are true/false, Integer when all are whole
 * numbers, Float when all are numbers, Date when all are calendar dates `YYYY-MM-DD`, else Text
 * (a list's items joined by "; "). Each document's values become VariableValues of its source.
 */
import type { AttributeValue } from '../analysis/documentFilter';
import type { QdeVariable, QdeVariableType, QdeVariableValue } from './qdeModel';
import { qdeGuid } from './qdeGuids';
import type { QdeDocumentInput } from './qdeExportInput';
import type { QdeLossLog } from './qdeLosses';

const LEFT_OUT = new Set(['path']);

export interface QdeVariables {
  variables: QdeVariable[];
  /** The values of one document, in the variables' order. */
  valuesOf(document: QdeDocumentInput): QdeVariableValue[];
}

export function qdeVariables(documents: readonly QdeDocumentInput[], log: QdeLossLog, clean: (text: string) => string): QdeVariables {
  const kinds = new Map<string, Set<QdeVariableType>>();
  const lists = new Set<string>();
  for (const d of documents) {
    for (const [name, value] of d.attributes) {
      if (LEFT_OUT.has(name)) continue;
      if (Array.isArray(value)) lists.add(name);
      const set = kinds.get(name) ?? new Set();
      set.add(valueType(value));
      kinds.set(name, set);
    }
  }
  const named: (readonly [string, QdeVariable])[] = [];
  for (const name of [...kinds.keys()].sort()) {
    const type = commonType(kinds.get(name)!);
    if (lists.has(name)) log.note('list-attribute', name);
    else if (kinds.get(name)!.size > 1 && type === 'Text') log.note('mixed-attribute', name);
    named.push([name, { guid: qdeGuid('variable', name), name: clean(name), type }]);
  }
  return {
    variables: named.map(([, v]) => v),
    valuesOf: (document) => {
      const values: QdeVariableValue[] = [];
      for (const [name, variable] of named) {
        const value = document.attributes.get(name);
        if (value !== undefined) values.push({ variableGuid: variable.guid, value: clean(valueText(value, variable.type)) });
      }
      return values;
    },
  };
}

/** The narrowest type of one value (a list, a non-finite number, text: Text). */
function valueType(value: AttributeValue): QdeVariableType {
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return !Number.isFinite(value) ? 'Text' : Number.isInteger(value) ? 'Integer' : 'Float';
  if (typeof value === 'string' && isCalendarDate(value)) return 'Date';
  return 'Text';
}

/** The type every value fits: whole numbers with fractions are Float; any other mix is Text. */
function commonType(types: ReadonlySet<QdeVariableType>): QdeVariableType {
  if (types.size === 1) return [...types][0];
  if (types.size === 2 && types.has('Integer') && types.has('Float')) return 'Float';
  return 'Text';
}

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The value as its element holds it: xsd:boolean, xsd:integer, xsd:decimal (never 1e21), xsd:date or text. */
function valueText(value: AttributeValue, type: QdeVariableType): string {
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (typeof value === 'number' && (type === 'Float' || type === 'Integer')) return decimalText(value);
  return String(value);
}

/** A finite number in xsd:decimal's form: digits and an optional fraction, no exponent (the
 * shortest digits that give the number back, as `String` chooses them, with the point moved). */
export function decimalText(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = m[2] + (m[3] ?? '');
  const point = m[2].length + Number(m[4]);
  if (point <= 0) return `${m[1]}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${m[1]}${digits}${'0'.repeat(point - digits.length)}`;
  return `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`;
}
