// "New Code…" (from the palette, or under a code of the Codes tree) and "Open Codebook".
import * as vscode from 'vscode';
import { plainMessage } from '../../core/text/plainMessage';
import { codePath } from '../../core/tagging/codePickEntries';
import { STARTER_CODEBOOK } from '../../services/annotations/codebookService';
import { codeRef } from '../shared/annotationArgs';
import { askCodeName, createNamedCode } from './newCodeFlow';
import { trusted, type Tagging } from './taggingContext';

export const CREATE_CODEBOOK = 'Create codebook.yaml';

/** The id of the new code, or undefined when cancelled or refused. */
export async function createCode(t: Tagging, args: readonly unknown[]): Promise<string | undefined> {
  if (!trusted('Adding a code')) return undefined;
  const { codebook } = t.services;
  const parentId = codeRef(args);
  const parent = parentId === undefined ? undefined : codebook.code(parentId);
  if (parentId !== undefined && !parent) throw new Error(`no code '${parentId}' in the codebook`);
  const totalSteps = parent ? 1 : 2;
  const where = parent ? ` under ${codePath(parent, codebook.codebook.byId)}` : '';
  const name = await askCodeName(t, where, { title: 'New Code: name', step: 1, totalSteps });
  if (name === undefined) return undefined;
  const id = await createNamedCode(t, name, parentId, { title: 'New Code: place', step: 2, totalSteps });
  if (id !== undefined) {
    const added = codebook.code(id);
    void vscode.window.showInformationMessage(
      plainMessage(`Added the code “${name}” (${id}) to ${added?.location.file ?? 'the codebook'}.`),
    );
  }
  return id;
}

/** Opens the first codebook; without one, offers to create `codebook.yaml` at the workspace root. */
export async function openCodebook(t: Tagging): Promise<vscode.TextEditor | undefined> {
  const { codebook } = t.services;
  await codebook.loaded;
  const first = codebook.files[0];
  if (first) return vscode.window.showTextDocument(first);
  const choice = await t.prompts.notify(
    'This workspace has no codebook (setting policyAnnotator.codebookFiles). Create codebook.yaml at its root?',
    CREATE_CODEBOOK,
  );
  if (choice !== CREATE_CODEBOOK || !trusted('Creating the codebook')) return undefined;
  await codebook.rewrite((text) => ({ ok: true, text: text.trim() === '' ? STARTER_CODEBOOK : text }));
  const created = codebook.files[0];
  if (!created) throw new Error('codebook.yaml was written but is not matched by the setting policyAnnotator.codebookFiles');
  return vscode.window.showTextDocument(created);
}
