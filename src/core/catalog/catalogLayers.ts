/**
 * Catalog files in layers: the catalogs a file `extends` (the shipped world catalog) come first,
 * then the workspace's files. An entity whose id a lower layer declared extends it: its name,
 * kind and type replace the lower one's, so do the optional fields it gives (description, iso,
 * period, wikidata), and its aliases, relations and phrases are added to the lower one's. Within a
 * layer an id declared twice is an error, as before.
 */
import type { DeclaredEntity, ParsedCatalogFile } from './catalogTypes';
import type { Diagnostic } from '../base/diagnostics';

export interface CatalogLayers {
  /** Entities in declaration order (a lower layer's first), extended by the upper layers. */
  entities: DeclaredEntity[];
  diagnostics: Diagnostic[];
}

function duplicate(e: DeclaredEntity, first: DeclaredEntity): Diagnostic {
  return {
    file: e.location.file,
    line: e.location.line,
    column: e.location.column,
    severity: 'error',
    code: 'duplicate-id',
    message: `duplicate entity id '${e.id}' (first declared at ${first.location.file}:${first.location.line}); this one is ignored`,
  };
}

/** `items` with the `extra` items none of them equals, each with its location. */
function union<T, L>(
  items: readonly T[],
  at: readonly L[],
  extra: readonly T[],
  extraAt: readonly L[],
  same: (a: T, b: T) => boolean,
): [T[], L[]] {
  const out = [...items];
  const outAt = [...at];
  extra.forEach((item, i) => {
    if (out.some((o) => same(o, item))) return;
    out.push(item);
    outAt.push(extraAt[i]);
  });
  return [out, outAt];
}

/** `upper` laid over `lower` (same id). */
function extend(lower: DeclaredEntity, upper: DeclaredEntity): DeclaredEntity {
  const [aliases, aliasLocations] = union(
    lower.aliases,
    lower.aliasLocations,
    upper.aliases,
    upper.aliasLocations,
    (a, b) =>
      a.text === b.text && a.ignoreCase === b.ignoreCase && a.period?.from === b.period?.from && a.period?.until === b.period?.until,
  );
  const [relations, relationLocations] = union(
    lower.relations,
    lower.relationLocations,
    upper.relations,
    upper.relationLocations,
    (a, b) => a.type === b.type && a.target === b.target,
  );
  return {
    ...lower,
    name: upper.name,
    kind: upper.kind,
    type: upper.type,
    description: upper.description ?? lower.description,
    wikidata: upper.wikidata ?? lower.wikidata,
    iso: upper.iso ?? lower.iso,
    period: upper.period ?? lower.period,
    aliases,
    aliasLocations,
    relations,
    relationLocations,
    notMentions: [...lower.notMentions, ...upper.notMentions],
    location: upper.location,
  };
}

/** Lays the layers over each other, lowest first. */
export function layerEntities(layers: ReadonlyArray<readonly ParsedCatalogFile[]>): CatalogLayers {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, { entity: DeclaredEntity; layer: number }>();
  const order: string[] = [];
  layers.forEach((files, layer) => {
    for (const file of files) {
      for (const e of file.entities) {
        const known = byId.get(e.id);
        if (!known) {
          byId.set(e.id, { entity: e, layer });
          order.push(e.id);
        } else if (known.layer < layer) {
          byId.set(e.id, { entity: extend(known.entity, e), layer });
        } else {
          diagnostics.push(duplicate(e, known.entity));
        }
      }
    }
  });
  return { entities: order.map((id) => byId.get(id)!.entity), diagnostics };
}
