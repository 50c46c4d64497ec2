/**
 * Edits of top-level scalar fields of a YAML mapping (`documentHash: ...`, `document: ...`) as
 * splices: the value is respelled in place, or a missing key is written on a new line before a
 * given key. Everything else in the file keeps its bytes.
 */
import { isMap, isScalar, type Document, type Node, type Scalar } from 'yaml';
import { lineStartOf, renderScalar, type TextEdit } from './yamlText';

interface Field {
  /** The value node, when the key has one with a position. */
  node?: Node;
  /** Offset where a value goes when there is none (just after the `:`). */
  colonEnd: number;
}

export class TopFields {
  private readonly fields = new Map<string, Field>();
  private readonly pending = new Map<string, string | number>();
  /** Where missing keys are inserted: the start of the line of `insertBefore`. */
  private readonly insertAt: number;

  constructor(
    private readonly text: string,
    doc: Document.Parsed,
    insertBefore: string,
  ) {
    let insertAt = text.length;
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        const key = pair.key as Node;
        if (!isScalar(key) || !key.range) continue;
        const name = String(key.value);
        const value = pair.value as Node | null;
        this.fields.set(name, { node: value?.range ? value : undefined, colonEnd: text.indexOf(':', key.range[1]) + 1 });
        if (name === insertBefore) insertAt = lineStartOf(text, key.range[0]);
      }
    }
    this.insertAt = insertAt;
  }

  set(key: string, value: string | number): void {
    this.pending.set(key, value);
  }

  get changed(): boolean {
    return this.pending.size > 0;
  }

  edits(): TextEdit[] {
    const out: TextEdit[] = [];
    const inserted: string[] = [];
    for (const [key, value] of this.pending) {
      const field = this.fields.get(key);
      if (!field) {
        inserted.push(`${key}: ${renderScalar(value)}\n`);
        continue;
      }
      const node = field.node;
      const empty = !node || (isScalar(node) && node.value === null && node.range![0] === node.range![1]);
      if (empty) {
        out.push({ start: field.colonEnd, end: field.colonEnd, text: ` ${renderScalar(value)}` });
      } else {
        out.push({ start: node.range![0], end: node.range![1], text: renderScalar(value, isScalar(node) ? (node as Scalar) : undefined) });
      }
    }
    if (inserted.length > 0) {
      const newline = this.insertAt > 0 && this.text[this.insertAt - 1] !== '\n' ? '\n' : '';
      out.push({ start: this.insertAt, end: this.insertAt, text: newline + inserted.join('') });
    }
    return out;
  }
}
