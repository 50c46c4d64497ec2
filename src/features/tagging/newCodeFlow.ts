// A new code added to the codebook: where it goes (top level, or under a code), then written
// through the codebook service (the file spliced, comments and layout kept, written atomically).
// Its id is derived from its name and its colour from its parent or a palette.
import * as vscode from 'vscode';
import { addCode } from '../../core/codebook/codebookEdit';
import { codePickEntries, type CodeEntry } from '../../core/tagging/codePickEntries';
import { codeNameProblem, newCodeColor, newCodeId } from '../../core/tagging/newCode';
import type { PromptStep } from '../catalogEditing/prompts';
import type { Tagging } from './taggingContext';

interface PlaceItem extends vscode.QuickPickItem {
  parentId?: string;
}

export const TOP_LEVEL = 'Top level';

/** The parent of a new code: undefined for the top level, null when the analyst pressed Escape. */
export async function pickParent(t: Tagging, name: string, step: PromptStep): Promise<string | undefined | null> {
  const { codebook } = t.services.codebook;
  const codes = codePickEntries(codebook, []).filter((e): e is CodeEntry => e.kind === 'code');
  await t.swatches.ensure(codes.map((c) => c.color));
  const items: PlaceItem[] = [
    { label: TOP_LEVEL, description: 'a new branch of the codebook', iconPath: new vscode.ThemeIcon('list-tree') },
    { label: 'Under…', kind: vscode.QuickPickItemKind.Separator },
    ...codes.map((c) => ({ label: c.label, description: c.description, iconPath: t.swatches.icon(c.color), parentId: c.id })),
  ];
  const chosen = await t.prompts.pick(items, `Where does the code "${name}" go? (its colour follows its parent)`, step);
  return chosen === undefined ? null : chosen.parentId;
}

/** Adds the code and returns its id. */
export async function addNewCode(t: Tagging, name: string, parentId: string | undefined): Promise<string> {
  const service = t.services.codebook;
  let id = '';
  // Decided when the codebook has been read as it is on disk (the rewrite waits for that): a
  // name the codebook already has is refused, never added twice.
  await service.rewrite((text, file) => {
    const clash = codeNameProblem(name, service.codebook);
    if (clash) throw new Error(clash);
    id = newCodeId(name, service.codebook);
    return addCode(text, file, { id, name: name.trim(), color: newCodeColor(service.codebook, parentId) }, parentId);
  }, parentId);
  const added = service.code(id);
  t.services.log.info(
    `Added code '${id}' to ${added?.location.file ?? 'the codebook'}${parentId === undefined ? '' : ` under '${parentId}'`}.`,
  );
  return id;
}

/** Asks for the name of a new code (`where` says under which code, or is empty); undefined on Escape. */
export function askCodeName(t: Tagging, where: string, step: PromptStep): Promise<string | undefined> {
  const { codebook } = t.services;
  return t.prompts.input('', `Name of the new code${where} (its id is derived from it)`, step, (v) =>
    codeNameProblem(v, codebook.codebook),
  );
}

/** Asks where a code named `name` goes and adds it; undefined when the analyst pressed Escape. */
export async function createNamedCode(
  t: Tagging,
  name: string,
  parentId: string | undefined,
  step: PromptStep,
): Promise<string | undefined> {
  const parent = parentId ?? (await pickParent(t, name, step));
  return parent === null ? undefined : addNewCode(t, name, parent);
}
