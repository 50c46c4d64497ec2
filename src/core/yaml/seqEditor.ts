/**
 * Item-level editing of one YAML sequence by splicing: items that are not touched keep their
 * exact text, and so do the comments and blank lines between them. The result is one `TextEdit`
 * over the original text (or none when nothing changed).
 */
import type { Node } from 'yaml';
import type { SeqLayout } from './seqLayout';
import type { TextEdit } from './yamlText';

interface Entry {
  /** The item's lines (`- ...`, each ending in a line break), at the editor's indent. */
  text: string;
  /** Text copied before the item: blank lines and comments written above it. */
  glue: string;
}

export class SeqEditor {
  private readonly entries: Entry[];
  private changed = false;
  /** Column of the `-` of items written by this editor. */
  readonly indent: number;

  /** `render` spells an item of an inline list (`[a, b]`) as block lines at a given column. */
  constructor(
    private readonly text: string,
    private readonly layout: SeqLayout,
    render: (node: Node, indent: number) => string,
  ) {
    if (layout.kind === 'block') {
      this.indent = layout.indent;
      this.entries = layout.items.map((item, i) => ({
        text: text.slice(item.start, item.end),
        glue: i === 0 ? '' : text.slice(layout.items[i - 1].end, item.start),
      }));
    } else {
      this.indent = layout.keyIndent + 2;
      this.entries = layout.nodes.map((node) => ({ text: render(node, this.indent), glue: '' }));
    }
  }

  get length(): number {
    return this.entries.length;
  }

  itemText(index: number): string {
    return this.entry(index).text;
  }

  replace(index: number, itemText: string): void {
    const entry = this.entry(index);
    if (entry.text === itemText) return;
    entry.text = itemText;
    this.changed = true;
  }

  /** Removes the item with the comments written above it. */
  remove(index: number): void {
    this.entry(index);
    this.entries.splice(index, 1);
    this.changed = true;
  }

  append(itemText: string): void {
    this.entries.push({ text: itemText, glue: '' });
    this.changed = true;
  }

  /** The edit that turns the original text into the edited list; undefined when unchanged. */
  edit(): TextEdit | undefined {
    if (!this.changed) return undefined;
    const { layout, text } = this;
    const body = this.entries.map((e) => e.glue + e.text).join('');
    if (layout.kind === 'block') {
      const first = layout.items[0];
      const last = layout.items[layout.items.length - 1];
      if (this.entries.length > 0) return { start: first.start, end: last.end, text: body };
      // No item left: `key: []`, keeping a comment on the key's line and those written below it.
      return { start: layout.colonEnd, end: last.end, text: ` []${text.slice(layout.colonEnd, first.start)}` };
    }
    if (this.entries.length === 0) return { start: layout.colonEnd, end: layout.valueEnd, text: ' []' };
    // `key: [] # note` becomes `key: # note` followed by the items as block lines.
    const nl = text.indexOf('\n', layout.valueEnd);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const rest = text.slice(layout.valueEnd, nl < 0 ? text.length : nl);
    return { start: layout.colonEnd, end: lineEnd, text: `${rest}\n${body}` };
  }

  private entry(index: number): Entry {
    const entry = this.entries[index];
    if (!entry) throw new RangeError(`no list item ${index}`);
    return entry;
  }
}
