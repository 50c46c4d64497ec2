/**
 * Trie edges in open-addressing hash tables of Int32 records: node + 1 (0 marks an empty slot),
 * character, child, and the child's first terminal alias (or -1). One probe reads one record, so
 * one cache line; the scanner inlines the probe loop (documentScanner.ts) for speed.
 */

export interface EdgeTable {
  /** Four Int32 per slot. */
  readonly records: Int32Array;
  /** Slot count minus one (a power of two minus one). */
  readonly mask: number;
}

/** Hash of an edge, before masking. Shared by the builders and the scanner. */
export function edgeSlot(node: number, ch: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(ch + 1, 0x85ebca77);
  return h ^ (h >>> 15);
}

function emptyTable(edges: number): EdgeTable {
  let size = 16;
  while (size < edges * 2) size *= 2;
  return { records: new Int32Array(size * 4), mask: size - 1 };
}

function insert(t: EdgeTable, node: number, ch: number, child: number, term: number): void {
  let slot = edgeSlot(node, ch) & t.mask;
  while (t.records[slot * 4] !== 0) slot = (slot + 1) & t.mask;
  const r = slot * 4;
  t.records[r] = node + 1;
  t.records[r + 1] = ch;
  t.records[r + 2] = child;
  t.records[r + 3] = term;
}

/** Offset in `t.records` of the edge of `node` by `ch`, or -1. */
export function edgeRecord(t: EdgeTable, node: number, ch: number): number {
  for (let slot = edgeSlot(node, ch) & t.mask; t.records[slot * 4] !== 0; slot = (slot + 1) & t.mask) {
    if (t.records[slot * 4] === node + 1 && t.records[slot * 4 + 1] === ch) return slot * 4;
  }
  return -1;
}

/** Child of `node` by `ch` in a table, or 0. */
export function lookupEdge(t: EdgeTable, node: number, ch: number): number {
  const r = edgeRecord(t, node, ch);
  return r < 0 ? 0 : t.records[r + 2];
}

/** Collects edges while the trie is built (terminals are known only at the end). */
export class EdgeTableBuilder {
  private readonly table: EdgeTable;
  private count = 0;

  constructor(maxEdges: number) {
    this.table = emptyTable(maxEdges);
  }

  get(node: number, ch: number): number {
    return lookupEdge(this.table, node, ch);
  }

  add(node: number, ch: number, child: number): void {
    insert(this.table, node, ch, child, -1);
    this.count++;
  }

  *entries(): IterableIterator<[node: number, ch: number, child: number]> {
    const r = this.table.records;
    for (let i = 0; i < r.length; i += 4) if (r[i] !== 0) yield [r[i] - 1, r[i + 1], r[i + 2]];
  }
}

/** Splits the edges into two compact tables, by whether their parent `isNear`. */
export function packEdges(all: EdgeTableBuilder, termHead: Int32Array, isNear: (node: number) => boolean): [EdgeTable, EdgeTable] {
  let near = 0;
  let far = 0;
  for (const [node] of all.entries())
    if (isNear(node)) near++;
    else far++;
  const tables: [EdgeTable, EdgeTable] = [emptyTable(near), emptyTable(far)];
  for (const [node, ch, child] of all.entries()) insert(tables[isNear(node) ? 0 : 1], node, ch, child, termHead[child]);
  return tables;
}
