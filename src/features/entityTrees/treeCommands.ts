// The trees' commands: sort, filter, reveal the entity under the cursor, focus the views.
import * as vscode from 'vscode';
import { registerCommand } from '../../vscode/commands';
import { updateSetting } from '../../vscode/config';
import { SETTINGS } from '../../vscode/settings';
import { COMMANDS } from '../../vscode/commandIds';
import type { ViewId } from '../../vscode/viewIds';
import { entityArgument } from '../../services/corpus/mentionLookup';
import type { FeatureServices } from '../../services/featureServices';
import type { EntityTreeProvider } from './entityTreeProvider';
import type { TreeNode } from './treeModel';
import type { TreeState } from './treeState';

export interface EntityTree {
  viewId: ViewId;
  provider: EntityTreeProvider;
  view: vscode.TreeView<TreeNode>;
}

export interface TreeControls {
  actors: EntityTree;
  institutions: EntityTree;
  state: TreeState;
  /** Applies a refresh still waiting for its debounce (so a reveal sees the latest index). */
  flush(): void;
}

/** A reveal into a view that was hidden can be lost while the workbench is still loading the
 * view's items (the selection stays empty); it is then repeated, at most this many times. */
const REVEAL_ATTEMPTS = 3;
const SELECTION_WAIT_MS = 1_000;

/** Resolves true once the view's selection holds `id`, false after `ms`. */
function selected(view: vscode.TreeView<TreeNode>, id: string, ms: number): Promise<boolean> {
  if (view.selection.includes(id)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (ok: boolean): void => {
      clearTimeout(timer);
      listener.dispose();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), ms);
    const listener = view.onDidChangeSelection((e) => {
      if (e.selection.includes(id)) finish(true);
    });
  });
}

async function revealEntity(view: vscode.TreeView<TreeNode>, id: string): Promise<void> {
  for (let attempt = 1; attempt <= REVEAL_ATTEMPTS; attempt++) {
    await view.reveal(id, { select: true, focus: true, expand: true });
    if (await selected(view, id, SELECTION_WAIT_MS)) return;
  }
}

async function askFilter(state: TreeState): Promise<void> {
  const text = await vscode.window.showInputBox({
    title: 'Filter Entities',
    value: state.filter,
    prompt: 'Show the actors and institutions whose name, id or alias contains this text (case and accents ignored). Empty: show all.',
    placeHolder: 'e.g. russ, asean, viet',
  });
  if (text !== undefined) state.setFilter(text);
}

async function reveal({ corpus }: FeatureServices, trees: TreeControls, arg: unknown): Promise<void> {
  const hit = entityArgument(corpus, arg);
  if (!hit) {
    if (typeof arg === 'string') throw new Error(`no entity with id '${arg}' in the catalog`);
    void vscode.window.showInformationMessage(
      'Reveal Entity in Tree: the cursor is not on a catalogued mention. Place it on a highlighted actor or institution.',
    );
    return;
  }
  const { id, name, kind } = hit.entity;
  const tree = kind === 'actor' ? trees.actors : trees.institutions;
  trees.flush();
  if (trees.state.options.hideUnmentioned && corpus.index.mentionCountOf(hit.entityIndex) === 0) {
    void vscode.window.showInformationMessage(
      `${name} has no mention in the corpus, and the trees hide such entities (setting policyAnnotator.trees.unmentionedEntities).`,
    );
    return;
  }
  if (!tree.provider.model.entities.has(id)) trees.state.setFilter(''); // the entity asked for wins over the filter
  tree.provider.showEntity(id); // in a long group, the page that holds it
  await revealEntity(tree.view, id);
}

export function registerTreeCommands(services: FeatureServices, trees: TreeControls): vscode.Disposable {
  const { log } = services;
  return vscode.Disposable.from(
    registerCommand(log, COMMANDS.sortTreesByCount, 'Sort by Mention Count', () => updateSetting(SETTINGS.treesSortBy, 'count')),
    registerCommand(log, COMMANDS.sortTreesByName, 'Sort by Name', () => updateSetting(SETTINGS.treesSortBy, 'name')),
    registerCommand(log, COMMANDS.filterTrees, 'Filter Entities', (text?: unknown) =>
      typeof text === 'string' ? trees.state.setFilter(text) : askFilter(trees.state),
    ),
    registerCommand(log, COMMANDS.clearTreeFilter, 'Clear Entity Filter', () => trees.state.setFilter('')),
    registerCommand(
      log,
      COMMANDS.revealInTree,
      'Reveal Entity in Tree',
      (arg?: unknown) => reveal(services, trees, arg),
      services.readiness.before(['index']),
    ),
    registerCommand(log, COMMANDS.focusTrees, 'Focus Entity Trees', () => vscode.commands.executeCommand(`${trees.actors.viewId}.focus`)),
  );
}
