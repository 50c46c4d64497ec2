/**
 * Adds an entity to a catalog file's text by splicing it after the last entity, in the file's own
 * layout (indentation, blank lines between entities, block or flow aliases, line ends).
 */
import { isMap, isSeq, type YAMLSeq } from 'yaml';
import type { Alias, Entity, EntityKind } from '../catalogTypes';
import { entityFlow, entityLines, type EntityFields, type EntityLayout } from './catalogFragments';
import { findEntities, isProblem, pairOf, rangeOf, type EntitiesSlot } from './catalogLayout';
import {
  finish,
  isResult,
  openCatalog,
  refuse,
  refuseAt,
  refuseOwned,
  takenIds,
  type CatalogEditResult,
  type EditableCatalog,
} from './catalogEditBase';
import { uniqueId } from './entitySlug';
import { spellingOwner, unmatchableReason } from '../spellingOwner';
import { columnOf, insertLines, nextLineStart, trimBlanksBefore, type TextSplice } from '../../text/textSplice';

export interface NewEntity {
  name: string;
  kind: EntityKind;
  type: string;
  aliases?: readonly Alias[];
}

/** Columns and alias style of the existing entities (the first ones that show them). */
function layoutOf(c: EditableCatalog, seq: YAMLSeq): EntityLayout {
  const dashColumn = columnOf(c.text, seq.range?.[0] ?? 0);
  const keyStart = rangeOf(seq.items.find(isMap))?.[0];
  let keyColumn = keyStart === undefined ? dashColumn + 2 : columnOf(c.text, keyStart);
  if (keyColumn <= dashColumn) keyColumn = dashColumn + 2;
  let aliases: EntityLayout['aliases'] = 2;
  for (const item of seq.items) {
    const value = isMap(item) && !item.flow ? pairOf(item, 'aliases')?.value : undefined;
    const start = rangeOf(item)?.[0];
    if (!isSeq(value) || start === undefined) continue;
    aliases = value.flow ? 'flow' : columnOf(c.text, rangeOf(value)?.[0] ?? 0) - columnOf(c.text, start);
    break;
  }
  return { dashColumn, keyColumn, aliases };
}

/** A blank line before the new entity when the file separates its entities so. */
function separated(c: EditableCatalog, seq: YAMLSeq): boolean {
  const end = rangeOf(seq.items[0])?.[1];
  const start = rangeOf(seq.items[1])?.[0];
  return end !== undefined && start !== undefined && /\n[ \t]*\r?\n/.test(c.text.slice(end - 1, start));
}

function splicesFor(c: EditableCatalog, slot: EntitiesSlot, e: EntityFields): TextSplice[] {
  if (slot.kind === 'list' && slot.seq.flow && slot.seq.items.length > 0) {
    const last = rangeOf(slot.seq.items[slot.seq.items.length - 1]);
    return [{ offset: last?.[1] ?? 0, length: 0, text: `, ${entityFlow(e)}` }];
  }
  if (slot.kind === 'list' && slot.seq.items.length > 0) {
    const layout = layoutOf(c, slot.seq);
    const last = rangeOf(slot.seq.items[slot.seq.items.length - 1]);
    const lines = entityLines(e, layout);
    return [insertLines(c.text, nextLineStart(c.text, last?.[1] ?? c.text.length), separated(c, slot.seq) ? ['', ...lines] : lines)];
  }
  if (slot.kind === 'missing') {
    const lines = ['entities:', ...entityLines(e, { dashColumn: 2, keyColumn: 4, aliases: 2 })];
    return [insertLines(c.text, c.text.length, lines)];
  }
  // `entities:` with nothing, `[]` or `~` after it: the value goes, the list follows the key's line.
  const keyStart = slot.key.range?.[0] ?? 0;
  const value = slot.kind === 'empty' ? slot.value : slot.seq;
  const [from, to] = [trimBlanksBefore(c.text, value.range?.[0] ?? 0), value.range?.[1] ?? 0];
  const keyColumn = columnOf(c.text, keyStart);
  const lines = entityLines(e, { dashColumn: keyColumn + 2, keyColumn: keyColumn + 4, aliases: 2 });
  const after = nextLineStart(c.text, to);
  const insert = insertLines(c.text, after, lines);
  if (after === to && from === to) return [insert]; // nothing to remove and no line end: append
  return [{ offset: from, length: to - from, text: '' }, insert];
}

export function addEntity(text: string, file: string, entity: NewEntity, others: readonly Entity[] = []): CatalogEditResult {
  const c = openCatalog(text, file);
  if (isResult(c)) return c;
  const name = entity.name.trim();
  const type = entity.type.trim();
  if (type === '') return refuse(file, 1, 1, 'an entity needs a type (state, person, organisation, ...)');
  const aliases = (entity.aliases ?? []).filter((a, i, all) => a.text !== name && all.findIndex((b) => b.text === a.text) === i);
  for (const spelling of [{ text: name, ignoreCase: false }, ...aliases]) {
    const reason = unmatchableReason(spelling.text);
    if (reason) return refuse(file, 1, 1, reason);
    const owner = spellingOwner([...c.entities, ...others], spelling);
    if (owner) return refuseOwned(owner, spelling.text);
  }
  const slot = findEntities(c.doc);
  if (isProblem(slot)) return refuseAt(c, slot.node, slot.message);
  const fields: EntityFields = { id: uniqueId(name, takenIds(c, others)), name, kind: entity.kind, type, aliases };
  return finish(c, splicesFor(c, slot, fields), fields.id, (e) =>
    e.name === name && e.kind === entity.kind && e.type === type && e.aliases.length === aliases.length ? e.location.line : undefined,
  );
}
