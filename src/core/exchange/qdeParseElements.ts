/**
 * The element handlers of the project.qde reader (qdeParse.ts): one open and one close per
 * element, a stack of the open elements' names, and the model built as they close. Elements the
 * schema places elsewhere than expected are simply not read (the schema check comes first).
 */
import { plural } from '../text/plural';
import { canonicalGuid } from './qdeGuids';
import type { QdeProblem } from './qdeImportReport';
import type {
  QdeCode,
  QdeCoding,
  QdeNote,
  QdeOtherSource,
  QdePlainTextSelection,
  QdeProject,
  QdeTextSource,
  QdeUser,
  QdeVariable,
  QdeVariableType,
} from './qdeModel';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
type Attributes = Record<string, string>;

const OTHER_SOURCES = new Set(['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']);
const NOT_IMPORTED = new Set(['Case', 'Set', 'Link', 'Graph']);
const VALUE_ELEMENTS = new Set(['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue']);

/** The GUID of an attribute in its canonical form, or the text as written when it is none. */
export function guidOf(value: string | undefined): { guid: string; ok: boolean } {
  const guid = value === undefined ? undefined : canonicalGuid(value);
  return guid === undefined ? { guid: (value ?? '').trim().toLowerCase(), ok: false } : { guid, ok: true };
}

export class ElementHandlers {
  readonly lines = new Map<string, number>();
  readonly problems: QdeProblem[] = [];
  sawProject = false;
  private readonly stack: string[] = [];
  private project: Mutable<QdeProject> = { name: '', users: [], codes: [], variables: [], sources: [], otherSources: [], notes: [] };
  private readonly codes: Mutable<QdeCode>[] = [];
  private source: Mutable<QdeTextSource> | undefined;
  private note: (Mutable<QdeNote> & { path?: string }) | undefined;
  private other: Mutable<QdeOtherSource> | undefined;
  private selection: Mutable<QdePlainTextSelection> | undefined;
  private coding: Mutable<QdeCoding> | undefined;
  private variable: Attributes | undefined;
  private buffer: string[] | undefined;
  private valueVariable = '';
  private readonly skipped = new Map<string, { one: string; n: number }>();

  constructor(
    private readonly file: string,
    private readonly line: () => number,
    private readonly readInternal: (path: string) => string | undefined,
  ) {}

  open(name: string, a: Attributes): void {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    if (this.other) {
      if (name.endsWith('Selection')) this.other.selections++;
      return;
    }
    if (name === 'Description' || name === 'PlainTextContent' || VALUE_ELEMENTS.has(name)) this.buffer = [];
    switch (name) {
      case 'Project':
        if (parent === undefined) this.startProject(a);
        return;
      case 'User':
        this.project.users.push(this.stamped<QdeUser>('User', a, { name: a.name, id: a.id }));
        return;
      case 'Code':
        this.codes.push(
          this.stamped('Code', a, {
            name: a.name ?? '',
            isCodable: a.isCodable !== 'false' && a.isCodable !== '0',
            color: a.color,
            noteRefs: [],
            children: [],
          }),
        );
        return;
      case 'Variable':
        this.variable = a;
        return;
      case 'TextSource':
        if (parent === 'Sources')
          this.source = this.stamped('TextSource', a, {
            ...stamp(a),
            name: a.name,
            plainTextPath: a.plainTextPath,
            selections: [],
            variableValues: [],
            noteRefs: [],
          });
        return;
      case 'Note':
        if (parent === 'Notes') this.note = { ...this.stamped('Note', a, { ...stamp(a), name: a.name, text: '' }), path: a.plainTextPath };
        return;
      case 'PlainTextSelection':
        if (this.source && parent === 'TextSource') {
          const start = Number(a.startPosition);
          const end = Number(a.endPosition);
          this.selection = this.stamped('PlainTextSelection', a, { ...stamp(a), name: a.name, start, end, codings: [], noteRefs: [] });
        }
        return;
      case 'Coding':
        if (parent === 'PlainTextSelection' && this.selection)
          this.coding = this.stamped('Coding', a, {
            codeGuid: '',
            creatingUser: userRef(a.creatingUser),
            creationDateTime: a.creationDateTime,
          });
        else if (parent === 'TextSource') this.count('coding of a whole source', 'codings of a whole source');
        return;
      case 'CodeRef':
        if (this.coding) this.coding.codeGuid = this.ref('CodeRef', a.targetGUID);
        return;
      case 'NoteRef':
        this.noteRef(parent, this.ref('NoteRef', a.targetGUID));
        return;
      case 'VariableRef':
        this.valueVariable = this.ref('VariableRef', a.targetGUID);
        return;
      default:
        if (parent === 'Sources' && OTHER_SOURCES.has(name))
          this.other = this.stamped('', a, { name: a.name, kind: name, selections: 0 }, name);
        else if (NOT_IMPORTED.has(name)) this.count(name, `${name}s`);
    }
  }

  close(name: string): void {
    this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    if (this.other) {
      if (OTHER_SOURCES.has(name) && parent === 'Sources') {
        this.project.otherSources.push(this.other);
        this.other = undefined;
      }
      return;
    }
    const text = this.buffer?.join('');
    if (name === 'Description' || name === 'PlainTextContent' || VALUE_ELEMENTS.has(name)) this.buffer = undefined;
    switch (name) {
      case 'Description':
        this.describe(parent, text ?? '');
        return;
      case 'PlainTextContent':
        if (parent === 'TextSource' && this.source) this.source.plainTextContent = text;
        else if (parent === 'Note' && this.note) this.note.text = text ?? '';
        return;
      case 'Code': {
        const code = this.codes.pop();
        if (!code) return;
        const up = this.codes[this.codes.length - 1];
        (up ? up.children : this.project.codes).push(code);
        return;
      }
      case 'Variable':
        if (this.variable) this.project.variables.push(this.variableOf(this.variable));
        this.variable = undefined;
        return;
      case 'TextSource':
        if (parent === 'Sources' && this.source) this.project.sources.push(this.source);
        if (parent === 'Sources') this.source = undefined;
        return;
      case 'Note':
        if (parent === 'Notes' && this.note) this.project.notes.push(this.noteOf(this.note));
        if (parent === 'Notes') this.note = undefined;
        return;
      case 'PlainTextSelection':
        if (this.selection && this.source && parent === 'TextSource') this.source.selections.push(this.selection);
        if (parent === 'TextSource') this.selection = undefined;
        return;
      case 'Coding':
        if (this.coding && this.selection && parent === 'PlainTextSelection') this.selection.codings.push(this.coding);
        this.coding = undefined;
        return;
      default:
        if (VALUE_ELEMENTS.has(name) && this.source && parent === 'VariableValue')
          this.source.variableValues.push({ variableGuid: this.valueVariable, value: text ?? '' });
    }
  }

  text(text: string): void {
    this.buffer?.push(text);
  }

  result(): QdeProject {
    for (const [many, { one, n }] of this.skipped)
      this.problems.push({
        file: this.file,
        severity: 'info',
        message: `${plural(n, one, many)} not imported (Policy Annotator has no place for them)`,
      });
    return this.project;
  }

  private startProject(a: Attributes): void {
    this.sawProject = true;
    this.project = { ...this.project, name: a.name ?? '', origin: a.origin, ...projectStamp(a) };
  }

  /** Records the element's line under its GUID, reports a GUID that is none, and returns the object with its GUID. */
  private stamped<T extends { guid: string }>(element: string, a: Attributes, rest: Omit<Mutable<T>, 'guid'>, kind = element): Mutable<T> {
    const { guid, ok } = guidOf(a.guid);
    if (!ok)
      this.problems.push({
        file: this.file,
        line: this.line(),
        severity: 'error',
        element: kind,
        message: `guid '${a.guid ?? ''}' is not a GUID`,
      });
    if (!this.lines.has(guid)) this.lines.set(guid, this.line());
    return { guid, ...rest } as Mutable<T>;
  }

  private ref(element: string, value: string | undefined): string {
    const { guid, ok } = guidOf(value);
    if (!ok)
      this.problems.push({
        file: this.file,
        line: this.line(),
        severity: 'error',
        element,
        message: `targetGUID '${value ?? ''}' is not a GUID`,
      });
    return guid;
  }

  private noteRef(parent: string | undefined, guid: string): void {
    if (parent === 'PlainTextSelection' || parent === 'Coding') this.selection?.noteRefs.push(guid);
    else if (parent === 'TextSource' && !this.selection) this.source?.noteRefs.push(guid);
    else if (parent === 'Code') this.codes[this.codes.length - 1]?.noteRefs.push(guid);
  }

  private describe(parent: string | undefined, text: string): void {
    if (parent === 'PlainTextSelection' && this.selection) this.selection.description = text;
    else if (parent === 'TextSource' && this.source) this.source.description = text;
    else if (parent === 'Code' && this.codes.length > 0) this.codes[this.codes.length - 1].description = text;
    else if (parent === 'Variable' && this.variable) this.variable.description = text;
    else if (parent === 'Project') this.project.description = text;
  }

  private variableOf(a: Attributes): QdeVariable {
    const type = (a.typeOfVariable ?? 'Text') as QdeVariableType;
    return this.stamped<QdeVariable>('Variable', a, { name: a.name ?? '', type, description: a.description });
  }

  private noteOf(note: Mutable<QdeNote> & { path?: string }): QdeNote {
    const { path, ...rest } = note;
    if (rest.text === '' && path !== undefined) {
      const text = this.readInternal(path);
      if (text !== undefined) rest.text = text;
      else
        this.problems.push({
          file: this.file,
          line: this.lines.get(note.guid),
          severity: 'warning',
          element: `Note {${note.guid}}`,
          message: `its text ${path} is not in the archive`,
        });
    }
    return rest;
  }

  private count(one: string, many: string): void {
    const seen = this.skipped.get(many);
    this.skipped.set(many, { one, n: (seen?.n ?? 0) + 1 });
  }
}

function userRef(value: string | undefined): string | undefined {
  return value === undefined ? undefined : guidOf(value).guid;
}

function stamp(a: Attributes): { creatingUser?: string; creationDateTime?: string; modifyingUser?: string; modifiedDateTime?: string } {
  return {
    creatingUser: userRef(a.creatingUser),
    creationDateTime: a.creationDateTime,
    modifyingUser: userRef(a.modifyingUser),
    modifiedDateTime: a.modifiedDateTime,
  };
}

function projectStamp(a: Attributes): ReturnType<typeof stamp> {
  return stamp({ ...a, creatingUser: a.creatingUserGUID, modifyingUser: a.modifyingUserGUID });
}
