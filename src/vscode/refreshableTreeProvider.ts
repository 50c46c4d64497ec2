// What every tree view's data provider shares: the change event VS Code listens to, a refresh of
// the whole tree or of one element, and its disposal. A provider that keeps a model built from
// the last state overrides `refresh` to drop it first, then calls `super.refresh()`.
import * as vscode from 'vscode';

export abstract class RefreshableTreeProvider<T> implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** The whole tree is asked for again. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** The children of one element are asked for again. */
  protected refreshElement(element: T): void {
    this.changed.fire(element);
  }
}
