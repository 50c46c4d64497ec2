/**
 * Adds an alias to an entity of a catalog file's text: a new item after the last alias (block or
 * flow list), or an `aliases:` field where the entity has none, written in the file's layout.
 */
import { isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Alias, Entity } from '../catalogTypes';
import { aliasItem, blockAliasLines, flowAliases } from './catalogFragments';
import { findEntities, findEntity, isEmptyValue, isProblem, pairOf, rangeOf } from './catalogLayout';
import {
  finish,
  isResult,
  openCatalog,
  refuse,
  refuseAt,
  refuseOwned,
  type CatalogEditResult,
  type EditableCatalog,
} from './catalogEditBase';
import { spellingOwner, unmatchableReason } from '../spellingOwner';
import { columnOf, insertLines, lineStartOf, nextLineStart, spaces, trimBlanksBefore, type TextSplice } from '../../text/textSplice';

/** `aliases:` added to an entity that has none: before `relations:` when there is one, else last. */
function newAliasesField(c: EditableCatalog, map: YAMLMap, alias: Alias): TextSplice {
  const pairs = map.items as Array<Pair<Node, Node | null>>;
  const last = pairs[pairs.length - 1];
  const lastEnd = rangeOf(last.value)?.[1] ?? rangeOf(last.key)?.[1] ?? 0;
  if (map.flow) return { offset: lastEnd, length: 0, text: `, aliases: ${flowAliases([alias])}` };
  const keyColumn = columnOf(c.text, rangeOf(map)?.[0] ?? 0);
  const lines = blockAliasLines([alias], keyColumn, 2);
  const relations = pairOf(map, 'relations');
  const relationsStart = rangeOf(relations?.key)?.[0];
  // The relations key starts its own line only when it is not the entity's first key (`- relations:`).
  if (relationsStart !== undefined && relations !== pairs[0]) return insertLines(c.text, lineStartOf(c.text, relationsStart), lines);
  return insertLines(c.text, nextLineStart(c.text, lastEnd), lines);
}

/** `aliases:` with no value (or `~`): the value goes and a list with the alias takes its place. */
function fillEmptyAliases(c: EditableCatalog, map: YAMLMap, key: Node, value: Node, alias: Alias): TextSplice[] {
  const [start, end] = rangeOf(value) ?? [0, 0];
  const from = trimBlanksBefore(c.text, start);
  if (map.flow) return [{ offset: from, length: end - from, text: ` ${flowAliases([alias])}` }];
  const keyColumn = columnOf(c.text, rangeOf(key)?.[0] ?? 0);
  const item = `${spaces(keyColumn + 2)}- ${aliasItem(alias, 'block')}`;
  const insert = insertLines(c.text, nextLineStart(c.text, end), [item]);
  return from === end ? [insert] : [{ offset: from, length: end - from, text: '' }, insert];
}

function splicesFor(c: EditableCatalog, map: YAMLMap, alias: Alias): TextSplice[] | { node: Node | undefined; message: string } {
  const pair = pairOf(map, 'aliases');
  if (!pair) return [newAliasesField(c, map, alias)];
  const value = pair.value;
  if (value === null || isEmptyValue(value))
    return value
      ? fillEmptyAliases(c, map, pair.key, value, alias)
      : { node: pair.key, message: '`aliases:` has no value the editor can locate' };
  if (!isSeq(value)) return { node: value, message: '`aliases` must be a list' };
  const items = value.items;
  const lastEnd = rangeOf(items[items.length - 1])?.[1];
  if (value.flow) {
    if (lastEnd !== undefined) return [{ offset: lastEnd, length: 0, text: `, ${aliasItem(alias, 'flow')}` }];
    return [{ offset: (rangeOf(value)?.[0] ?? 0) + 1, length: 0, text: aliasItem(alias, 'flow') }];
  }
  const dash = spaces(columnOf(c.text, rangeOf(value)?.[0] ?? 0));
  return [insertLines(c.text, nextLineStart(c.text, lastEnd ?? 0), [`${dash}- ${aliasItem(alias, 'block')}`])];
}

export function addAlias(text: string, file: string, entityId: string, alias: Alias, others: readonly Entity[] = []): CatalogEditResult {
  const c = openCatalog(text, file);
  if (isResult(c)) return c;
  const wanted: Alias = { text: alias.text.trim(), ignoreCase: alias.ignoreCase };
  const slot = findEntities(c.doc);
  const map = !isProblem(slot) && slot.kind === 'list' ? findEntity(slot.seq, entityId) : undefined;
  const self = c.entities.find((e) => e.id === entityId);
  if (!map || !self) {
    const at = !isProblem(slot) && slot.kind === 'list' ? slot.key : undefined;
    return refuseAt(c, at, `there is no entity with id '${entityId}' in ${file}`);
  }
  const reason = unmatchableReason(wanted.text);
  if (reason) return refuse(file, self.location.line, self.location.column, reason);
  const owner =
    spellingOwner([self], wanted) ??
    spellingOwner(
      [...c.entities, ...others].filter((e) => e.id !== entityId),
      wanted,
    );
  if (owner) return refuseOwned(owner, wanted.text);
  const splices = splicesFor(c, map, wanted);
  if (!Array.isArray(splices)) return refuseAt(c, splices.node, splices.message);
  return finish(c, splices, entityId, (e) => {
    const i = e.aliases.findIndex((a) => a.text === wanted.text && a.ignoreCase === wanted.ignoreCase);
    return i >= 0 && e.aliases.length === self.aliases.length + 1 ? e.aliasLocations[i].line : undefined;
  });
}
