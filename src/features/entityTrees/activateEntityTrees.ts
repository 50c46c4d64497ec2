// The Actors and Institutions trees: views, their shared state, live refresh, and their commands.
import * as vscode from 'vscode';
import { Debounced } from '../../core/base/debounced';
import type { EntityKind } from '../../core/catalog/catalogTypes';
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import { VIEWS, type ViewId } from '../../vscode/viewIds';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { createCatalog } from './createCatalog';
import { EntityTreeProvider } from './entityTreeProvider';
import { openMention } from './openMention';
import { registerTreeCommands, type EntityTree, type TreeControls } from './treeCommands';
import type { TreeModel } from './treeModel';
import { TreeState } from './treeState';
import { UnmentionedDecorations } from './unmentionedDecorations';

/** After an edit, the trees catch up once typing pauses (the index itself follows within 120 ms). */
const REFRESH_DEBOUNCE_MS = 250;

export interface EntityTrees extends TreeControls {
  decorations: UnmentionedDecorations;
}

function describe(tree: EntityTree, model: TreeModel, services: FeatureServices, state: TreeState, noun: string): void {
  const { view } = tree;
  const { corpus } = services;
  view.description = state.filter ? `filter: ${state.filter}` : undefined;
  if (model.groups.length > 0 || corpus.catalogFiles.length === 0 || !corpus.lastReport)
    view.message = undefined; // welcome views speak
  else if (state.filter) view.message = `No ${noun} matches "${state.filter}". Clear the filter to see them all.`;
  else if (state.options.hideUnmentioned) view.message = `No ${noun} of the catalog is mentioned in the corpus.`;
  else view.message = `The catalog lists no ${noun} (entities of kind ${tree.provider.kind}).`;
}

export function activateEntityTrees(services: FeatureServices): FeatureActivation<EntityTrees> {
  const { corpus, log } = services;
  const state = new TreeState();
  const disposables: vscode.Disposable[] = [state];
  const make = (kind: EntityKind, viewId: ViewId, noun: string): EntityTree => {
    const provider = new EntityTreeProvider(kind, corpus, state, services.readiness);
    const view = vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true });
    const tree = { viewId, provider, view };
    disposables.push(
      provider,
      view,
      provider.onDidBuild((model) => describe(tree, model, services, state, noun)),
    );
    return tree;
  };
  const actors = make('actor', VIEWS.actors, 'actor');
  const institutions = make('institution', VIEWS.institutions, 'institution');
  const refresh = new Debounced(REFRESH_DEBOUNCE_MS, () => {
    actors.provider.refresh();
    institutions.provider.refresh();
  });
  const decorations = new UnmentionedDecorations();
  const trees: EntityTrees = { actors, institutions, state, decorations, flush: () => refresh.flush() };
  disposables.push(
    corpus.onDidChange(() => refresh.soon()),
    state.onDidChange(() => refresh.now()),
    refresh,
    vscode.window.registerFileDecorationProvider(decorations),
    registerTreeCommands(services, trees),
    registerCommand(log, COMMANDS.openMention, 'Open Mention', (uri: unknown, ...args: unknown[]) => openMention(corpus, uri, ...args)),
    registerCommand(log, COMMANDS.showMoreInTree, 'Show More in Tree', (key: unknown) => {
      if (typeof key !== 'string' || !(actors.provider.showMore(key) || institutions.provider.showMore(key)))
        throw new Error(`no paged tree level '${String(key)}'`);
    }),
    registerCommand(log, COMMANDS.createCatalog, 'Create Entity Catalog', () => createCatalog(log)),
  );
  return { disposable: vscode.Disposable.from(...disposables), api: trees };
}
