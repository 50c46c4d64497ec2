/**
 * The REFI-QDA CodeBook of an export: the codebook's hierarchy with names, colours and
 * descriptions (every code codable: an analyst may tag with a parent code too), then the codes
 * annotations use but the codebook lacks (named by their id), and, with `--entities-as-codes`, a
 * folder "Entities" (not codable) holding one folder per kind and one code per mentioned entity.
 * GUIDs are name-based (qdeGuids.ts): the same ids give the same GUIDs on every export.
 */
import type { EntityKind } from '../catalog/catalogTypes';
import type { Code } from '../codebook/codebook';
import type { QdeCode } from './qdeModel';
import { qdeGuid } from './qdeGuids';
import type { QdeEntityInput } from './qdeExportInput';
import type { QdeLossLog } from './qdeLosses';

export const codeGuid = (id: string): string => qdeGuid('code', id);
export const entityCodeGuid = (id: string): string => qdeGuid('entity', id);

/** The codebook's codes, then those `used` that it does not hold, in order of first use. */
export function codebookCodes(
  codes: readonly Code[],
  used: readonly string[],
  log: QdeLossLog,
  clean: (text: string) => string,
): QdeCode[] {
  const known = new Set<string>();
  const convert = (code: Code): QdeCode => {
    known.add(code.id);
    return {
      guid: codeGuid(code.id),
      name: clean(code.name),
      isCodable: true,
      color: code.color,
      description: code.description === undefined ? undefined : clean(code.description),
      noteRefs: [],
      children: code.children.map(convert),
    };
  };
  const out = codes.map(convert);
  for (const id of used) {
    if (known.has(id)) continue;
    known.add(id);
    log.note('code-not-in-codebook', id);
    out.push({ guid: codeGuid(id), name: clean(id), isCodable: true, noteRefs: [], children: [] });
  }
  return out;
}

const KIND_FOLDERS: Record<EntityKind, string> = { actor: 'Actors', institution: 'Institutions' };

/** The "Entities" folder: a folder per kind, a code per entity in `ids` (sorted by name, then id). */
export function entityCodes(entities: readonly QdeEntityInput[], clean: (text: string) => string): QdeCode {
  const folders: QdeCode[] = [];
  for (const kind of Object.keys(KIND_FOLDERS) as EntityKind[]) {
    const ofKind = entities.filter((e) => e.kind === kind).sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
    if (ofKind.length === 0) continue;
    folders.push({
      guid: qdeGuid('entity', '', kind),
      name: KIND_FOLDERS[kind],
      isCodable: false,
      noteRefs: [],
      children: ofKind.map((e) => ({
        guid: entityCodeGuid(e.id),
        name: clean(e.name),
        isCodable: true,
        description: clean(entityDescription(e)),
        noteRefs: [],
        children: [],
      })),
    });
  }
  return {
    guid: qdeGuid('entity', ''),
    name: 'Entities',
    isCodable: false,
    description: 'Catalog entities found by Policy Annotator: each mention of an entity is coded with its code.',
    noteRefs: [],
    children: folders,
  };
}

function entityDescription(e: QdeEntityInput): string {
  const first = `Policy Annotator entity ${e.id} (${e.kind}, ${e.type})`;
  return e.description === undefined ? first : `${first}\n${e.description}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
