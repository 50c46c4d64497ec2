/**
 * A code created while tagging: offered when the text typed in the code pick names no code,
 * given an id derived from its name (a slug, unique in the codebook) and a colour: a shade of its
 * parent's (children share their parent's hue, as in the sample codebook), or for a top-level
 * code the first colour of a mid-tone palette no code uses yet.
 */
import { COLOR_PATTERN, flattenCodes, type Code } from '../codebook/codebook';
import { uniqueId } from '../catalog/edit/entitySlug';
import { effectiveColor, type CodeTree } from './codePickEntries';

/** Mid-tone colours, readable as highlights on light and dark themes. */
export const TOP_LEVEL_PALETTE = [
  '#3177c6',
  '#d63d3d',
  '#2d862d',
  '#a7670e',
  '#955bc8',
  '#17846e',
  '#c439b8',
  '#7c7816',
  '#16809a',
  '#cf3d7a',
  '#9e6a4c',
  '#757575',
] as const;
const SHADES = [0.18, -0.18, 0.32, -0.32, 0.08, -0.08];
const MAX_NAME = 120;

const normalName = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const same = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** The name the typed text would give a new code, or undefined when it is empty or already names a code (by name or id). */
export function newCodeOffer(typed: string, tree: CodeTree): string | undefined {
  const name = normalName(typed);
  if (name === '' || name.length > MAX_NAME) return undefined;
  return flattenCodes(tree.codes).some((c) => same(c.name, name) || same(c.id, name)) ? undefined : name;
}

/** The id of the code the typed text names exactly (by name or id, whatever the case and spacing). */
export function codeNamed(typed: string, tree: CodeTree): string | undefined {
  const name = normalName(typed);
  return name === '' ? undefined : flattenCodes(tree.codes).find((c) => same(c.name, name) || same(c.id, name))?.id;
}

/** Why a name cannot be a new code's, or undefined when it can. */
export function codeNameProblem(typed: string, tree: CodeTree): string | undefined {
  const name = normalName(typed);
  if (name === '') return 'Enter the name of the code';
  if (name.length > MAX_NAME) return `A code name is at most ${MAX_NAME} characters`;
  const clash = flattenCodes(tree.codes).find((c) => same(c.name, name) || same(c.id, name));
  return clash ? `The code '${clash.name}' (${clash.id}) exists already` : undefined;
}

/** The id of a new code: the slug of its name, `-2`, `-3`... while taken. */
export function newCodeId(name: string, tree: CodeTree): string {
  return uniqueId(normalName(name), new Set(tree.byId.keys()), 'code');
}

/** The colour of a new code under `parentId` (or at the top level). */
export function newCodeColor(tree: CodeTree, parentId?: string): string {
  const parent = parentId === undefined ? undefined : tree.byId.get(parentId);
  const base = parent ? effectiveColor(parent, tree.byId) : undefined;
  if (parent && base) return shade(base, SHADES[parent.children.length % SHADES.length]);
  const used = new Set(flattenCodes(tree.codes).map((c: Code) => c.color));
  return TOP_LEVEL_PALETTE.find((c) => !used.has(c)) ?? TOP_LEVEL_PALETTE[tree.codes.length % TOP_LEVEL_PALETTE.length];
}

/** `#rrggbb` mixed with white (`amount` > 0) or black (< 0) by |amount|. */
export function shade(color: string, amount: number): string {
  if (!COLOR_PATTERN.test(color)) throw new TypeError(`colour '${color}' is not #rrggbb`);
  const target = amount > 0 ? 255 : 0;
  const weight = Math.min(Math.abs(amount), 1);
  const channels = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return `#${channels
    .map((v) =>
      Math.round(v + (target - v) * weight)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
