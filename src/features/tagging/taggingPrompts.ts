// The prompts of the tagging commands: the catalog commands' pick list and input box, plus a
// multi-select pick, and notifications with actions (Undo). Tests watch `onDidShow` and `onDidNotify` to answer them.
import * as vscode from 'vscode';
import { plainMessage } from '../../core/text/plainMessage';
import { Prompts, type PromptStep } from '../catalogEditing/prompts';

/** How a multi-select pick was left: the checked items, the highlighted one, the typed text. */
export interface ManyAnswer<T> {
  selected: readonly T[];
  active: T | undefined;
  value: string;
}

/** A notification on screen: its text, its buttons, and the button clicked (undefined when dismissed). */
export interface ShownNotice {
  /** The text as shown (workspace text made plain). */
  message: string;
  actions: readonly string[];
  answered: Promise<string | undefined>;
}

export class TaggingPrompts extends Prompts {
  private readonly noticed = new vscode.EventEmitter<ShownNotice>();
  /** Fires when a notification with actions is shown. */
  readonly onDidNotify = this.noticed.event;

  /**
   * Several items, pre-checked `selected`; undefined on Escape. Checking an item for which
   * `settlesOn` holds ends the pick at once. The items never change while the pick is shown: the
   * workbench would drop the checks the analyst made before new items reached it (the extension
   * sends the selection it knows with them, which may be older than the last click).
   */
  pickMany<T extends vscode.QuickPickItem>(
    items: readonly T[],
    selected: readonly T[],
    placeholder: string,
    step: PromptStep,
    settlesOn: (selection: readonly T[]) => boolean,
  ): Promise<ManyAnswer<T> | undefined> {
    const picker = vscode.window.createQuickPick<T>();
    Object.assign(picker, step, {
      placeholder,
      canSelectMany: true,
      matchOnDescription: true,
      matchOnDetail: true,
      ignoreFocusOut: true,
      items,
    });
    picker.selectedItems = selected;
    const answer = (): ManyAnswer<T> => ({ selected: picker.selectedItems, active: picker.activeItems[0], value: picker.value });
    return this.run(picker, (done) =>
      vscode.Disposable.from(
        picker.onDidAccept(() => done(answer())),
        picker.onDidChangeSelection((selection) => {
          if (settlesOn(selection)) done(answer());
        }),
      ),
    );
  }

  /** An information message with buttons (workspace text in it is made plain); the button clicked. */
  notify(message: string, ...actions: string[]): Promise<string | undefined> {
    const shown = plainMessage(message);
    const answered = Promise.resolve(vscode.window.showInformationMessage(shown, ...actions));
    this.noticed.fire({ message: shown, actions, answered });
    return answered;
  }

  override dispose(): void {
    this.noticed.dispose();
    super.dispose();
  }
}
