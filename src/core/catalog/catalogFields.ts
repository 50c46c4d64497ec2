/**
 * The catalog fields about dates and phrases (issue 11): a period (`{ from, until }`, on an entity
 * or an alias), the phrases that are never mentions (`notMentions`, at the catalog level or under
 * an entity), and `extends` (the catalogs a file builds on, e.g. `world`). Each problem is a
 * located diagnostic; what is sound is kept.
 */
import { isScalar, type Node } from 'yaml';
import { parseDay, type Period } from './catalogPeriod';
import type { ExtendsName, NotMention } from './catalogTypes';
import type { YamlReader } from '../yaml/yamlReader';

/** The `from` / `until` of a mapping (an alias's or a period's), or undefined when it has neither. */
export function readPeriodFields(r: YamlReader, from: Node | undefined, until: Node | undefined, what: string): Period | undefined {
  const day = (node: Node | undefined, key: string): number | undefined => {
    const text = r.string(node, `\`${key}\` of ${what}`, node as Node, false);
    if (text === undefined) return undefined;
    const parsed = parseDay(text, 'start');
    if (parsed === undefined)
      r.report(node, 'bad-date', `\`${key}\` of ${what} must be a date: YYYY, YYYY-MM or YYYY-MM-DD, not '${text}'`);
    return parsed;
  };
  const period: Period = { from: day(from, 'from'), until: day(until, 'until') };
  if (period.from === undefined && period.until === undefined) return undefined;
  if (period.from !== undefined && period.until !== undefined && period.until <= period.from) {
    r.report(until, 'bad-period', `the period of ${what} ends before it starts: it is ignored`);
    return undefined;
  }
  return period;
}

/** An entity's `period: { from, until }`. */
export function readPeriod(r: YamlReader, node: Node | undefined, what: string): Period | undefined {
  if (node === undefined) return undefined;
  const map = r.asMap(node, `the period of ${what} ({ from, until })`);
  if (!map) return undefined;
  const f = r.fields(map, ['from', 'until'], `the period of ${what}`);
  return readPeriodFields(r, f.get('from')?.value, f.get('until')?.value, what);
}

/** A `notMentions:` list of phrases (strings). */
export function readNotMentions(r: YamlReader, node: Node | undefined, entity: string | undefined): NotMention[] {
  const where = entity === undefined ? 'the catalog' : `'${entity}'`;
  const out: NotMention[] = [];
  for (const item of r.asSeq(node, `\`notMentions\` of ${where}`)) {
    const text = r.string(item, `a phrase of \`notMentions\` of ${where}`, item, true);
    if (text !== undefined && text.trim() !== '') out.push({ text, entity, location: { file: r.file, ...r.position(item) } });
  }
  return out;
}

/** `extends: world` or `extends: [world, other]`. */
export function readExtends(r: YamlReader, node: Node | undefined): ExtendsName[] {
  if (node === undefined) return [];
  const items = isScalar(node) ? [node] : r.asSeq(node, '`extends` (a catalog name or a list of them)');
  const out: ExtendsName[] = [];
  for (const item of items) {
    const name = r.string(item, 'a catalog named in `extends`', item, true);
    if (name !== undefined) out.push({ name, ...r.position(item) });
  }
  return out;
}

/** The optional fields of an alias written as a mapping: `{ text, ignoreCase, from, until }`. */
export const ALIAS_KEYS = ['text', 'ignoreCase', 'from', 'until'] as const;

/** Reads an alias mapping's period. */
export function aliasPeriod(r: YamlReader, f: Map<string, { key: Node; value: Node | undefined }>, what: string): Period | undefined {
  return readPeriodFields(r, f.get('from')?.value, f.get('until')?.value, what);
}
