/**
 * The entries of the code pick list (Tag Selection, Edit Annotation): codes an annotation holds
 * that the codebook lacks (so an edit never drops them), then the recently used codes, then every
 * other code in codebook order, parents before their children. Each code shows its name, the
 * path of its parents, its id and description, and the colour of its icon (its own, else its
 * nearest ancestor's). Every text is made safe for a quick pick (`$(icon)` stays text).
 */
import { flattenCodes, type Code } from '../codebook/codebook';
import { iconSafe } from '../text/iconSafe';
import { shortened } from '../text/shortText';

export interface CodeEntry {
  kind: 'code';
  id: string;
  label: string;
  /** The names of its parents, `Hedging › Balancing`; empty for a top-level code. */
  description: string;
  /** `id — description`, on one line. */
  detail: string;
  color?: string;
}

export interface SectionEntry {
  kind: 'section';
  label: string;
}

export type PickEntry = CodeEntry | SectionEntry;

export interface CodeTree {
  codes: readonly Code[];
  byId: ReadonlyMap<string, Code>;
}

export const PATH_SEPARATOR = ' › ';
export const SECTIONS = { unknown: 'Not in the codebook', recent: 'Recently used', all: 'All codes' } as const;
const DETAIL_LENGTH = 160;

/** Whitespace runs as one space, at most `max` code points with the ellipsis (on a word boundary when one is near, see `shortened`). */
export function oneLine(text: string, max: number): string {
  return shortened(text.replace(/\s+/gu, ' ').trim(), max, { wordBoundary: 0.4 });
}

/** The parents of a code, outermost first. */
export function ancestors(code: Code, byId: ReadonlyMap<string, Code>): Code[] {
  const chain: Code[] = [];
  const seen = new Set<string>([code.id]);
  for (let parent = code.parent; parent !== undefined && !seen.has(parent);) {
    const found = byId.get(parent);
    if (!found) break;
    chain.unshift(found);
    seen.add(parent);
    parent = found.parent;
  }
  return chain;
}

/** The code's colour, else its nearest ancestor's. */
export function effectiveColor(code: Code, byId: ReadonlyMap<string, Code>): string | undefined {
  return (
    code.color ??
    ancestors(code, byId)
      .reverse()
      .find((c) => c.color !== undefined)?.color
  );
}

/** `Hedging & strategic autonomy › ASEAN centrality`: a code with its parents, for messages and labels. */
export function codePath(code: Code, byId: ReadonlyMap<string, Code>): string {
  return [...ancestors(code, byId), code].map((c) => c.name).join(PATH_SEPARATOR);
}

export function codeEntry(code: Code, byId: ReadonlyMap<string, Code>): CodeEntry {
  const description = code.description === undefined ? '' : ` — ${code.description}`;
  return {
    kind: 'code',
    id: code.id,
    label: iconSafe(oneLine(code.name, DETAIL_LENGTH)),
    description: iconSafe(
      oneLine(
        ancestors(code, byId)
          .map((c) => c.name)
          .join(PATH_SEPARATOR),
        DETAIL_LENGTH,
      ),
    ),
    detail: iconSafe(oneLine(`${code.id}${description}`, DETAIL_LENGTH)),
    color: effectiveColor(code, byId),
  };
}

function unknownEntry(id: string): CodeEntry {
  const safe = iconSafe(oneLine(id, DETAIL_LENGTH));
  return { kind: 'code', id, label: safe, description: '', detail: `${safe} — used by this annotation, missing from the codebook` };
}

/**
 * Every entry of the pick, sections first. `recent` holds code ids, most recent first (ids the
 * codebook lacks are skipped); `held` the codes of the annotation being edited.
 */
export function codePickEntries(tree: CodeTree, recent: readonly string[], held: readonly string[] = []): PickEntry[] {
  const entries: PickEntry[] = [];
  const section = (label: string, codes: readonly CodeEntry[]): void => {
    if (codes.length > 0) entries.push({ kind: 'section', label }, ...codes);
  };
  section(SECTIONS.unknown, [...new Set(held)].filter((id) => !tree.byId.has(id)).map(unknownEntry));
  const recentCodes = [...new Set(recent)].map((id) => tree.byId.get(id)).filter((c): c is Code => c !== undefined);
  section(
    SECTIONS.recent,
    recentCodes.map((c) => codeEntry(c, tree.byId)),
  );
  const shown = new Set(recentCodes.map((c) => c.id));
  section(
    SECTIONS.all,
    flattenCodes(tree.codes)
      .filter((c) => !shown.has(c.id))
      .map((c) => codeEntry(c, tree.byId)),
  );
  return entries;
}

/** The recent list after tagging with `used`: those first (in their order), then the rest, at most `max`. */
export function rememberRecent(previous: readonly string[], used: readonly string[], max = 7): string[] {
  return [...new Set([...used, ...previous])].slice(0, max);
}
