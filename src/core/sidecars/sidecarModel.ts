/**
 * sidecars/: the annotation sidecar: types, structural check, this editable model, loading, the
 * write plan, merge by annotation id, safe paths, renames.
 *
 * An annotation sidecar open for editing (ARCHITECTURE.md, Files the analyst owns and Writing safely). Built by `loadSidecar`. Operations
 * change only the items they touch: `toText()` copies every untouched annotation, comment and
 * unknown key byte for byte, and gives back the text as read when nothing changed. A sidecar that
 * could not be read safely is read-only: every operation and `toText()` throw.
 */
import type { Diagnostic } from '../base/diagnostics';
import { hasErrors } from '../base/diagnostics';
import { checkSidecar } from './sidecarCheck';
import { ANNOTATION_KEYS } from './sidecarTypes';
import {
  annotationFromPlain,
  changesFromPatch,
  plainFromAnnotation,
  samePlain,
  type Annotation,
  type AnnotationPatch,
  type NewAnnotation,
} from './annotationValue';
import { editItemText, parseItem, plainOf, renderNewItem, type PlainMap } from '../yaml/itemDocument';
import type { SeqEditor } from '../yaml/seqEditor';
import type { TopFields } from '../yaml/topFields';
import { applyEdits, keepLineBreaks, reindent, type TextEdit } from '../yaml/yamlText';

export class SidecarReadOnlyError extends Error {
  constructor(
    readonly file: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    const first = diagnostics.find((d) => d.severity === 'error');
    super(`${file} is read-only until it is fixed${first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : ''}`);
  }
}

interface Entry {
  id: string;
  value: PlainMap;
}

/** What `loadSidecar` builds a model from. */
export interface ModelParts {
  file: string;
  text: string;
  diagnostics: Diagnostic[];
  entries: Entry[];
  top: Record<string, unknown>;
  /** Absent for a read-only model. */
  editor?: { seq: SeqEditor; top: TopFields };
}

export class SidecarModel {
  readonly file: string;
  /** The text as read (the base of a later merge). */
  readonly baseText: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Each annotation's plain data as read, by id (the base of a later merge). */
  readonly base: ReadonlyMap<string, PlainMap>;
  /** Top-level fields as read (`document`, `documentHash`, unknown keys). */
  readonly baseTop: Readonly<Record<string, unknown>>;
  private readonly entries: Entry[];
  private readonly byId: Map<string, Entry>;
  private readonly editor?: { seq: SeqEditor; top: TopFields };
  private readonly top: Record<string, unknown>;

  constructor(parts: ModelParts) {
    this.file = parts.file;
    this.baseText = parts.text;
    this.diagnostics = parts.diagnostics;
    this.entries = parts.entries;
    this.byId = new Map(parts.entries.map((e) => [e.id, e]));
    this.editor = parts.editor;
    this.base = new Map(parts.entries.map((e) => [e.id, e.value]));
    this.baseTop = { ...parts.top };
    this.top = { ...parts.top };
  }

  get readOnly(): boolean {
    return this.editor === undefined;
  }

  get annotations(): Annotation[] {
    return this.entries.map((e) => annotationFromPlain(e.value));
  }

  get(id: string): Annotation | undefined {
    const entry = this.byId.get(id);
    return entry && annotationFromPlain(entry.value);
  }

  /** Plain data of an annotation (unknown keys included), by id. */
  plain(id: string): PlainMap | undefined {
    return this.byId.get(id)?.value;
  }

  get ids(): string[] {
    return this.entries.map((e) => e.id);
  }

  /** An annotation's YAML lines as they stand (copied by a merge, comments included) and their column. */
  itemText(id: string): { text: string; indent: number } {
    const { seq } = this.edit();
    return { text: seq.itemText(this.indexOf(id)), indent: seq.indent };
  }

  /** Current top-level fields (`document`, `documentHash`, ...). */
  get topFields(): Readonly<Record<string, unknown>> {
    return this.top;
  }

  add(annotation: NewAnnotation): void {
    const value = plainFromAnnotation(annotation);
    this.addItem(value, renderNewItem(value, this.edit().seq.indent, ANNOTATION_KEYS));
  }

  /** Adds an item given as YAML lines written at column `indent` (a copy from another sidecar,
   * comments included). Its `id` must be new here. */
  addItemText(itemText: string, indent: number): void {
    const { doc, map } = parseItem(itemText);
    this.addItem(plainOf(doc, map), reindent(itemText, indent, this.edit().seq.indent));
  }

  update(id: string, patch: AnnotationPatch): void {
    this.setFields(id, changesFromPatch(patch));
  }

  /** Sets (undefined: removes) any fields of one annotation, unknown keys included. */
  setFields(id: string, changes: PlainMap): void {
    const { seq } = this.edit();
    const index = this.indexOf(id);
    if ('id' in changes && changes.id !== id) throw new Error('the id of an annotation cannot change');
    const itemText = seq.itemText(index);
    const read = parseItem(itemText);
    if (!samePlain(plainOf(read.doc, read.map), this.entries[index].value))
      throw new Error(`annotation '${id}' cannot be edited safely: its text does not read back as loaded`);
    const { text, value } = editItemText(itemText, changes, ANNOTATION_KEYS, seq.indent);
    seq.replace(index, text);
    this.entries[index].value = value;
  }

  delete(id: string): void {
    const { seq } = this.edit();
    const index = this.indexOf(id);
    seq.remove(index);
    this.entries.splice(index, 1);
    this.byId.delete(id);
  }

  /** Sets a top-level string field (`documentHash`, `document`). */
  setTop(key: 'document' | 'documentHash', value: string): void {
    const { top } = this.edit();
    if (this.top[key] === value) return;
    this.top[key] = value;
    top.set(key, value);
  }

  /** True when `toText()` differs from the text as read. */
  get changed(): boolean {
    return this.editor !== undefined && (this.editor.seq.edit() !== undefined || this.editor.top.changed);
  }

  /** The sidecar text with the changes; checked to read back without errors before it is returned. */
  toText(): string {
    const { seq, top } = this.edit();
    const edits: TextEdit[] = top.edits();
    const seqEdit = seq.edit();
    if (seqEdit) edits.push(seqEdit);
    if (edits.length === 0) return this.baseText;
    const text = keepLineBreaks(this.baseText, applyEdits(this.baseText, edits));
    const checked = checkSidecar(text, this.file);
    if (hasErrors(checked.diagnostics) || checked.annotations.length !== this.entries.length) {
      const first = checked.diagnostics.find((d) => d.severity === 'error');
      throw new Error(
        `internal error: the edited sidecar would not read back (${first ? `${first.line}:${first.column} ${first.message}` : 'annotation count'}); nothing written`,
      );
    }
    return text;
  }

  private addItem(value: PlainMap, text: string): void {
    const { seq } = this.edit();
    const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : '';
    if (id === '') throw new TypeError('an annotation needs an id');
    if (this.byId.has(id)) throw new Error(`an annotation with id '${id}' already exists in ${this.file}`);
    seq.append(text);
    const entry = { id, value };
    this.entries.push(entry);
    this.byId.set(id, entry);
  }

  private indexOf(id: string): number {
    const index = this.entries.findIndex((e) => e.id === id);
    if (index < 0) throw new Error(`no annotation '${id}' in ${this.file}`);
    return index;
  }

  private edit(): { seq: SeqEditor; top: TopFields } {
    if (!this.editor) throw new SidecarReadOnlyError(this.file, this.diagnostics);
    return this.editor;
  }
}
