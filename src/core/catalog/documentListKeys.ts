/**
 * Checks of the keys of a documents.yaml's entries that the YAML itself cannot see: `Date` or
 * `PATH` (keys are case-sensitive, so these are attributes, and the document goes undated or
 * unlisted), and one attribute spelled two ways in one list (`country` and `Country`, `genre` and
 * `Genre`), which analyses would count as two attributes.
 */
import { isScalar, type Node, type YAMLMap } from 'yaml';
import type { YamlReader } from '../yaml/yamlReader';

const READ_KEYS = ['path', 'date'];

/** A key as compared for spelling: case, `-`, `_` and spaces aside. */
const spelling = (key: string): string => key.toLowerCase().replace(/[-_\s]/g, '');

export function checkEntryKeys(r: YamlReader, entries: readonly YAMLMap[]): void {
  /** The key nodes of each spelling, by the spelling compared. */
  const spellings = new Map<string, Map<string, Node[]>>();
  for (const entry of entries) {
    for (const pair of entry.items) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string') continue;
      const name = key.value;
      const read = READ_KEYS.find((k) => k === spelling(name));
      if (read !== undefined && read !== name) {
        r.report(
          key,
          'key-case',
          `'${name}' is not read as the document's ${read}, only as an attribute (keys are case-sensitive): write '${read}'`,
          'warning',
        );
        continue;
      }
      if (read !== undefined) continue;
      const group = spellings.get(spelling(name)) ?? new Map<string, Node[]>();
      spellings.set(spelling(name), group);
      group.set(name, [...(group.get(name) ?? []), key]);
    }
  }
  for (const group of spellings.values()) {
    if (group.size < 2) continue;
    // The spelling most entries use is the one meant (the first one written on a tie).
    const [usual, usualKeys] = [...group].reduce((best, next) => (next[1].length > best[1].length ? next : best));
    for (const [name, keys] of group) {
      if (name === usual) continue;
      for (const key of keys) {
        r.report(
          key,
          'key-case',
          `'${name}' is written '${usual}' in ${usualKeys.length === 1 ? 'another entry' : `${usualKeys.length} other entries`}; analyses count them as two attributes`,
          'warning',
        );
      }
    }
  }
}
