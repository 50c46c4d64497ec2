/**
 * GUIDs for a REFI-QDA export, derived from Policy Annotator's own stable ids, so exporting the same
 * folder twice gives the same GUIDs and a re-import can match what it exported. Each GUID is a
 * name-based (version 5, SHA-1) UUID of the kind of thing and its ids, in the project's namespace;
 * an annotation whose id already is a UUID keeps it as its selection's GUID, so the import can give
 * it back its id.
 */
import { v5 as uuidv5, validate as isUuid } from 'uuid';

/** The project's namespace: itself name-based, from the URL namespace and the project's name. */
const NAMESPACE = uuidv5('urn:policy-annotator:refi-qda', uuidv5.URL);

export type QdeGuidKind = 'project' | 'user' | 'code' | 'entity' | 'variable' | 'source' | 'selection' | 'coding' | 'note' | 'mention';

/** The GUID of one thing: the same kind and parts give the same GUID on every machine and run. */
export function qdeGuid(kind: QdeGuidKind, ...parts: readonly (string | number)[]): string {
  return uuidv5(JSON.stringify([kind, ...parts]), NAMESPACE);
}

/**
 * The selection GUID of an annotation: its id when that is a UUID not yet used in this export
 * (`used` collects them), or else one derived from the document's path and the id.
 */
export function selectionGuid(documentPath: string, annotationId: string, used: Set<string>): string {
  const own = annotationId.toLowerCase();
  const guid = isUuid(own) && !used.has(own) ? own : qdeGuid('selection', documentPath, annotationId);
  used.add(guid);
  return guid;
}

/** A GUID as tools write it (upper or lower case, with or without braces) in the one form compared. */
export function canonicalGuid(text: string): string | undefined {
  const bare = text
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .toLowerCase();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(bare) ? bare : undefined;
}
