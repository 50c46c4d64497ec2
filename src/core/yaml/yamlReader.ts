/**
 * Reads a parsed YAML tree field by field, turning every shape problem into a located diagnostic
 * instead of an exception. Used by the catalog, codebook and sidecar loaders.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic, Severity } from '../base/diagnostics';
import { deref, nodePosition } from './yamlFile';

export class YamlReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    readonly doc: Document.Parsed,
    readonly lines: LineCounter,
  ) {}

  position(node: Node | null | undefined): { line: number; column: number } {
    return nodePosition(node, this.lines);
  }

  report(node: Node | null | undefined, code: string, message: string, severity: Severity = 'error'): void {
    const { line, column } = this.position(node);
    this.diagnostics.push({ file: this.file, line, column, severity, code, message });
  }

  /** The node behind an alias, or the node itself. */
  resolve(node: unknown): Node | undefined {
    const n = deref(node, this.doc);
    return n === null || n === undefined ? undefined : (n as Node);
  }

  asMap(node: unknown, what: string): YAMLMap<unknown, unknown> | undefined {
    const n = this.resolve(node);
    if (isMap(n)) return n;
    this.report(n, 'wrong-type', `${what} must be a mapping`);
    return undefined;
  }

  /** Items of a sequence; `undefined` (absent) gives []. */
  asSeq(node: unknown, what: string): Node[] {
    const n = this.resolve(node);
    if (n === undefined || (isScalar(n) && n.value === null)) return [];
    if (isSeq(n)) return n.items.map((i) => this.resolve(i)).filter((i): i is Node => i !== undefined);
    this.report(n, 'wrong-type', `${what} must be a list`);
    return [];
  }

  /** Fields of a mapping by key, with the key nodes for positions. Unknown keys are reported. */
  fields(map: YAMLMap<unknown, unknown>, known: readonly string[], what: string): Map<string, { key: Node; value: Node | undefined }> {
    const out = new Map<string, { key: Node; value: Node | undefined }>();
    for (const pair of map.items) {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value) : '';
      if (!known.includes(name)) {
        const hint = known.find((k) => k.startsWith(name.slice(0, 3)) && name.length > 2);
        this.report(key, 'unknown-key', `unknown key '${name}' in ${what}${hint ? ` (did you mean '${hint}'?)` : ''}`, 'warning');
        continue;
      }
      out.set(name, { key, value: this.resolve(pair.value) });
    }
    return out;
  }

  /** A non-empty string scalar, or undefined with a diagnostic (when required, or when present but wrong). */
  string(node: Node | undefined, what: string, at: Node, required: boolean): string | undefined {
    if (node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) {
      if (required) this.report(node ?? at, 'missing-field', `${what} is required`);
      return undefined;
    }
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    // A number is kept as written (`0x1A`, `1.50`), not re-spelled by the parser.
    if (isScalar(node) && typeof node.value === 'number') return node.source ?? String(node.value);
    this.report(node, 'wrong-type', `${what} must be a string`);
    return undefined;
  }

  boolean(node: Node | undefined, what: string): boolean | undefined {
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.report(node, 'wrong-type', `${what} must be true or false`);
    return undefined;
  }
}
