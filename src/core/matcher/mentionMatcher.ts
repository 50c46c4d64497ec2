/**
 * matcher/: finding mentions: the compiled matcher, its edge tables and start filter, the one-pass
 * scanner, packed mention lists, the catalog audit and the gold-set scorer.
 *
 * The mention matcher (ARCHITECTURE.md, Mentions): one automaton compiled from every alias of the catalog.
 *
 * A trie over case- and equivalence-folded characters, stored in typed arrays: a dense table for the
 * first character and an open-addressing hash table for every other edge, so the cost of a lookup
 * does not grow with the catalog. Terminal nodes list the aliases that end there; case-sensitive
 * aliases are verified against the text when a candidate is found (rare), so the walk itself is
 * case-insensitive and one pass serves both rules. The scanning loop lives in `documentScanner.ts`.
 *
 * Phrases that are never mentions ("West Bank") are compiled like aliases of no entity
 * (`NOT_A_MENTION`): they compete in the longest match, so an alias inside them is not reported.
 * An alias with a period is read only in documents dated in it.
 */
import type { Catalog, Entity } from '../catalog/catalogTypes';
import { charTables, foldText, isWordAt } from '../text/charClasses';
import { buildStartFilter } from './startFilter';
import { countBelow } from '../text/sortedSearch';
import { EdgeTableBuilder, packEdges, type EdgeTable } from './edgeTable';

export interface CompiledMatcher {
  readonly entities: readonly Entity[];
  /** rootNext[foldedChar] = node (0: no edge). */
  readonly rootNext: Int32Array;
  /** Edges leaving nodes of depth 1 and 2 (most walks end there: small, stays in cache) and the
   * deeper ones. Each an EdgeTable (see edgeTable.ts). */
  readonly nearEdges: EdgeTable;
  readonly farEdges: EdgeTable;
  /** termHead[node] = first alias ending at node, -1 none; aliasNext chains the rest. */
  readonly termHead: Int32Array;
  readonly aliasNext: Int32Array;
  /** The entity of each alias; NOT_A_MENTION for a phrase that is never a mention. */
  readonly aliasEntity: Int32Array;
  /** 1 when the alias holds only for documents dated in [aliasFrom, aliasUntil) (YYYYMMDD). */
  readonly aliasDated: Uint8Array;
  readonly aliasFrom: Int32Array;
  readonly aliasUntil: Int32Array;
  readonly aliasIgnoreCase: Uint8Array;
  /** Alias text after equivalence folding (whitespace collapsed), for case-sensitive checks. */
  readonly aliasEquiv: readonly string[];
  /** 1 when the alias ends in a word character, so a word boundary must follow it. */
  readonly aliasEndsInWord: Uint8Array;
  /** 1 when a phrase or dated name could start at a word inside the alias and run past its end
   * (only then does the scanner look for one: see mayBeOverhung). */
  readonly aliasMayBeOverhung: Uint8Array;
  readonly aliasCount: number;
  /** How many of the aliases are phrases that are never mentions. */
  readonly phraseCount: number;
  readonly nodeCount: number;
  /** Bitset of alias start keys (see startFilter.ts). */
  readonly startFilter: Int32Array;
}

/** The entity index of a phrase that is never a mention. */
export const NOT_A_MENTION = -1;
const OPEN_UNTIL = 0x7fffffff;

interface PendingAlias {
  entity: number;
  text: string;
  ignoreCase: boolean;
  from: number;
  until: number;
  dated: boolean;
}

/**
 * Every spelling that counts as a mention of each entity (its name and its aliases), then every
 * phrase that is never one, in NFC and NFD. Phrases come last: where a phrase and an alias are
 * the same text, the alias wins.
 */
function collectAliases(entities: readonly Entity[], phrases: readonly string[]): PendingAlias[] {
  const out: PendingAlias[] = [];
  const seen = new Set<string>();
  const add = (entity: number, text: string, ignoreCase: boolean, from: number | undefined, until: number | undefined): void => {
    const dated = from !== undefined || until !== undefined;
    for (const form of new Set([text.normalize('NFC'), text.normalize('NFD')])) {
      const key = `${entity}\u0000${ignoreCase ? 1 : 0}\u0000${from ?? ''}\u0000${until ?? ''}\u0000${form}`;
      if (form.trim() === '' || seen.has(key)) continue;
      seen.add(key);
      out.push({ entity, text: form, ignoreCase, from: from ?? 0, until: until ?? OPEN_UNTIL, dated });
    }
  };
  entities.forEach((e, entity) => {
    for (const a of e.spellings) add(entity, a.text, a.ignoreCase, a.period?.from, a.period?.until);
  });
  for (const phrase of phrases) add(NOT_A_MENTION, phrase, false, undefined, undefined);
  return out;
}

export function compileMatcher(catalog: Pick<Catalog, 'entities'> & Partial<Pick<Catalog, 'notMentions'>>): CompiledMatcher {
  const { lower, equiv, word } = charTables();
  const pending = collectAliases(
    catalog.entities,
    (catalog.notMentions ?? []).map((p) => p.text),
  );
  const keys = pending.map((p) => foldText(p.text, lower));
  const totalChars = keys.reduce((sum, k) => sum + k.length, 0);
  const rootNext = new Int32Array(0x10000);
  const termHead = new Int32Array(totalChars + 1).fill(-1);
  const depth = new Uint16Array(totalChars + 1);
  const all = new EdgeTableBuilder(totalChars);
  let nodeCount = 1;

  const child = (node: number, ch: number): number => {
    if (node === 0) {
      if (rootNext[ch] === 0) {
        rootNext[ch] = nodeCount;
        depth[nodeCount++] = 1;
      }
      return rootNext[ch];
    }
    let next = all.get(node, ch);
    if (next === 0) {
      next = nodeCount++;
      depth[next] = depth[node] + 1;
      all.add(node, ch, next);
    }
    return next;
  };

  const n = pending.length;
  const aliasNext = new Int32Array(n);
  const aliasEntity = new Int32Array(n);
  const aliasDated = new Uint8Array(n);
  const aliasFrom = new Int32Array(n);
  const aliasUntil = new Int32Array(n);
  const aliasIgnoreCase = new Uint8Array(n);
  const aliasEndsInWord = new Uint8Array(n);
  const aliasEquiv: string[] = new Array<string>(n);
  for (let a = 0; a < n; a++) {
    const key = keys[a];
    let node = 0;
    for (let i = 0; i < key.length; i++) node = child(node, key.charCodeAt(i));
    aliasEntity[a] = pending[a].entity;
    aliasDated[a] = pending[a].dated ? 1 : 0;
    aliasFrom[a] = pending[a].from;
    aliasUntil[a] = pending[a].until;
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
  const [nearEdges, farEdges] = packEdges(all, termHead, (node) => depth[node] <= NEAR_DEPTH);
  const aliasMayBeOverhung = mayBeOverhung(keys, (a) => aliasEntity[a] === NOT_A_MENTION || aliasDated[a] === 1);
  return {
    entities: catalog.entities,
    rootNext,
    nearEdges,
    farEdges,
    termHead,
    aliasNext,
    aliasEntity,
    aliasDated,
    aliasFrom,
    aliasUntil,
    aliasIgnoreCase,
    aliasEquiv,
    aliasEndsInWord,
    aliasMayBeOverhung,
    aliasCount: n,
    phraseCount: pending.filter((p) => p.entity === NOT_A_MENTION).length,
    nodeCount,
    startFilter: buildStartFilter(pending, word),
  };
}

/**
 * For each alias (by its folded key), whether a hiding name (a phrase that is never a mention, or
 * a dated name) could begin at a word inside it and go on past its end: its key would start with
 * the rest of the alias from that word and be longer. Those are the only mentions the scanner must
 * check for such an overhang ("the West" in "the West Bank"); every other mention skips the check.
 */
function mayBeOverhung(keys: readonly string[], hiding: (alias: number) => boolean): Uint8Array {
  const out = new Uint8Array(keys.length);
  const hiders = [...new Set(keys.filter((_, a) => hiding(a)))].sort();
  if (hiders.length === 0) return out;
  keys.forEach((key, a) => {
    for (let k = 1; k < key.length && out[a] === 0; k++) {
      if (!isWordAt(key, k) || isWordAt(key, k - 1)) continue;
      const rest = key.slice(k);
      for (let i = countBelow(hiders, rest); i < hiders.length && hiders[i].startsWith(rest); i++) {
        if (hiders[i].length > rest.length) {
          out[a] = 1;
          break;
        }
      }
    }
  });
  return out;
}

/** Edges leaving nodes at most this deep go to the near table. */
export const NEAR_DEPTH = 2;
