/**
 * Checks that span the whole catalog (several files merge into one, over the catalogs they
 * extend): duplicate ids, relation targets that do not exist, a spelling claimed by two entities
 * at the same dates, and phrases that are never mentions but contain no spelling to hide. Each
 * finding is located and the offending part is dropped, so the rest of the catalog keeps working.
 */
import { periodsOverlap, type Period } from './catalogPeriod';
import type { Alias, Catalog, DeclaredEntity, Entity, NotMention, ParsedCatalogFile, SourceLocation } from './catalogTypes';
import { layerEntities } from './catalogLayers';
import type { Diagnostic } from '../base/diagnostics';
import { charTables, foldText, isWordAt } from '../text/charClasses';

function diag(at: SourceLocation, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file: at.file, line: at.line, column: at.column, severity, code, message };
}

interface Claim {
  entity: string;
  ignoreCase: boolean;
  exact: string;
  period: Period | undefined;
  at: SourceLocation;
}

/** `files` (the workspace's) over `bases` (the catalogs they extend, lowest first). */
export function checkCatalog(files: readonly ParsedCatalogFile[], bases: ReadonlyArray<readonly ParsedCatalogFile[]> = []): Catalog {
  const diagnostics: Diagnostic[] = [...bases.flat(), ...files].flatMap((f) => f.diagnostics);
  const layered = layerEntities([...bases, files]);
  diagnostics.push(...layered.diagnostics);
  const declared: DeclaredEntity[] = layered.entities;
  const ids = new Set(declared.map((e) => e.id));
  const claims = new Map<string, Claim[]>();
  const entities: Entity[] = declared.map((e) => {
    const relations = e.relations.filter((rel, i) => {
      if (ids.has(rel.target)) return true;
      diagnostics.push(
        diag(e.relationLocations[i], 'unknown-target', `relation '${rel.type}' of '${e.id}' points to unknown entity '${rel.target}'`),
      );
      return false;
    });
    const candidates: Array<[Alias, SourceLocation]> = [
      [{ text: e.name, ignoreCase: false }, e.location],
      ...e.aliases.map((a, i): [Alias, SourceLocation] => [a, e.aliasLocations[i]]),
    ];
    const spellings = candidates.filter(([a, at]) => claimSpelling(claims, e.id, a, at, diagnostics)).map(([a]) => a);
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      type: e.type,
      aliases: e.aliases,
      spellings,
      wikidata: e.wikidata,
      iso: e.iso,
      period: e.period,
      description: e.description,
      relations,
      location: e.location,
    };
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const phrases = [...bases.flat(), ...files].flatMap((f) => f.notMentions).concat(declared.flatMap((e) => e.notMentions));
  const notMentions = phrases.filter((p) => checkPhrase(p, p.entity === undefined ? entities : [byId.get(p.entity)!], diagnostics));
  return { entities, byId, notMentions, diagnostics };
}

/** Registers a spelling for an entity; false (with a diagnostic) when it cannot be matched or
 * another entity already has it at the same dates. Spellings equal up to case clash when either
 * ignores case. */
function claimSpelling(claims: Map<string, Claim[]>, entity: string, alias: Alias, at: SourceLocation, out: Diagnostic[]): boolean {
  const { lower, equiv } = charTables();
  const nfc = alias.text.normalize('NFC');
  const key = foldText(nfc, lower);
  if (key === '' || !isWordAt(key, 0)) {
    out.push(
      diag(at, 'unmatchable-alias', `alias '${alias.text}' of '${entity}' must start with a letter or digit to be matched`, 'warning'),
    );
    return false;
  }
  const exact = foldText(nfc, equiv);
  const list = claims.get(key) ?? [];
  for (const c of list) {
    if (c.entity === entity) continue;
    const sameText = c.ignoreCase || alias.ignoreCase || c.exact === exact;
    if (sameText && periodsOverlap(c.period ?? {}, alias.period ?? {})) {
      out.push(
        diag(
          at,
          'alias-conflict',
          `'${alias.text}' of '${entity}' is already a spelling of '${c.entity}' (${c.at.file}:${c.at.line}) at the same dates; it is not matched for '${entity}' (give both a period, \`from\` / \`until\`, if the name changed hands)`,
        ),
      );
      return false;
    }
  }
  list.push({ entity, ignoreCase: alias.ignoreCase, exact, period: alias.period, at });
  claims.set(key, list);
  return true;
}

/** A phrase must contain a spelling (of its entity, or of any entity) to hide; a warning if not. */
function checkPhrase(phrase: NotMention, owners: readonly Entity[], out: Diagnostic[]): boolean {
  const { lower } = charTables();
  const folded = foldText(phrase.text.normalize('NFC'), lower);
  if (!isWordAt(folded, 0)) {
    out.push(diag(phrase.location, 'unmatchable-phrase', `the phrase '${phrase.text}' must start with a letter or digit`, 'warning'));
    return false;
  }
  const contains = (spelling: string): boolean => {
    const key = foldText(spelling.normalize('NFC'), lower);
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const end = at + key.length;
      const startsWord = at === 0 || !isWordAt(folded, at - 1);
      const endsWord = end >= folded.length || !isWordAt(folded, end) || !isWordAt(key, key.length - 1);
      if (startsWord && endsWord) return true;
    }
    return false;
  };
  if (owners.some((e) => e.spellings.some((s) => contains(s.text)))) return true;
  const whose = phrase.entity === undefined ? 'any entity' : `'${phrase.entity}'`;
  out.push(
    diag(
      phrase.location,
      'phrase-hides-nothing',
      `the phrase '${phrase.text}' contains no name or alias of ${whose}: it hides nothing`,
      'warning',
    ),
  );
  return false;
}
