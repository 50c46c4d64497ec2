/**
 * Bench entities as plain data, rendered to `entities.yaml` text in the layout analysts write, so
 * that the bench times the real loader (YAML parse and catalog checks) on it.
 */

export interface SpecAlias {
  text: string;
  ignoreCase: boolean;
}

export interface SpecEntity {
  id: string;
  name: string;
  kind: 'actor' | 'institution';
  type: string;
  aliases: SpecAlias[];
  relations: Array<{ type: string; target: string }>;
  wikidata?: string;
  description?: string;
}

/** Every scalar is written as a JSON string, which YAML reads as a double-quoted scalar. */
const q = (s: string): string => JSON.stringify(s);

export function renderCatalogYaml(entities: readonly SpecEntity[], header: string): string {
  const out: string[] = [`# ${header}`, 'entities:'];
  for (const e of entities) {
    out.push(`  - id: ${e.id}`, `    name: ${q(e.name)}`, `    kind: ${e.kind}`, `    type: ${e.type}`);
    if (e.wikidata) out.push(`    wikidata: ${e.wikidata}`);
    if (e.description) out.push(`    description: ${q(e.description)}`);
    if (e.aliases.length > 0) {
      out.push('    aliases:');
      for (const a of e.aliases) out.push(a.ignoreCase ? `      - { text: ${q(a.text)}, ignoreCase: true }` : `      - ${q(a.text)}`);
    }
    if (e.relations.length > 0) {
      out.push('    relations:');
      for (const r of e.relations) out.push(`      - { type: ${r.type}, target: ${r.target} }`);
    }
  }
  return out.join('\n') + '\n';
}

/** The case- and space-insensitive key under which the bench keeps spellings apart (ASCII names). */
export function spellingKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
