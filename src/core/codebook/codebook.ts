/**
 * codebook/: the codebook: loading, edits and renames that keep the file's formatting, code
 * choices and usage, colour swatches.
 *
 * Loads `codebook.yaml` (ARCHITECTURE.md, Files the analyst owns): a `codes:` list of hierarchical codes, each with `id`, `name`,
 * `description`, `color` and `children` of the same shape. Every problem becomes a located
 * diagnostic and the sound codes stay usable: a code without a usable id (missing or duplicate)
 * is dropped, and its own children move up to its parent so one slip does not hide a subtree.
 */
import { isScalar, type Node, type YAMLMap } from 'yaml';
import type { SourceLocation } from '../catalog/catalogTypes';
import type { Diagnostic } from '../base/diagnostics';
import { parseYaml } from '../yaml/yamlFile';
import { YamlReader } from '../yaml/yamlReader';

export interface Code {
  id: string;
  /** Falls back to the id (with an error) when the file gives none, so the tree stays whole. */
  name: string;
  description?: string;
  /** `#rrggbb`, lower case. */
  color?: string;
  children: Code[];
  /** Id of the parent code; undefined for a top-level code. */
  parent?: string;
  location: SourceLocation;
}

export interface Codebook {
  /** Top-level codes, in file order. */
  codes: Code[];
  /** Every code of the tree by id (ids are unique; duplicates are dropped with a diagnostic). */
  byId: ReadonlyMap<string, Code>;
  diagnostics: Diagnostic[];
}

export const CODE_KEYS = ['id', 'name', 'description', 'color', 'children'] as const;
export const CODE_ID_PATTERN = /^[\p{Ll}\p{Lo}0-9][\p{Ll}\p{Lo}0-9._-]*$/u;
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

export const emptyCodebook = (): Codebook => ({ codes: [], byId: new Map(), diagnostics: [] });

export function loadCodebook(text: string, file: string): Codebook {
  const parsed = parseYaml(text, file);
  const codebook = emptyCodebook();
  codebook.diagnostics.push(...parsed.diagnostics);
  if (!parsed.doc) return codebook;
  const r = new YamlReader(file, parsed.doc, parsed.lines);
  const contents = r.resolve(parsed.doc.contents);
  if (contents !== undefined && !(isScalar(contents) && contents.value === null)) {
    const top = r.asMap(contents, 'the codebook (a mapping with a `codes:` list)');
    if (top) {
      const fields = r.fields(top, ['codes'], 'the codebook');
      const reader = new CodeReader(r);
      codebook.codes = reader.readList(fields.get('codes')?.value, '`codes`', undefined);
      codebook.byId = reader.byId;
    }
  }
  codebook.diagnostics.push(...r.diagnostics);
  return codebook;
}

class CodeReader {
  readonly byId = new Map<string, Code>();

  constructor(private readonly r: YamlReader) {}

  readList(node: Node | undefined, what: string, parent: string | undefined): Code[] {
    const out: Code[] = [];
    for (const item of this.r.asSeq(node, what)) {
      const map = this.r.asMap(item, 'a code');
      if (map) out.push(...this.readCode(map, parent));
    }
    return out;
  }

  /** The code itself, or (when it has no usable id) its sound children in its place. */
  private readCode(map: YAMLMap<unknown, unknown>, parent: string | undefined): Code[] {
    const r = this.r;
    const f = r.fields(map, CODE_KEYS, 'a code');
    const idNode = f.get('id')?.value;
    let id = r.string(idNode, 'code `id`', map, true);
    if (id !== undefined && !CODE_ID_PATTERN.test(id)) {
      r.report(idNode, 'bad-id', `code id '${id}' should be a lowercase slug (letters, digits, '-', '.', '_')`, 'warning');
    }
    const first = id === undefined ? undefined : this.byId.get(id);
    if (first) {
      r.report(
        idNode,
        'duplicate-id',
        `duplicate code id '${id}' (first declared at ${first.location.file}:${first.location.line}); this one is ignored`,
      );
      id = undefined;
    }
    const location = { file: r.file, ...r.position(map) };
    const code: Code | undefined = id === undefined ? undefined : { id, name: id, children: [], parent, location };
    if (code) {
      this.byId.set(code.id, code);
      code.name = r.string(f.get('name')?.value, `\`name\` of code '${code.id}'`, map, true) ?? code.id;
      code.description = r.string(f.get('description')?.value, `\`description\` of code '${code.id}'`, map, false);
      code.color = this.readColor(f.get('color'), code.id);
    }
    const children = this.readList(f.get('children')?.value, `\`children\` of ${code ? `'${code.id}'` : 'a code'}`, code?.id ?? parent);
    if (!code) return children;
    code.children = children;
    return [code];
  }

  private readColor(field: { key: Node; value: Node | undefined } | undefined, id: string): string | undefined {
    if (!field) return undefined;
    const r = this.r;
    const { key, value } = field;
    if (value === undefined || (isScalar(value) && value.value === null)) {
      // `color: #ff0000` unquoted is a YAML comment, leaving the value empty.
      r.report(key, 'bad-color', `color of '${id}' is empty; write it quoted, e.g. color: '#1f77b4' (an unquoted # starts a comment)`);
      return undefined;
    }
    const text = r.string(value, `\`color\` of '${id}'`, key, false);
    if (text === undefined) return undefined;
    if (!COLOR_PATTERN.test(text)) {
      r.report(value, 'bad-color', `color of '${id}' must be '#rrggbb' (six hex digits), not '${text}'`);
      return undefined;
    }
    return text.toLowerCase();
  }
}

/** Every code of the tree, parents before their children, in file order. */
export function flattenCodes(codes: readonly Code[]): Code[] {
  return codes.flatMap((c) => [c, ...flattenCodes(c.children)]);
}
