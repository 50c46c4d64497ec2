/**
 * Checks that span the whole catalog (several files merge into one): duplicate ids, relation
 * targets that do not exist, and a spelling claimed by two entities. Each finding is located and
 * the offending part is dropped, so the rest of the catalog keeps working.
 */
import type { Alias, Catalog, Entity, SourceLocation } from './catalogTypes';
import type { ParsedCatalogFile, DeclaredEntity } from './catalogLoader';
import type { Diagnostic } from './diagnostics';
import { charTables, foldText, isWordAt } from './charClasses';

function diag(at: SourceLocation, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file: at.file, line: at.line, column: at.column, severity, code, message };
}

interface Claim { entity: string; ignoreCase: boolean; exact: string; at: SourceLocation }

export function checkCatalog(files: readonly ParsedCatalogFile[]): Catalog {
  const diagnostics: Diagnostic[] = files.flatMap((f) => f.diagnostics);
  const byId = new Map<string, Entity>();
  const declared: DeclaredEntity[] = [];
  for (const file of files) {
    for (const e of file.entities) {
      const first = byId.get(e.id);
      if (first) {
        diagnostics.push(diag(e.location, 'duplicate-id', `duplicate entity id '${e.id}' (first declared at ${first.location.file}:${first.location.line}); this one is ignored`));
        continue;
      }
      byId.set(e.id, e);
      declared.push(e);
    }
  }
  const claims = new Map<string, Claim[]>();
  const entities: Entity[] = declared.map((e) => {
    const relations = e.relations.filter((rel, i) => {
      if (byId.has(rel.target)) return true;
      diagnostics.push(diag(e.relationLocations[i], 'unknown-target', `relation '${rel.type}' of '${e.id}' points to unknown entity '${rel.target}'`));
      return false;
    });
    const candidates: Array<[Alias, SourceLocation]> = [
      [{ text: e.name, ignoreCase: false }, e.location],
      ...e.aliases.map((a, i): [Alias, SourceLocation] => [a, e.aliasLocations[i]]),
    ];
    const spellings = candidates.filter(([a, at]) => claimSpelling(claims, e.id, a, at, diagnostics)).map(([a]) => a);
    return {
      id: e.id, name: e.name, kind: e.kind, type: e.type, aliases: e.aliases, spellings,
      wikidata: e.wikidata, description: e.description, relations, location: e.location,
    };
  });
  return { entities, byId: new Map(entities.map((e) => [e.id, e])), diagnostics };
}

/** Registers a spelling for an entity; false (with a diagnostic) when it cannot be matched or
 * another entity already has it. Spellings equal up to case clash when either ignores case. */
function claimSpelling(claims: Map<string, Claim[]>, entity: string, alias: Alias, at: SourceLocation, out: Diagnostic[]): boolean {
  const { lower, equiv } = charTables();
  const nfc = alias.text.normalize('NFC');
  const key = foldText(nfc, lower);
  if (key === '' || !isWordAt(key, 0)) {
    out.push(diag(at, 'unmatchable-alias', `alias '${alias.text}' of '${entity}' must start with a letter or digit to be matched`, 'warning'));
    return false;
  }
  const exact = foldText(nfc, equiv);
  const list = claims.get(key) ?? [];
  for (const c of list) {
    if (c.entity === entity) continue;
    if (c.ignoreCase || alias.ignoreCase || c.exact === exact) {
      out.push(diag(at, 'alias-conflict', `'${alias.text}' of '${entity}' is already a spelling of '${c.entity}' (${c.at.file}:${c.at.line}); it is not matched for '${entity}'`));
      return false;
    }
  }
  list.push({ entity, ignoreCase: alias.ignoreCase, exact, at });
  claims.set(key, list);
  return true;
}
