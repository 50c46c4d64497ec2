/**
 * One text source's selections as annotations of its document's sidecar: the selection's GUID is
 * the annotation's id (so a second import of the same project, or of our own export, finds it and
 * adds nothing), its codings the codes, its Description and the Notes it refers to the note, its
 * creating user's name the author; quote, context and positions come from the source's text
 * (createTarget.ts) in the line-end reading chosen for it (qdeLineEnds.ts).
 */
import { createTarget } from '../anchoring/createTarget';
import type { TextTarget } from '../anchoring/anchorTypes';
import type { SidecarModel } from '../sidecars/sidecarModel';
import { TIMESTAMP_PATTERN } from '../sidecars/sidecarTypes';
import type { QdeProblem } from './qdeImportReport';
import type { QdePlainTextSelection } from './qdeModel';
import type { SourceText } from './qdeLineEnds';
import { qdeGuid } from './qdeGuids';

export interface ProjectLookups {
  readonly lines: ReadonlyMap<string, number>;
  readonly codeIds: ReadonlyMap<string, string>;
  /** Codes of the entity index of a Policy Annotator export: their codings are not imported. */
  readonly entityCodes: ReadonlySet<string>;
  /** Selection GUIDs met so far in this project (a GUID must name one selection). */
  readonly selectionsSeen: Set<string>;
  readonly userNames: ReadonlyMap<string, string>;
  readonly notes: ReadonlyMap<string, string>;
}

export interface SelectionCounts {
  added: number;
  present: number;
  skipped: number;
  /** Selections that only carried entity codes (the exported entity index). */
  entityMentions: number;
}

/** Adds to `model` (the sidecar of the document at `path`) each selection it does not hold yet;
 * problems name the selection. */
export function addSelections(
  path: string,
  model: SidecarModel,
  selections: readonly QdePlainTextSelection[],
  text: SourceText,
  project: ProjectLookups,
  problems: QdeProblem[],
): SelectionCounts {
  const counts: SelectionCounts = { added: 0, present: 0, skipped: 0, entityMentions: 0 };
  // Ids compared without case: a UUID id written in capitals comes back from an export in lower
  // case; an id that is no UUID comes back as the GUID the export derived from it (qdeGuids.ts).
  const held = new Set(model.ids.flatMap((id) => [id.toLowerCase(), qdeGuid('selection', path, id)]));
  for (const s of selections) {
    const where = { file: 'project.qde', line: project.lines.get(s.guid), element: `PlainTextSelection {${s.guid}}` };
    const warn = (message: string): void => void problems.push({ ...where, severity: 'warning', message });
    const fail = (message: string): void => void problems.push({ ...where, severity: 'error', message });
    if (project.selectionsSeen.has(s.guid)) {
      warn('a second selection with this GUID (a GUID names one selection); skipped');
      counts.skipped++;
      continue;
    }
    project.selectionsSeen.add(s.guid);
    if (held.has(s.guid)) {
      counts.present++;
      continue;
    }
    const entityOnly = s.codings.length > 0 && s.codings.every((c) => project.entityCodes.has(c.codeGuid));
    if (entityOnly && !s.description?.trim() && s.noteRefs.length === 0) {
      counts.entityMentions++;
      continue;
    }
    const target = targetOf(s, text, fail);
    if (!target) {
      counts.skipped++;
      continue;
    }
    model.add({
      id: s.guid,
      codes: codesOf(s, project, fail),
      note: noteOf(s, project, warn),
      target,
      status: 'anchored',
      author: s.creatingUser === undefined ? undefined : project.userNames.get(s.creatingUser),
      created: timestamp(s.creationDateTime, 'creationDateTime', warn),
      modified: timestamp(s.modifiedDateTime, 'modifiedDateTime', warn),
    });
    held.add(s.guid);
    counts.added++;
  }
  return counts;
}

function targetOf(s: QdePlainTextSelection, text: SourceText, warn: (m: string) => void): TextTarget | undefined {
  if (!Number.isSafeInteger(s.start) || !Number.isSafeInteger(s.end) || s.start < 0) {
    warn(`positions ${s.start}..${s.end} are not whole numbers from 0; skipped`);
    return undefined;
  }
  if (s.end <= s.start) {
    warn(`end ${s.end} is not after start ${s.start}; skipped`);
    return undefined;
  }
  if (s.end > text.length) {
    warn(`end ${s.end} beyond the source's ${text.length} characters (${text.said}); skipped`);
    return undefined;
  }
  try {
    return createTarget(text.anchor, text.rawOf(s.start), text.rawOf(s.end));
  } catch (error) {
    warn(`${(error as Error).message}; skipped`);
    return undefined;
  }
}

function codesOf(s: QdePlainTextSelection, project: ProjectLookups, warn: (m: string) => void): string[] {
  const codes: string[] = [];
  for (const coding of s.codings) {
    if (project.entityCodes.has(coding.codeGuid)) continue;
    const id = project.codeIds.get(coding.codeGuid);
    if (id === undefined) warn(`CodeRef {${coding.codeGuid}} names no code of the project; that coding is left out`);
    else if (!codes.includes(id)) codes.push(id);
  }
  return codes;
}

function noteOf(s: QdePlainTextSelection, project: ProjectLookups, warn: (m: string) => void): string | undefined {
  // Kept as written (indentation, a last line break): only parts that are all blank are dropped.
  const parts = s.description?.trim() ? [s.description] : [];
  for (const ref of s.noteRefs) {
    const note = project.notes.get(ref);
    if (note === undefined) warn(`NoteRef {${ref}} names no Note of the project; left out`);
    else if (note.trim() !== '') parts.push(note);
  }
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

function timestamp(value: string | undefined, what: string, warn: (m: string) => void): string | undefined {
  if (value === undefined) return undefined;
  if (TIMESTAMP_PATTERN.test(value)) return value;
  warn(`${what} '${value}' is not an ISO 8601 time; left out`);
  return undefined;
}
