// The quick picks and input boxes of the catalog commands, built on createQuickPick/createInputBox
// so a multi-step flow shows its step, survives a click elsewhere, and can be watched by tests
// (`onDidShow` hands over the real widget once it is visible).
import * as vscode from 'vscode';
import { plainMessage } from '../../core/text/plainMessage';

export type PromptWidget = vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox;

/** A prompt on screen: its widget, and a promise that settles when it is answered or dismissed. */
export interface ShownPrompt {
  widget: PromptWidget;
  settled: Promise<unknown>;
}

export interface PromptStep {
  title: string;
  step?: number;
  totalSteps?: number;
}

export class Prompts implements vscode.Disposable {
  private readonly shown = new vscode.EventEmitter<ShownPrompt>();
  /** Fires when a prompt is shown, with its widget (for tests that answer it). */
  readonly onDidShow = this.shown.event;

  /** One item, or undefined when the user pressed Escape. */
  pick<T extends vscode.QuickPickItem>(items: readonly T[], placeholder: string, step: PromptStep): Promise<T | undefined> {
    const picker = vscode.window.createQuickPick<T>();
    Object.assign(picker, step, { placeholder, items, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
    return this.run(picker, (done) =>
      picker.onDidAccept(() => {
        const chosen = picker.selectedItems[0] ?? picker.activeItems[0];
        if (chosen) done(chosen);
      }),
    );
  }

  /**
   * A line of text, checked by `validate` (a message blocks accepting); undefined on Escape. The
   * prompt and the validation message render links, so workspace text in them is made plain.
   */
  input(value: string, prompt: string, step: PromptStep, validate: (v: string) => string | undefined): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    Object.assign(box, step, { value, prompt: plainMessage(prompt), ignoreFocusOut: true, valueSelection: [0, value.length] });
    const check = (): void => {
      const problem = validate(box.value);
      box.validationMessage = problem === undefined ? undefined : plainMessage(problem);
    };
    check();
    return this.run(box, (done) =>
      vscode.Disposable.from(
        box.onDidChangeValue(check),
        box.onDidAccept(() => {
          if (validate(box.value) === undefined) done(box.value.trim());
        }),
      ),
    );
  }

  protected run<W extends PromptWidget, T>(widget: W, onAccept: (done: (value: T) => void) => vscode.Disposable): Promise<T | undefined> {
    let settle: (value: T | undefined) => void = () => undefined;
    const settled = new Promise<T | undefined>((resolve) => {
      settle = resolve;
    });
    let done = false;
    const finish = (value: T | undefined): void => {
      if (done) return;
      done = true;
      listeners.dispose();
      widget.dispose();
      settle(value);
    };
    const listeners = vscode.Disposable.from(
      onAccept(finish),
      widget.onDidHide(() => finish(undefined)),
    );
    widget.show();
    this.shown.fire({ widget: widget as PromptWidget, settled });
    return settled;
  }

  dispose(): void {
    this.shown.dispose();
  }
}
