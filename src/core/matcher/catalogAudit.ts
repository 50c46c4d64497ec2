/**
 * The catalog audit (issue 11): where the catalog is likely wrong on this corpus. Documents are
 * fed one at a time (their mentions as the matcher found them); the audit keeps, for each
 * spelling that matched:
 * - how often the match sat inside a longer capitalised name ("West" in "West Africa", "Republic
 *   of Korea" in "Democratic People's Republic of Korea"), with counts and one example each, and
 *   whether that longer name is another entity's spelling or unknown to the catalog;
 * - how often a spelling matched in any case (`ignoreCase`) was written in lowercase (a common
 *   word: "chad", "turkey");
 * and, at the end, the entities no document mentions. Each finding carries its fix.
 */
import type { Catalog } from '../catalog/catalogTypes';
import { charTables, foldText } from '../text/charClasses';
import { shortened } from '../text/shortText';
import type { MentionList } from './mentionList';

/** A longer name a spelling was found inside, how often, and one occurrence. */
export interface LongerName {
  name: string;
  count: number;
  /** The entity the catalog gives this longer name, when it has it (then only a date or case kept it apart). */
  knownAs?: string;
  example: Occurrence;
}

export interface Occurrence {
  document: string;
  /** 1-based line; offsets into the document's text for opening it at the match. */
  line: number;
  start: number;
  end: number;
  /** The line, shortened around the match. */
  text: string;
}

export interface SpellingFinding {
  entity: string;
  spelling: string;
  matches: number;
  inside: LongerName[];
  /** Matches inside longer capitalised names, all names together. */
  insideCount: number;
  /** Matches written in lowercase, for a spelling matched in any case. */
  lowercase: number;
  lowercaseExample?: Occurrence;
  fixes: string[];
}

export interface AuditReport {
  documents: number;
  mentions: number;
  spellings: SpellingFinding[];
  unmentioned: Array<{ id: string; name: string }>;
}

/** Lowercase words inside a name ("Republic of Korea", "Bank for International Settlements"); `the` only after one of them. */
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'des', 'del', 'da']);
const MAX_WORDS = 5;
const CONTEXT = 60;
const WORD = /^[\p{L}\p{M}\p{N}'’.-]+$/u;

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const fold = (text: string): string => foldText(text.normalize('NFC'), charTables().lower).replace(/\s+/g, ' ');

/** The words before `start` and after `end` on the same line, nearest first. */
function neighbours(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const before = text.slice(Math.max(lineStart, start - 120), start);
  const after = text.slice(end, Math.min(lineEnd, end + 120));
  // Only words joined to the match by single spaces (no punctuation between) make one name.
  const take = (side: string, fromEnd: boolean): string[] => {
    if (side.length === 0 || !/\s/.test(fromEnd ? side[side.length - 1] : side[0])) return [];
    const parts = side.trim().split(/(\s+)/);
    const words: string[] = [];
    const ordered = fromEnd ? parts.reverse() : parts;
    for (const part of ordered) {
      if (/^\s+$/.test(part)) {
        if (part !== ' ') break;
        continue;
      }
      // After the match a word may end the name with punctuation ("West Africa, too"); before it,
      // a word that ends a sentence or a clause ends the name ("East Asia. Asean").
      if (fromEnd && /[.,;:!?)\]"”]$/u.test(part) && !/^(\p{Lu}\.)+$/u.test(part)) break;
      const ended = fromEnd ? undefined : /^(.+?)[,;:!?)\]"”]+$|^(.+?[^.])\.$/u.exec(part);
      const word = ended ? (ended[1] ?? ended[2]) : part;
      if (!WORD.test(word)) break;
      words.push(word);
      if (ended || words.length >= MAX_WORDS * 2) break;
    }
    return words;
  };
  return { before: take(before, true), after: take(after, false) };
}

/** The capitalised run around a match (connectors only between capitalised words), or undefined. */
export function longerName(text: string, start: number, end: number): string | undefined {
  const { before, after } = neighbours(text, start, end);
  // Words in reading order on both sides: `the` joins only after a connector ("of the Congo").
  const joins = (w: string, previous: string | undefined): boolean =>
    CONNECTORS.has(w) || (w === 'the' && previous !== undefined && CONNECTORS.has(previous.toLowerCase()));
  const extendRight = (words: string[]): string[] => {
    const out: string[] = [];
    let pending: string[] = [];
    for (const w of words) {
      if (isCapitalised(w)) {
        out.push(...pending, w);
        pending = [];
      } else if (joins(w, pending[pending.length - 1] ?? out[out.length - 1]) && pending.length < 2) pending.push(w);
      else break;
      if (out.length >= MAX_WORDS) break;
    }
    return out;
  };
  const extendLeft = (words: string[]): string[] => {
    const out: string[] = [];
    let pending: string[] = [];
    for (const w of words) {
      if (isCapitalised(w)) {
        out.unshift(w, ...pending);
        pending = [];
      } else if ((CONNECTORS.has(w) || (w === 'the' && pending.length === 0)) && pending.length < 2) pending.unshift(w);
      else break;
      if (out.length >= MAX_WORDS) break;
    }
    // "the" kept only between a connector and a capitalised word: "Republic of the Congo".
    return out;
  };
  const left = extendLeft(before);
  // A word capitalised because it starts a sentence is no part of a name ("Hence Moscow", "The
  // Republic"); so a name that starts a sentence loses its first word here, and is counted where
  // it stands inside one. Connectors left at the front go with it ("As for Russia").
  const sentenceStart = (index: number): boolean =>
    /(^|[.!?]["”’)]?\s+|\n\s*|^\s*[-*#>]+\s+)$/.test(text.slice(Math.max(0, index - 200), index));
  if (left.length > 0 && sentenceStart(start - [...left, ''].join(' ').length)) {
    left.shift();
    while (left.length > 0 && !isCapitalised(left[0])) left.shift();
  }
  const right = extendRight(after);
  if (left.length === 0 && right.length === 0) return undefined;
  return [...left, text.slice(start, end).replace(/\s+/g, ' '), ...right].join(' ');
}

function occurrence(document: string, text: string, line: number, start: number, end: number): Occurrence {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const before = shortened(text.slice(lineStart, start), CONTEXT + 1, { keepEnd: true, wordBoundary: 0 });
  const after = shortened(text.slice(end, lineEnd), CONTEXT + 1, { wordBoundary: 0 });
  return { document, line: line + 1, start, end, text: `${before}${text.slice(start, end)}${after}`.replace(/\s+/g, ' ') };
}

interface Tally {
  entity: number;
  spelling: string;
  matches: number;
  inside: Map<string, { count: number; example: Occurrence }>;
  lowercase: number;
  lowercaseExample?: Occurrence;
}

export class CatalogAudit {
  private readonly tallies = new Map<string, Tally>();
  private readonly mentioned = new Set<number>();
  private documents = 0;
  private mentions = 0;
  private readonly ignoreCase: Set<string>;
  /** Every spelling of the catalog, at any date, folded: whose name a longer name is. */
  private readonly owners = new Map<string, string>();

  constructor(private readonly catalog: Pick<Catalog, 'entities'>) {
    this.ignoreCase = new Set(
      catalog.entities.flatMap((e, i) => e.spellings.filter((s) => s.ignoreCase).map((s) => `${i}\u0000${s.text.toLowerCase()}`)),
    );
    for (const e of catalog.entities) for (const s of e.spellings) if (!this.owners.has(fold(s.text))) this.owners.set(fold(s.text), e.id);
  }

  /** The entity whose name or alias (at any date, in any case) the text is, if any. */
  private knownName(text: string): string | undefined {
    return this.owners.get(fold(text));
  }

  /** Adds one document's mentions (found in `text` by the matcher). */
  add(document: string, text: string, mentions: MentionList): void {
    this.documents++;
    for (let i = 0; i < mentions.length; i++) {
      const entity = mentions.entity(i);
      const start = mentions.start(i);
      const end = mentions.end(i);
      this.mentions++;
      this.mentioned.add(entity);
      const written = text.slice(start, end).replace(/\s+/g, ' ');
      const key = `${entity}\u0000${written.toLowerCase()}`;
      let tally = this.tallies.get(key);
      if (!tally) {
        tally = { entity, spelling: written, matches: 0, inside: new Map(), lowercase: 0 };
        this.tallies.set(key, tally);
      }
      tally.matches++;
      const longer = longerName(text, start, end);
      if (longer !== undefined) {
        const seen = tally.inside.get(longer);
        if (seen) seen.count++;
        else tally.inside.set(longer, { count: 1, example: occurrence(document, text, mentions.line(i), start, end) });
      }
      if (this.ignoreCase.has(key) && written === written.toLowerCase() && written !== written.toUpperCase()) {
        tally.lowercase++;
        tally.lowercaseExample ??= occurrence(document, text, mentions.line(i), start, end);
      }
    }
  }

  /** The findings, the most frequent problems first. */
  report(): AuditReport {
    const { entities } = this.catalog;
    const spellings: SpellingFinding[] = [];
    for (const t of this.tallies.values()) {
      const entity = entities[t.entity];
      const inside = [...t.inside.entries()]
        .map(([name, v]): LongerName => ({ name, count: v.count, knownAs: this.knownName(name), example: v.example }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
      const insideCount = inside.reduce((n, l) => n + l.count, 0);
      if (insideCount === 0 && t.lowercase === 0) continue;
      const fixes: string[] = [];
      for (const l of inside.slice(0, 5)) {
        if (l.knownAs !== undefined && l.knownAs !== entity.id)
          fixes.push(
            `"${l.name}" is a name of '${l.knownAs}' (at other dates or in another case) and was read as '${entity.id}' here: check the document's date and the periods of both`,
          );
        else if (l.knownAs === undefined)
          fixes.push(`"${l.name}" (${l.count}×): add it as an alias of the entity it names, or to notMentions if it names none`);
      }
      if (t.lowercase > 0)
        fixes.push(`"${t.spelling}" is matched in any case and was written in lowercase ${t.lowercase}×: drop ignoreCase from it`);
      spellings.push({
        entity: entity.id,
        spelling: t.spelling,
        matches: t.matches,
        inside,
        insideCount,
        lowercase: t.lowercase,
        lowercaseExample: t.lowercaseExample,
        fixes,
      });
    }
    spellings.sort(
      (a, b) =>
        b.insideCount + b.lowercase - (a.insideCount + a.lowercase) ||
        a.entity.localeCompare(b.entity) ||
        a.spelling.localeCompare(b.spelling),
    );
    const unmentioned = entities.filter((_, i) => !this.mentioned.has(i)).map((e) => ({ id: e.id, name: e.name }));
    return { documents: this.documents, mentions: this.mentions, spellings, unmentioned };
  }
}
