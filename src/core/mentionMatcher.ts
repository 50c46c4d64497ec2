/**
 * The mention matcher (DESIGN §3): one automaton compiled from every alias of the catalog.
 *
 * A trie over case- and equivalence-folded characters, stored in typed arrays: a dense table for the
 * first character and an open-addressing hash table for every other edge, so the cost of a lookup
 * does not grow with the catalog. Terminal nodes list the aliases that end there; case-sensitive
 * aliases are verified against the text when a candidate is found (rare), so the walk itself is
 * case-insensitive and one pass serves both rules. The scanning loop lives in `documentScanner.ts`.
 */
import type { Catalog, Entity } from './catalogTypes';
import { charTables, foldText, isWordAt } from './charClasses';

export interface CompiledMatcher {
  readonly entities: readonly Entity[];
  /** rootNext[foldedChar] = node (0: no edge). */
  readonly rootNext: Int32Array;
  /** Edge table: slot -> (node + 1, char) -> child. */
  readonly edgeNode: Int32Array;
  readonly edgeChar: Uint16Array;
  readonly edgeChild: Int32Array;
  readonly edgeMask: number;
  /** termHead[node] = first alias ending at node, -1 none; aliasNext chains the rest. */
  readonly termHead: Int32Array;
  readonly aliasNext: Int32Array;
  readonly aliasEntity: Int32Array;
  readonly aliasIgnoreCase: Uint8Array;
  /** Alias text after equivalence folding (whitespace collapsed), for case-sensitive checks. */
  readonly aliasEquiv: readonly string[];
  /** 1 when the alias ends in a word character, so a word boundary must follow it. */
  readonly aliasEndsInWord: Uint8Array;
  readonly aliasCount: number;
  readonly nodeCount: number;
}

interface PendingAlias { entity: number; text: string; ignoreCase: boolean }

/** Every spelling that counts as a mention of each entity: its name and its aliases, in NFC and NFD. */
function collectAliases(entities: readonly Entity[]): PendingAlias[] {
  const out: PendingAlias[] = [];
  const seen = new Set<string>();
  entities.forEach((e, entity) => {
    for (const a of e.spellings) {
      for (const form of new Set([a.text.normalize('NFC'), a.text.normalize('NFD')])) {
        const key = `${entity}\u0000${a.ignoreCase ? 1 : 0}\u0000${form}`;
        if (form.trim() === '' || seen.has(key)) continue;
        seen.add(key);
        out.push({ entity, text: form, ignoreCase: a.ignoreCase });
      }
    }
  });
  return out;
}

export function compileMatcher(catalog: Pick<Catalog, 'entities'>): CompiledMatcher {
  const { lower, equiv } = charTables();
  const pending = collectAliases(catalog.entities);
  const keys = pending.map((p) => foldText(p.text, lower));
  const totalChars = keys.reduce((sum, k) => sum + k.length, 0);
  let size = 16;
  while (size < totalChars * 2) size *= 2;
  const mask = size - 1;
  const edgeNode = new Int32Array(size);
  const edgeChar = new Uint16Array(size);
  const edgeChild = new Int32Array(size);
  const rootNext = new Int32Array(0x10000);
  const termHead = new Int32Array(totalChars + 1).fill(-1);
  let nodeCount = 1;

  const child = (node: number, ch: number): number => {
    if (node === 0) {
      if (rootNext[ch] === 0) rootNext[ch] = nodeCount++;
      return rootNext[ch];
    }
    let slot = edgeSlot(node, ch) & mask;
    while (edgeNode[slot] !== 0) {
      if (edgeNode[slot] === node + 1 && edgeChar[slot] === ch) return edgeChild[slot];
      slot = (slot + 1) & mask;
    }
    edgeNode[slot] = node + 1;
    edgeChar[slot] = ch;
    edgeChild[slot] = nodeCount++;
    return edgeChild[slot];
  };

  const n = pending.length;
  const aliasNext = new Int32Array(n);
  const aliasEntity = new Int32Array(n);
  const aliasIgnoreCase = new Uint8Array(n);
  const aliasEndsInWord = new Uint8Array(n);
  const aliasEquiv: string[] = new Array<string>(n);
  for (let a = 0; a < n; a++) {
    const key = keys[a];
    let node = 0;
    for (let i = 0; i < key.length; i++) node = child(node, key.charCodeAt(i));
    aliasEntity[a] = pending[a].entity;
    aliasIgnoreCase[a] = pending[a].ignoreCase ? 1 : 0;
    aliasEquiv[a] = foldText(pending[a].text, equiv);
    aliasEndsInWord[a] = isWordAt(key, key.length - 1) ? 1 : 0;
    // Keep declaration order within a terminal: append to the end of the chain.
    aliasNext[a] = -1;
    if (termHead[node] < 0) termHead[node] = a;
    else {
      let last = termHead[node];
      while (aliasNext[last] >= 0) last = aliasNext[last];
      aliasNext[last] = a;
    }
  }
  return {
    entities: catalog.entities, rootNext, edgeNode, edgeChar, edgeChild, edgeMask: mask,
    termHead, aliasNext, aliasEntity, aliasIgnoreCase, aliasEquiv, aliasEndsInWord,
    aliasCount: n, nodeCount,
  };
}

/** Hash of an edge (before masking). Shared by the compiler and the scanner. */
export function edgeSlot(node: number, ch: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(ch + 1, 0x85ebca77);
  return h ^ (h >>> 15);
}
