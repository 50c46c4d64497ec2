/**
 * The project's codes in the folder's `codebook.yaml`. Each code is matched to one the codebook
 * has: by GUID first (the exporter derives a code's GUID from its id, qdeGuids.ts, so our own
 * export comes back to the same codes), then by name (ignoring case and spacing) under the same
 * parent, then by a name the codebook holds only once. Codes that match
 * nothing are added under their parent with an id made from the name, keeping the hierarchy;
 * folders (`isCodable="false"`) become parent codes, since a codebook has no folders. The codebook
 * is edited through codebookEdit.ts, which keeps its comments and layout.
 */
import { flattenCodes, loadCodebook } from '../codebook/codebook';
import { addCode } from '../codebook/codebookEdit';
import { uniqueId } from '../catalog/edit/entitySlug';
import { hasErrors } from '../base/diagnostics';
import { qdeGuid } from './qdeGuids';
import type { QdeProblem } from './qdeImportReport';
import type { QdeCode } from './qdeModel';

export interface CodePlan {
  /** The new codebook text; undefined when nothing is added. */
  readonly text: string | undefined;
  /** The codebook id of every code of the project, by GUID. */
  readonly idByGuid: ReadonlyMap<string, string>;
  readonly added: string[];
  readonly matched: number;
  /** The GUIDs of the entity index a Policy Annotator export may carry as codes (never added). */
  readonly entityCodes: ReadonlySet<string>;
  readonly problems: QdeProblem[];
}

/** `text`: the codebook as it is (undefined: there is none yet). Undefined result: the codebook cannot be edited (see `problems`). */
export function planCodes(
  codes: readonly QdeCode[],
  text: string | undefined,
  file: string,
  lines: ReadonlyMap<string, number>,
): CodePlan | { refused: QdeProblem[] } {
  const codebook = loadCodebook(text ?? '', file);
  if (hasErrors(codebook.diagnostics)) {
    return {
      refused: codebook.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => ({
          file: d.file,
          line: d.line,
          severity: 'error',
          message: `${d.message}; fix the codebook first, nothing was imported`,
        })),
    };
  }
  const existing = flattenCodes(codebook.codes);
  const byGuid = new Map(existing.map((c) => [qdeGuid('code', c.id), c.id]));
  // By name under the same parent; else by a name the codebook has only once, wherever it is.
  const byPlace = new Map(existing.map((c) => [place(c.parent, c.name), c.id]));
  const byName = new Map<string, string | null>();
  for (const c of existing) byName.set(key(c.name), byName.has(key(c.name)) ? null : c.id);
  const taken = new Set(existing.map((c) => c.id));
  const idByGuid = new Map<string, string>();
  const added: string[] = [];
  const problems: QdeProblem[] = [];
  let current = text ?? '';
  let matched = 0;
  const inProject = new Map<string, number>();
  const count = (c: QdeCode): void => {
    inProject.set(key(c.name), (inProject.get(key(c.name)) ?? 0) + 1);
    c.children.forEach(count);
  };
  codes.forEach(count);
  const parentOf = new Map(existing.map((c) => [c.id, c.parent]));
  const visit = (code: QdeCode, parentId: string | undefined): void => {
    if (idByGuid.has(code.guid)) {
      problems.push({
        file: 'project.qde',
        line: lines.get(code.guid),
        severity: 'warning',
        element: `Code {${code.guid}} '${code.name}'`,
        message: `a second code with this GUID: its codings go to the first ('${idByGuid.get(code.guid)}'); it is not added`,
      });
      for (const child of code.children) visit(child, idByGuid.get(code.guid));
      return;
    }
    // By its name elsewhere in the codebook only when the project too has one code of that name:
    // two codes the project keeps apart (Alpha › Other, Beta › Other) are never merged.
    const elsewhere = inProject.get(key(code.name)) === 1 ? (byName.get(key(code.name)) ?? undefined) : undefined;
    let id = byGuid.get(code.guid) ?? byPlace.get(place(parentId, code.name)) ?? elsewhere;
    if (id !== undefined && id === elsewhere && byGuid.get(code.guid) === undefined && parentOf.get(id) !== parentId)
      problems.push({
        file: 'project.qde',
        line: lines.get(code.guid),
        severity: 'info',
        element: `Code {${code.guid}} '${code.name}'`,
        message: `taken as the codebook's '${id}', the one code of that name, under another parent`,
      });
    if (id !== undefined) matched++;
    else {
      id = uniqueId(code.name, taken, 'code');
      const rewrite = addCode(
        current,
        file,
        { id, name: oneLine(code.name) || id, description: code.description || undefined, color: sixDigits(code.color) },
        parentId,
      );
      if (!rewrite.ok) {
        problems.push({
          file: 'project.qde',
          line: lines.get(code.guid),
          severity: 'error',
          element: `Code {${code.guid}} '${code.name}'`,
          message: `not added to ${file}: ${rewrite.diagnostics[0]?.message ?? 'refused'}`,
        });
        return;
      }
      current = rewrite.text;
      taken.add(id);
      byPlace.set(place(parentId, code.name), id);
      added.push(id);
    }
    idByGuid.set(code.guid, id);
    for (const child of code.children) visit(child, id);
  };
  // The branch `--entities-as-codes` exports (qdeGuid('entity', '') at its root) is the catalog's
  // auto-coding: the catalog finds those mentions in the text again, so it is not made into codes.
  const entityCodes = new Set<string>();
  const collect = (code: QdeCode): void => {
    entityCodes.add(code.guid);
    code.children.forEach(collect);
  };
  const entityRoot = qdeGuid('entity', '');
  for (const code of codes) {
    if (code.guid === entityRoot) collect(code);
    else visit(code, undefined);
  }
  return { text: added.length > 0 ? current : undefined, idByGuid, added, matched, entityCodes, problems };
}

function place(parent: string | undefined, name: string): string {
  return `${parent ?? ''}\u0000${key(name)}`;
}

function key(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

function oneLine(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** `#abc` → `#aabbcc`; anything else that is not `#rrggbb` is dropped. */
function sixDigits(color: string | undefined): string | undefined {
  if (color === undefined) return undefined;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : undefined;
}
