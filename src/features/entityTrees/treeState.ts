// What both trees share: the order and the unmentioned-entities mode (settings) and the filter
// (for this window only), mirrored in the context keys the manifest's menus read.
import * as vscode from 'vscode';
import type { GroupingOptions } from '../../core/presentation/entityGrouping';
import { affectsTreeSettings, readTreeSettings, type TreeSettings } from '../../vscode/config';
import { CONTEXT, setContext } from '../../vscode/contextKeys';

export class TreeState implements vscode.Disposable {
  private settings: TreeSettings = readTreeSettings();
  private filterText = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!affectsTreeSettings(e)) return;
    this.settings = readTreeSettings();
    this.publish();
  });

  constructor() {
    this.publish(false);
  }

  get filter(): string {
    return this.filterText;
  }
  get sortBy(): TreeSettings['sortBy'] {
    return this.settings.sortBy;
  }

  get options(): GroupingOptions {
    return { sortBy: this.settings.sortBy, filter: this.filterText, hideUnmentioned: this.settings.unmentionedEntities === 'hide' };
  }

  setFilter(text: string): void {
    const filter = text.trim();
    if (filter === this.filterText) return;
    this.filterText = filter;
    this.publish();
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }

  private publish(fire = true): void {
    setContext(CONTEXT.treeSort, this.settings.sortBy);
    setContext(CONTEXT.treeFiltered, this.filterText !== '');
    if (fire) this.changed.fire();
  }
}
