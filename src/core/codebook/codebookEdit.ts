/**
 * Edits of `codebook.yaml` that keep the analyst's formatting (ARCHITECTURE.md, Files the analyst owns): add a code (at the top
 * or under a parent), rename a code's id or name, remove a leaf code (the codebook half of merging
 * code `a` into `b`; `replaceCodeInSidecars` is the other half). Each edit splices the few bytes
 * it changes; every other line, comment and unknown key stays as it was. A file that does not
 * parse cleanly (or holds aliases) is refused with located diagnostics and never rewritten.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Scalar, type YAMLMap } from 'yaml';
import { hasErrors, type Diagnostic } from '../base/diagnostics';
import { CODE_ID_PATTERN, CODE_KEYS, COLOR_PATTERN, loadCodebook } from './codebook';
import { DEFAULT_LIMITS, nodePosition, parseYaml } from '../yaml/yamlFile';
import { findCode, pairOf, type FoundCode } from './codebookFind';
import { renderNewItem, renderNode } from '../yaml/itemDocument';
import { SeqEditor } from '../yaml/seqEditor';
import { contentEnd, seqLayout } from '../yaml/seqLayout';
import { aliasDiagnostics } from '../yaml/yamlAliases';
import { applyEdits, keepLineBreaks, lineEndAfter, lineStartOf, renderScalar, withFinalNewline, type TextEdit } from '../yaml/yamlText';

export interface NewCode {
  id: string;
  name: string;
  description?: string;
  /** `#rrggbb`. */
  color?: string;
}

export type CodebookRewrite = { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] };

interface Opened {
  text: string;
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export function addCode(text: string, file: string, code: NewCode, parentId?: string): CodebookRewrite {
  return withCodebook(text, file, (cb) => {
    checkNewCode(code);
    if (findCode(cb.doc, code.id)) return refuse(cb, undefined, `a code '${code.id}' already exists`);
    const value = { id: code.id, name: code.name, description: code.description, color: code.color?.toLowerCase() };
    const defined = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
    if (parentId !== undefined) {
      const parent = findCode(cb.doc, parentId);
      if (!parent) return refuse(cb, undefined, `no code '${parentId}' to add '${code.id}' under`);
      return addUnder(cb, parent.map, 'children', defined);
    }
    const top = cb.doc.contents;
    if (top === null || (isScalar(top) && top.value === null))
      return `${withFinalNewline(text)}codes:\n${renderNewItem(defined, 2, CODE_KEYS)}`;
    if (!isMap(top)) return refuse(cb, top, 'the codebook is not a mapping with a `codes:` list');
    return addUnder(cb, top, 'codes', defined);
  });
}

export function renameCode(text: string, file: string, id: string, change: { id?: string; name?: string }): CodebookRewrite {
  return withCodebook(text, file, (cb) => {
    const found = findCode(cb.doc, id);
    if (!found) return refuse(cb, undefined, `no code '${id}' in the codebook`);
    const edits: TextEdit[] = [];
    if (change.id !== undefined && change.id !== id) {
      if (!CODE_ID_PATTERN.test(change.id))
        throw new TypeError(`'${change.id}' is not a code id (lowercase letters, digits, '-', '.', '_')`);
      if (findCode(cb.doc, change.id))
        return refuse(cb, undefined, `a code '${change.id}' already exists: merge the codes instead of renaming`);
      edits.push(scalarEdit(cb, found.map, 'id', change.id));
    }
    if (change.name !== undefined) {
      checkName(change.name);
      edits.push(scalarEdit(cb, found.map, 'name', change.name));
    }
    return applyEdits(text, edits);
  });
}

/** Removes a code without children (merging `a` into `b`: remove `a` here, then replace it in the sidecars). */
export function removeCode(text: string, file: string, id: string): CodebookRewrite {
  return withCodebook(text, file, (cb) => {
    const found = findCode(cb.doc, id);
    if (!found) return refuse(cb, undefined, `no code '${id}' in the codebook`);
    const children = pairOf(found.map, 'children')?.value;
    if (isSeq(children) ? children.items.length > 0 : isMap(children)) {
      return refuse(cb, found.map, `code '${id}' has child codes: move or remove them first`);
    }
    return listEdit(cb, found, (editor) => editor.remove(found.index));
  });
}

function addUnder(
  cb: Opened,
  map: YAMLMap<unknown, unknown>,
  key: 'codes' | 'children',
  value: Record<string, unknown>,
): string | CodebookRewrite {
  if (map.flow) return refuse(cb, map, 'this code is written as a flow mapping `{...}`; add the code by hand');
  const pair = pairOf(map, key);
  if (pair)
    return listEdit(cb, { map, listPair: pair, index: -1 }, (editor) => editor.append(renderNewItem(value, editor.indent, CODE_KEYS)));
  const first = map.items[0]?.key as Node | undefined;
  const column = first?.range ? first.range[0] - lineStartOf(cb.text, first.range[0]) : 0;
  const at = map.items.length === 0 ? cb.text.length : lineEndAfter(cb.text, contentEnd(map));
  const newline = at > 0 && cb.text[at - 1] !== '\n' ? '\n' : '';
  const lines = `${newline}${' '.repeat(column)}${key}:\n${renderNewItem(value, column + 2, CODE_KEYS)}`;
  return applyEdits(cb.text, [{ start: at, end: at, text: lines }]);
}

function listEdit(cb: Opened, found: FoundCode, change: (editor: SeqEditor) => void): string | CodebookRewrite {
  const layout = seqLayout(cb.text, found.listPair);
  if (typeof layout === 'string') return refuse(cb, found.listPair.key as Node, `this list cannot be edited safely: ${layout}`);
  const editor = new SeqEditor(cb.text, layout, renderNode);
  change(editor);
  const edit = editor.edit();
  return edit ? applyEdits(cb.text, [edit]) : cb.text;
}

/** Respells the value of `key` in a code's mapping, or writes the key on a new line after `id`. */
function scalarEdit(cb: Opened, map: YAMLMap<unknown, unknown>, key: 'id' | 'name', value: string): TextEdit {
  const pair = pairOf(map, key);
  const node = pair?.value as Node | null | undefined;
  if (node?.range && !(isScalar(node) && node.value === null)) {
    return { start: node.range[0], end: node.range[1], text: renderScalar(value, isScalar(node) ? (node as Scalar) : undefined) };
  }
  if (pair && isScalar(pair.key) && pair.key.range) {
    const colon = cb.text.indexOf(':', pair.key.range[1]) + 1;
    return { start: colon, end: colon, text: ` ${renderScalar(value)}` };
  }
  const idKey = pairOf(map, 'id')!.key as Node;
  const column = idKey.range![0] - lineStartOf(cb.text, idKey.range![0]);
  const at = lineEndAfter(cb.text, contentEnd(pairOf(map, 'id')!.value as Node));
  const newline = cb.text[at - 1] !== '\n' ? '\n' : '';
  return { start: at, end: at, text: `${newline}${' '.repeat(column)}${key}: ${renderScalar(value)}\n` };
}

/** Opens the codebook, runs the edit and checks that the result reads back with no new errors. */
function withCodebook(text: string, file: string, edit: (cb: Opened) => string | CodebookRewrite): CodebookRewrite {
  const parsed = parseYaml(text, file, DEFAULT_LIMITS, true);
  const problems = parsed.doc ? [...parsed.diagnostics, ...aliasDiagnostics(parsed.doc, parsed.lines, file)] : parsed.diagnostics;
  if (!parsed.doc || hasErrors(problems)) return { ok: false, diagnostics: problems.filter((d) => d.severity === 'error') };
  const result = edit({ text, file, doc: parsed.doc, lines: parsed.lines });
  if (typeof result !== 'string') return result;
  const output = keepLineBreaks(text, result);
  const errors = (t: string): number => loadCodebook(t, file).diagnostics.filter((d) => d.severity === 'error').length;
  if (errors(output) > errors(text)) throw new Error(`internal error: editing ${file} would add errors; nothing written`);
  return { ok: true, text: output };
}

function refuse(cb: Opened, node: Node | null | undefined, message: string): CodebookRewrite {
  const { line, column } = nodePosition(node, cb.lines);
  return { ok: false, diagnostics: [{ file: cb.file, line, column, severity: 'error', code: 'codebook-edit', message }] };
}

function checkNewCode(code: NewCode): void {
  if (!CODE_ID_PATTERN.test(code.id)) throw new TypeError(`'${code.id}' is not a code id (lowercase letters, digits, '-', '.', '_')`);
  checkName(code.name);
  if (code.color !== undefined && !COLOR_PATTERN.test(code.color)) throw new TypeError(`colour '${code.color}' is not #rrggbb`);
  if (code.description !== undefined && typeof code.description !== 'string') throw new TypeError('a description is text');
}

function checkName(name: string): void {
  if (typeof name !== 'string' || name.trim() === '' || /[\r\n]/.test(name))
    throw new TypeError('a code name is one non-empty line of text');
}
