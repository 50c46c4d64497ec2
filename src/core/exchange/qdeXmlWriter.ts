/**
 * Writes a `QdeProject` as the text of `project.qde` (REFI-QDA Project schema,
 * schemas/refi-qda/Project-mrt2019.xsd): the Project's children in the schema's order (Users,
 * CodeBook, Variables, Sources, Notes, Description), each element's children in its type's order,
 * attributes in a fixed order, so the same project always gives the same bytes. Text is escaped
 * here; it must already hold only characters XML 1.0 can carry (`xmlChars`, done by the builder).
 * `otherSources` (PDF, pictures…) are what an import found, never written.
 */
import {
  QDE_NAMESPACE,
  type QdeCode,
  type QdeCoding,
  type QdeNote,
  type QdePlainTextSelection,
  type QdeProject,
  type QdeStamp,
  type QdeTextSource,
  type QdeVariable,
  type QdeVariableValue,
  type QdeVariableType,
} from './qdeModel';
import { escapeXmlAttribute, escapeXmlText } from './qdeXmlText';

type Attributes = readonly (readonly [string, string | number | boolean | undefined])[];

class XmlOut {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];

  open(depth: number, name: string, attributes: Attributes, empty = false): void {
    this.parts.push(`${'  '.repeat(depth)}<${name}${attributeText(attributes)}${empty ? '/>' : '>'}\n`);
  }

  close(depth: number, name: string): void {
    this.parts.push(`${'  '.repeat(depth)}</${name}>\n`);
  }

  /** An element holding text only (written on one line: its whitespace is its content). */
  text(depth: number, name: string, text: string | undefined): void {
    if (text === undefined) return;
    this.parts.push(`${'  '.repeat(depth)}<${name}>${escapeXmlText(text)}</${name}>\n`);
  }

  toString(): string {
    return this.parts.join('');
  }
}

function attributeText(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of attributes) if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  return out;
}

export function writeQdeXml(project: QdeProject): string {
  const x = new XmlOut();
  x.open(0, 'Project', [
    ['xmlns', QDE_NAMESPACE],
    ['name', project.name],
    ['origin', project.origin],
    ...stamp(project, 'creatingUserGUID', 'modifyingUserGUID'),
  ]);
  if (project.users.length > 0) {
    x.open(1, 'Users', []);
    for (const u of project.users)
      x.open(
        2,
        'User',
        [
          ['guid', u.guid],
          ['name', u.name],
          ['id', u.id],
        ],
        true,
      );
    x.close(1, 'Users');
  }
  if (project.codes.length > 0) {
    x.open(1, 'CodeBook', []);
    x.open(2, 'Codes', []);
    for (const c of project.codes) writeCode(x, 3, c);
    x.close(2, 'Codes');
    x.close(1, 'CodeBook');
  }
  if (project.variables.length > 0) {
    x.open(1, 'Variables', []);
    for (const v of project.variables) writeVariable(x, 2, v);
    x.close(1, 'Variables');
  }
  const types = new Map(project.variables.map((v) => [v.guid, v.type]));
  if (project.sources.length > 0) {
    x.open(1, 'Sources', []);
    for (const s of project.sources) writeSource(x, 2, 'TextSource', s, types);
    x.close(1, 'Sources');
  }
  if (project.notes.length > 0) {
    x.open(1, 'Notes', []);
    for (const n of project.notes) writeNote(x, 2, n);
    x.close(1, 'Notes');
  }
  x.text(1, 'Description', project.description);
  x.close(0, 'Project');
  return x.toString();
}

function stamp(s: QdeStamp, creating = 'creatingUser', modifying = 'modifyingUser'): Attributes {
  return [
    [creating, s.creatingUser],
    ['creationDateTime', s.creationDateTime],
    [modifying, s.modifyingUser],
    ['modifiedDateTime', s.modifiedDateTime],
  ];
}

function writeCode(x: XmlOut, depth: number, c: QdeCode): void {
  const attributes: Attributes = [
    ['guid', c.guid],
    ['name', c.name],
    ['isCodable', c.isCodable],
    ['color', c.color],
  ];
  const empty = c.description === undefined && c.noteRefs.length === 0 && c.children.length === 0;
  x.open(depth, 'Code', attributes, empty);
  if (empty) return;
  x.text(depth + 1, 'Description', c.description);
  writeNoteRefs(x, depth + 1, c.noteRefs);
  for (const child of c.children) writeCode(x, depth + 1, child);
  x.close(depth, 'Code');
}

function writeVariable(x: XmlOut, depth: number, v: QdeVariable): void {
  const attributes: Attributes = [
    ['guid', v.guid],
    ['name', v.name],
    ['typeOfVariable', v.type],
  ];
  if (v.description === undefined) return x.open(depth, 'Variable', attributes, true);
  x.open(depth, 'Variable', attributes);
  x.text(depth + 1, 'Description', v.description);
  x.close(depth, 'Variable');
}

function writeSource(x: XmlOut, depth: number, element: string, s: QdeTextSource, types: ReadonlyMap<string, QdeVariableType>): void {
  x.open(depth, element, [['guid', s.guid], ['name', s.name], ['plainTextPath', s.plainTextPath], ...stamp(s)]);
  x.text(depth + 1, 'Description', s.description);
  x.text(depth + 1, 'PlainTextContent', s.plainTextContent);
  for (const sel of s.selections) writeSelection(x, depth + 1, sel);
  writeNoteRefs(x, depth + 1, s.noteRefs);
  for (const value of s.variableValues) writeVariableValue(x, depth + 1, value, types.get(value.variableGuid) ?? 'Text');
  x.close(depth, element);
}

function writeSelection(x: XmlOut, depth: number, sel: QdePlainTextSelection): void {
  x.open(depth, 'PlainTextSelection', [
    ['guid', sel.guid],
    ['name', sel.name],
    ['startPosition', sel.start],
    ['endPosition', sel.end],
    ...stamp(sel),
  ]);
  x.text(depth + 1, 'Description', sel.description);
  for (const coding of sel.codings) writeCoding(x, depth + 1, coding);
  writeNoteRefs(x, depth + 1, sel.noteRefs);
  x.close(depth, 'PlainTextSelection');
}

function writeCoding(x: XmlOut, depth: number, c: QdeCoding): void {
  x.open(depth, 'Coding', [
    ['guid', c.guid],
    ['creatingUser', c.creatingUser],
    ['creationDateTime', c.creationDateTime],
  ]);
  x.open(depth + 1, 'CodeRef', [['targetGUID', c.codeGuid]], true);
  x.close(depth, 'Coding');
}

function writeNoteRefs(x: XmlOut, depth: number, refs: readonly string[]): void {
  for (const ref of refs) x.open(depth, 'NoteRef', [['targetGUID', ref]], true);
}

const VALUE_ELEMENTS: Record<QdeVariableType, string> = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
  DateTime: 'DateTimeValue',
};

function writeVariableValue(x: XmlOut, depth: number, v: QdeVariableValue, type: QdeVariableType): void {
  x.open(depth, 'VariableValue', []);
  x.open(depth + 1, 'VariableRef', [['targetGUID', v.variableGuid]], true);
  x.text(depth + 1, VALUE_ELEMENTS[type], v.value);
  x.close(depth, 'VariableValue');
}

function writeNote(x: XmlOut, depth: number, n: QdeNote): void {
  x.open(depth, 'Note', [['guid', n.guid], ['name', n.name], ...stamp(n)]);
  x.text(depth + 1, 'PlainTextContent', n.text);
  x.close(depth, 'Note');
}
