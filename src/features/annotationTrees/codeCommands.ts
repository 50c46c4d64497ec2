// Renaming and merging codes (issue 5): the codebook and every sidecar change in one step. All
// that could refuse is checked before anything is written — a sidecar that is read-only (or
// cannot be read) and may use the code, a codebook with unsaved changes or that cannot be
// edited safely — so a refusal leaves every file as it was.
import * as vscode from 'vscode';
import { codeNameProblem, mayUseCode, mergeTargets, newCodeIdProblem } from '../../core/codebook/codeChoices';
import type { Code } from '../../core/codebook/codebook';
import { usageOf } from '../../core/codebook/codeUsage';
import { plainMessage } from '../../core/text/plainMessage';
import { SidecarReadOnlyError } from '../../core/sidecars/sidecarModel';
import { removeCode, renameCode, type CodebookRewrite } from '../../core/codebook/codebookEdit';
import { displayPath, readWorkspaceText } from '../../vscode/workspaceFiles';
import { codeRef } from '../shared/annotationArgs';
import { confirm, errorText, workspaceTrusted, type CommandContext } from './commandContext';
import { corpusEntries } from './corpusAnnotations';
import { allCodes, pickCode } from './codePicks';

type Edit = (text: string, file: string) => CodebookRewrite;

/** Throws, naming the file, when a read-only sidecar uses (or, unreadable, may use) the code. */
function checkSidecarsWritable(ctx: CommandContext, codeId: string): void {
  for (const state of ctx.services.annotations.documents()) {
    const model = state.model!;
    if (!model.readOnly) continue;
    if (model.annotations.some((a) => a.codes.includes(codeId)) || mayUseCode(model.baseText, codeId)) {
      throw new SidecarReadOnlyError(displayPath(state.sidecarUri), model.diagnostics);
    }
  }
}

/** Runs the codebook edit on the file as it is now without writing it: throws what `rewrite` would. */
async function checkCodebookEdit(ctx: CommandContext, code: Code, edit: Edit): Promise<void> {
  const uri = ctx.services.codebook.files.find((u) => displayPath(u) === code.location.file);
  if (!uri) return;
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) {
    throw new Error(`${displayPath(uri)} has unsaved changes: save or revert it first`);
  }
  const result = edit(await readWorkspaceText(uri), displayPath(uri));
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0];
    throw new Error(
      first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : `${displayPath(uri)} cannot be edited safely`,
    );
  }
}

function knownOrUsed(ctx: CommandContext, id: string): { code: Code | undefined; usage: { annotations: number; documents: number } } {
  const code = ctx.services.codebook.code(id);
  const usage = usageOf(corpusEntries(ctx.services.annotations), id);
  if (!code && usage.annotations === 0) throw new Error(`no code '${id}' in the codebook or in any annotation`);
  return { code, usage };
}

const inDocuments = (u: { annotations: number; documents: number }): string =>
  `${u.annotations} annotation${u.annotations === 1 ? '' : 's'} in ${u.documents} document${u.documents === 1 ? '' : 's'}`;

export async function renameCodeCommand(ctx: CommandContext, args: unknown[]): Promise<boolean> {
  if (!workspaceTrusted()) return false;
  const { codebook, annotations } = ctx.services;
  const id = codeRef(args) ?? (await pickCode(ctx, allCodes(ctx), true, 'Code to rename', { title: 'Rename Code' }));
  if (id === undefined) return false;
  const { code, usage } = knownOrUsed(ctx, id);
  const total = code ? 2 : 1;
  const name = code
    ? await ctx.prompts.input(code.name, `New name of code '${id}'`, { title: 'Rename Code', step: 1, totalSteps: 2 }, codeNameProblem)
    : undefined;
  if (code && name === undefined) return false;
  const newId = await ctx.prompts.input(
    id,
    `Id of the code (used by ${inDocuments(usage)}; they follow a new id)`,
    { title: 'Rename Code', step: total, totalSteps: total },
    (v) => newCodeIdProblem(v, id, codebook.codebook),
  );
  if (newId === undefined) return false;
  const change = { id: newId !== id ? newId : undefined, name: code && name !== code.name ? name : undefined };
  if (change.id === undefined && change.name === undefined) return false;
  const edit: Edit = (t, f) => renameCode(t, f, id, change);
  if (change.id !== undefined) checkSidecarsWritable(ctx, id);
  if (code) {
    await checkCodebookEdit(ctx, code, edit);
    await codebook.rewrite(edit, id);
  }
  let changed = 0;
  if (change.id !== undefined) {
    try {
      changed = await annotations.replaceCode(id, change.id);
    } catch (err) {
      throw new Error(
        `the codebook now has '${change.id}', but the annotations still use '${id}': ${errorText(err)}. Rename '${id}' (under "Not in codebook") again to finish.`,
      );
    }
  }
  const renamed = change.name === undefined ? '' : ` (now called “${change.name}”)`;
  const message =
    change.id === undefined
      ? `Renamed code '${id}' to “${change.name}”.`
      : `Renamed code '${id}' to '${change.id}'${renamed}: ${changed} annotation${changed === 1 ? '' : 's'} in ${usage.documents} document${usage.documents === 1 ? '' : 's'} updated.`;
  void vscode.window.showInformationMessage(plainMessage(message));
  return true;
}

export async function mergeCodeCommand(ctx: CommandContext, args: unknown[]): Promise<boolean> {
  if (!workspaceTrusted()) return false;
  const { codebook, annotations } = ctx.services;
  const given = codeRef(args);
  const total = given === undefined ? 3 : 2;
  const id =
    given ??
    (await pickCode(ctx, allCodes(ctx), true, 'Code to merge into another (it leaves the codebook)', {
      title: 'Merge Code',
      step: 1,
      totalSteps: 3,
    }));
  if (id === undefined) return false;
  const { code, usage } = knownOrUsed(ctx, id);
  if (code && code.children.length > 0) throw new Error(`code '${id}' has child codes: merge or move them first`);
  const name = code?.name ?? id;
  const targetId = await pickCode(ctx, mergeTargets(codebook.codebook, id), false, `Merge '${name}' into…`, {
    title: 'Merge Code',
    step: total - 1,
    totalSteps: total,
  });
  if (targetId === undefined) return false;
  const target = codebook.code(targetId)!;
  const question = `Merge '${name}' into '${target.name}': ${inDocuments(usage)} change${code ? `, and '${id}' leaves the codebook` : ''}.`;
  if (
    !(await confirm(
      ctx.prompts,
      { title: 'Merge Code', step: total, totalSteps: total },
      question,
      { label: 'Merge' },
      { label: 'Cancel' },
    ))
  )
    return false;
  const edit: Edit = (t, f) => removeCode(t, f, id);
  checkSidecarsWritable(ctx, id);
  if (code) await checkCodebookEdit(ctx, code, edit);
  const changed = await annotations.replaceCode(id, targetId);
  if (code) {
    try {
      await codebook.rewrite(edit, id);
    } catch (err) {
      throw new Error(`the annotations now use '${targetId}', but '${id}' could not be removed from the codebook: ${errorText(err)}`);
    }
  }
  void vscode.window.showInformationMessage(
    plainMessage(
      `Merged '${name}' into '${target.name}': ${changed} annotation${changed === 1 ? '' : 's'} in ${usage.documents} document${usage.documents === 1 ? '' : 's'} changed.`,
    ),
  );
  return true;
}
