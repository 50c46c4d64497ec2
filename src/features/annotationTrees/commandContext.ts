// What the commands of the annotation views share: the services, the prompts tests can answer,
// the colour swatches for pick lists, and the checks every write command makes first.
import * as vscode from 'vscode';
import type { Prompts, PromptStep } from '../catalogEditing/prompts';
import type { AnnotationFeatureServices } from '../../services/featureServices';
import type { CodeSwatches } from '../../services/annotations/codeSwatches';

export interface CommandContext {
  services: AnnotationFeatureServices;
  prompts: Prompts;
  swatches: CodeSwatches;
}

/** False (after telling the user) in Restricted Mode: sidecars and the codebook are never written there. */
export function workspaceTrusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(
    'Policy Annotator does not change annotations or the codebook in Restricted Mode. Trust this workspace to edit them.',
  );
  return false;
}

/** A yes/no question as a pick list (answerable from the keyboard and from tests; a modal dialog
 * is neither in the test host). The details show the workspace text the decision is about. */
export async function confirm(
  prompts: Prompts,
  step: PromptStep,
  question: string,
  yes: vscode.QuickPickItem,
  no: vscode.QuickPickItem,
): Promise<boolean> {
  const items = [
    { ...yes, yes: true },
    { ...no, yes: false },
  ];
  const chosen = await prompts.pick(items, question, step);
  return chosen?.yes === true;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
