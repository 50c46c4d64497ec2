// Answers the extension's real quick picks and input boxes through the workbench's own commands.
// Every step waits for the workbench to confirm it (the pick's active item comes back from the
// workbench), so no answer can race the widget it is meant for.
import * as vscode from 'vscode';
import type { PromptWidget, Prompts, ShownPrompt } from '../../../src/features/catalogEditing/prompts';
import { waitFor } from './waitFor';

const ACCEPT = 'workbench.action.acceptSelectedQuickOpenItem';
const NEXT = 'workbench.action.quickOpenSelectNext';

/** Collects the prompts the extension shows, in order, from now on. */
export class PromptQueue implements vscode.Disposable {
  private readonly shown: ShownPrompt[] = [];
  private readonly subscription: vscode.Disposable;

  constructor(prompts: Prompts) {
    this.subscription = prompts.onDidShow((p) => this.shown.push(p));
  }

  async next(title: RegExp): Promise<ShownPrompt> {
    await waitFor(() => this.shown.length > 0, 15_000, `a prompt "${title.source}" is shown`);
    const prompt = this.shown.shift() as ShownPrompt;
    if (!title.test(prompt.widget.title ?? '')) throw new Error(`expected prompt ${title.source}, got "${prompt.widget.title}"`);
    return prompt;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function isPick(w: PromptWidget): w is vscode.QuickPick<vscode.QuickPickItem> {
  return 'items' in w;
}

export async function settled(prompt: ShownPrompt): Promise<void> {
  let done = false;
  void prompt.settled.then(() => {
    done = true;
  });
  // Accepting again while not answered is harmless: the widget is still the one on screen.
  await waitFor(
    async () => {
      if (!done) await vscode.commands.executeCommand(ACCEPT);
      return done;
    },
    15_000,
    `prompt "${prompt.widget.title}" accepted`,
  );
}

/** Moves the workbench's selection in a pick list to the item with this label, then accepts it. */
export async function choose(prompt: ShownPrompt, label: string): Promise<void> {
  const pick = prompt.widget;
  if (!isPick(pick)) throw new Error(`"${pick.title}" is not a pick list`);
  const labels = pick.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).map((i) => i.label);
  if (!labels.includes(label)) throw new Error(`"${label}" is not among ${labels.join(', ')}`);
  await waitFor(() => pick.activeItems.length > 0, 15_000, `pick list "${pick.title}" rendered`);
  for (let moves = 0; pick.activeItems[0]?.label !== label; moves++) {
    if (moves > labels.length) throw new Error(`could not reach "${label}" in "${pick.title}"`);
    const before = pick.activeItems[0];
    await vscode.commands.executeCommand(NEXT);
    await waitFor(() => pick.activeItems[0] !== before, 5_000, 'the selection moved');
  }
  await settled(prompt);
}

/** Accepts an input box with the value it shows, or with `value` typed over it. */
export async function enter(prompt: ShownPrompt, value?: string): Promise<void> {
  if (isPick(prompt.widget)) throw new Error(`"${prompt.widget.title}" is not an input box`);
  if (value !== undefined) prompt.widget.value = value;
  await settled(prompt);
}
