/**
 * YAML text for new catalog content, in the layout of the file it goes into: an entity as block
 * lines (or one flow mapping), an alias as a list item or a flow item.
 */
import type { Alias, EntityKind } from '../catalogTypes';
import { spaces } from '../../text/textSplice';
import { yamlScalar, type ScalarContext } from '../../yaml/yamlScalar';

export interface EntityFields {
  id: string;
  name: string;
  kind: EntityKind;
  type: string;
  aliases: readonly Alias[];
}

/** How the file lays out entities: columns of `-` and of the keys, and how aliases are written. */
export interface EntityLayout {
  dashColumn: number;
  keyColumn: number;
  /** 'flow' (`aliases: [A, B]`) or the column offset of `-` below `aliases:` (block). */
  aliases: 'flow' | number;
}

/** An alias as a list item: a plain or quoted string, or `{ text: ..., ignoreCase: true }`. */
export function aliasItem(alias: Alias, context: ScalarContext): string {
  if (!alias.ignoreCase) return yamlScalar(alias.text, context);
  return `{ text: ${yamlScalar(alias.text, 'flow')}, ignoreCase: true }`;
}

export function flowAliases(aliases: readonly Alias[]): string {
  return `[${aliases.map((a) => aliasItem(a, 'flow')).join(', ')}]`;
}

/** `aliases:` with its items as block lines at `keyColumn` (items `dashOffset` further in). */
export function blockAliasLines(aliases: readonly Alias[], keyColumn: number, dashOffset: number): string[] {
  return [`${spaces(keyColumn)}aliases:`, ...aliases.map((a) => `${spaces(keyColumn + dashOffset)}- ${aliasItem(a, 'block')}`)];
}

/** The entity as block lines, `- id: ...` first. */
export function entityLines(e: EntityFields, layout: EntityLayout): string[] {
  const pad = spaces(layout.keyColumn);
  const lines = [
    `${spaces(layout.dashColumn)}-${spaces(layout.keyColumn - layout.dashColumn - 1)}id: ${yamlScalar(e.id)}`,
    `${pad}name: ${yamlScalar(e.name)}`,
    `${pad}kind: ${e.kind}`,
    `${pad}type: ${yamlScalar(e.type)}`,
  ];
  if (e.aliases.length === 0) return lines;
  if (layout.aliases === 'flow') return [...lines, `${pad}aliases: ${flowAliases(e.aliases)}`];
  return [...lines, ...blockAliasLines(e.aliases, layout.keyColumn, layout.aliases)];
}

/** The entity as one flow mapping, for a list written `[...]`. */
export function entityFlow(e: EntityFields): string {
  const fields = [
    `id: ${yamlScalar(e.id, 'flow')}`,
    `name: ${yamlScalar(e.name, 'flow')}`,
    `kind: ${e.kind}`,
    `type: ${yamlScalar(e.type, 'flow')}`,
  ];
  if (e.aliases.length > 0) fields.push(`aliases: ${flowAliases(e.aliases)}`);
  return `{ ${fields.join(', ')} }`;
}
