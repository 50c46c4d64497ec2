/**
 * catalog/: the entity catalog: types, loading, cross-file checks, layers and `extends`, dated
 * names and document dates, relations, spelling owners (edits in catalog/edit/).
 *
 * Loads `entities.yaml` files (ARCHITECTURE.md, Files the analyst owns) into a Catalog. Every problem becomes a diagnostic with
 * file, line and column; the entities that are sound stay usable.
 */
import { isScalar, type Node } from 'yaml';
import { ALIAS_KEYS, aliasPeriod, readExtends, readNotMentions, readPeriod } from './catalogFields';
import type { Alias, Catalog, DeclaredEntity, EntityKind, ParsedCatalogFile, Relation, SourceLocation } from './catalogTypes';
import { checkCatalog } from './catalogChecks';
import { parseYaml, type ParsedYaml } from '../yaml/yamlFile';
import { YamlReader } from '../yaml/yamlReader';

/** One file's entities before cross-file checks (duplicate ids, relation targets, alias clashes). */
const ENTITY_KEYS = [
  'id',
  'name',
  'kind',
  'type',
  'aliases',
  'wikidata',
  'iso',
  'period',
  'description',
  'relations',
  'notMentions',
] as const;
const ISO_PATTERN = /^[A-Z]{3}$/;
const KINDS: readonly EntityKind[] = ['actor', 'institution'];
const ID_PATTERN = /^[\p{Ll}\p{Lo}0-9][\p{Ll}\p{Lo}0-9._-]*$/u;
const QID_PATTERN = /^Q[1-9][0-9]*$/;

export function parseCatalogFile(text: string, file: string): ParsedCatalogFile {
  return readCatalogFile(parseYaml(text, file), file);
}

/** The entities of an already parsed catalog file (an editor of the file parses it once). */
export function readCatalogFile(parsed: ParsedYaml, file: string): ParsedCatalogFile {
  const result: ParsedCatalogFile = { file, entities: [], extends: [], notMentions: [], diagnostics: parsed.diagnostics };
  if (!parsed.doc) return result;
  const r = new YamlReader(file, parsed.doc, parsed.lines);
  const contents = r.resolve(parsed.doc.contents);
  if (contents === undefined || (isScalar(contents) && contents.value === null)) return result;
  const top = r.asMap(contents, 'the catalog (a mapping with an `entities:` list)');
  if (top) {
    const fields = r.fields(top, ['extends', 'notMentions', 'entities'], 'the catalog');
    result.extends = readExtends(r, fields.get('extends')?.value);
    result.notMentions = readNotMentions(r, fields.get('notMentions')?.value, undefined);
    for (const item of r.asSeq(fields.get('entities')?.value, '`entities`')) {
      const entity = readEntity(r, item);
      if (entity) result.entities.push(entity);
    }
  }
  result.diagnostics.push(...r.diagnostics);
  result.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return result;
}

function readEntity(r: YamlReader, node: Node): DeclaredEntity | undefined {
  const map = r.asMap(node, 'an entity');
  if (!map) return undefined;
  const f = r.fields(map, ENTITY_KEYS, 'an entity');
  const id = r.string(f.get('id')?.value, 'entity `id`', map, true);
  const name = r.string(f.get('name')?.value, 'entity `name`', map, true);
  if (id === undefined || name === undefined) return undefined;
  if (!ID_PATTERN.test(id))
    r.report(f.get('id')?.value, 'bad-id', `id '${id}' should be a lowercase slug (letters, digits, '-', '.', '_')`, 'warning');
  const kindText = r.string(f.get('kind')?.value, `\`kind\` of '${id}'`, map, true);
  let kind: EntityKind = 'actor';
  if (kindText !== undefined) {
    if ((KINDS as readonly string[]).includes(kindText)) kind = kindText as EntityKind;
    else r.report(f.get('kind')?.value, 'bad-kind', `kind of '${id}' must be 'actor' or 'institution', not '${kindText}'`);
  }
  const type = r.string(f.get('type')?.value, `\`type\` of '${id}'`, map, true) ?? 'other';
  let wikidata = r.string(f.get('wikidata')?.value, `\`wikidata\` of '${id}'`, map, false);
  if (wikidata !== undefined && !QID_PATTERN.test(wikidata)) {
    r.report(f.get('wikidata')?.value, 'bad-wikidata', `wikidata of '${id}' must be a QID such as Q159, not '${wikidata}'`);
    wikidata = undefined;
  }
  let iso = r.string(f.get('iso')?.value, `\`iso\` of '${id}'`, map, false);
  if (iso !== undefined && !ISO_PATTERN.test(iso)) {
    r.report(f.get('iso')?.value, 'bad-iso', `iso of '${id}' must be an ISO 3166-1 alpha-3 code such as RUS, not '${iso}'`);
    iso = undefined;
  }
  const period = readPeriod(r, f.get('period')?.value, `'${id}'`);
  const description = r.string(f.get('description')?.value, `\`description\` of '${id}'`, map, false);
  const { aliases, aliasLocations } = readAliases(r, f.get('aliases')?.value, id);
  const { relations, relationLocations } = readRelations(r, f.get('relations')?.value, id);
  const notMentions = readNotMentions(r, f.get('notMentions')?.value, id);
  const location = { file: r.file, ...r.position(map) };
  return {
    id,
    name,
    kind,
    type,
    aliases,
    wikidata,
    iso,
    period,
    description,
    relations,
    location,
    spellings: [],
    aliasLocations,
    relationLocations,
    notMentions,
  };
}

function readAliases(r: YamlReader, node: Node | undefined, id: string): { aliases: Alias[]; aliasLocations: SourceLocation[] } {
  const aliases: Alias[] = [];
  const aliasLocations: SourceLocation[] = [];
  for (const item of r.asSeq(node, `\`aliases\` of '${id}'`)) {
    let alias: Alias | undefined;
    if (isScalar(item)) {
      const text = r.string(item, `an alias of '${id}'`, item, true);
      if (text !== undefined) alias = { text, ignoreCase: false };
    } else {
      const map = r.asMap(item, `an alias of '${id}' (a string or {text, ignoreCase})`);
      if (map) {
        const f = r.fields(map, ALIAS_KEYS, `an alias of '${id}'`);
        const text = r.string(f.get('text')?.value, `alias \`text\` of '${id}'`, map, true);
        const period = aliasPeriod(r, f, `the alias '${text ?? ''}' of '${id}'`);
        if (text !== undefined)
          alias = { text, ignoreCase: r.boolean(f.get('ignoreCase')?.value, 'ignoreCase') ?? false, ...(period ? { period } : {}) };
      }
    }
    if (alias) {
      aliases.push(alias);
      aliasLocations.push({ file: r.file, ...r.position(item) });
    }
  }
  return { aliases, aliasLocations };
}

function readRelations(r: YamlReader, node: Node | undefined, id: string): { relations: Relation[]; relationLocations: SourceLocation[] } {
  const relations: Relation[] = [];
  const relationLocations: SourceLocation[] = [];
  for (const item of r.asSeq(node, `\`relations\` of '${id}'`)) {
    const map = r.asMap(item, `a relation of '${id}' ({type, target})`);
    if (!map) continue;
    const f = r.fields(map, ['type', 'target'], `a relation of '${id}'`);
    const type = r.string(f.get('type')?.value, `relation \`type\` of '${id}'`, map, true);
    const target = r.string(f.get('target')?.value, `relation \`target\` of '${id}'`, map, true);
    if (type === undefined || target === undefined) continue;
    relations.push({ type, target });
    relationLocations.push({ file: r.file, ...r.position(f.get('target')?.value ?? map) });
  }
  return { relations, relationLocations };
}

/** Merges catalog files (in order) over the catalogs they extend (lowest first) and runs the cross-file checks. */
export function buildCatalog(files: readonly ParsedCatalogFile[], bases: ReadonlyArray<readonly ParsedCatalogFile[]> = []): Catalog {
  return checkCatalog(files, bases);
}

/** One file, parsed and checked. */
export function loadCatalog(text: string, file: string): Catalog {
  return buildCatalog([parseCatalogFile(text, file)]);
}
