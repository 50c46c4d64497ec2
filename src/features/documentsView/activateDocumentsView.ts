// The Documents view (issue 14, point 1): the corpus documents with their attributes, filtered by
// the Analysis panel's filter and sorted by path or date; its live refresh and its commands.
import * as vscode from 'vscode';
import { Debounced } from '../../core/base/debounced';
import { listingSummary, type DocumentListing } from '../../core/presentation/documentList';
import { plainMessage } from '../../core/text/plainMessage';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import { VIEWS } from '../../vscode/viewIds';
import type { ListedDocument } from './documentItems';
import { DocumentsTreeProvider, type DocumentsNode } from './documentsTreeProvider';
import { DocumentsViewState, filterProblem } from './documentsViewState';

/** The view catches up once typing pauses (the index itself follows within 120 ms). */
const REFRESH_DEBOUNCE_MS = 250;

export interface DocumentsView {
  provider: DocumentsTreeProvider;
  view: vscode.TreeView<DocumentsNode>;
  /** The filter and the order. */
  state: DocumentsViewState;
  /** Applies a refresh still waiting for its debounce. */
  flush(): void;
}

function describe(view: vscode.TreeView<DocumentsNode>, listing: DocumentListing<ListedDocument>, state: DocumentsViewState): void {
  const { description, message } = listingSummary(listing, state.filter);
  view.description = description;
  if (state.error) {
    const kept = state.filter ? `the documents where ${state.filter}` : 'every document';
    view.message = `Not applied: ${state.error}. The view still shows ${kept}.`;
  } else if (listing.total === 0)
    view.message = 'No corpus document: the setting policyAnnotator.documents says which files are documents.';
  else view.message = message;
}

async function askFilter(state: DocumentsViewState): Promise<void> {
  const text = await vscode.window.showInputBox({
    title: 'Filter Documents',
    value: state.filter,
    prompt:
      'Show the documents whose attributes (from documents.yaml, and path, date, year) match, as in the Analysis panel. Empty: show all.',
    placeHolder: 'e.g. year>=2018, country in [RUS, CHN], genre!=speech and path=speeches/*',
    validateInput: (value) => {
      const problem = filterProblem(value);
      return problem === undefined ? undefined : plainMessage(problem);
    },
  });
  if (text !== undefined) state.setFilter(text);
}

function filter(state: DocumentsViewState, text: unknown): Promise<void> | void {
  if (typeof text !== 'string') return askFilter(state);
  const problem = state.setFilter(text);
  if (problem !== undefined)
    void vscode.window.showWarningMessage(plainMessage(`Filter Documents: ${problem}. The filter stays as it was.`));
}

export function activateDocumentsView(services: FeatureServices): FeatureActivation<DocumentsView> {
  const { corpus, log, readiness } = services;
  const state = new DocumentsViewState();
  const provider = new DocumentsTreeProvider(corpus, state, readiness);
  const view = vscode.window.createTreeView(VIEWS.documents, { treeDataProvider: provider, showCollapseAll: true });
  // The documents changed since the last refresh, and whether the index was rebuilt meanwhile.
  let changed = new Set<string>();
  let reindexed = false;
  const refresh = new Debounced(REFRESH_DEBOUNCE_MS, () => {
    if (reindexed) provider.reindexed();
    else provider.documentsChanged(changed);
    changed = new Set();
    reindexed = false;
  });
  const api: DocumentsView = { provider, view, state, flush: () => refresh.flush() };
  const disposable = vscode.Disposable.from(
    state,
    provider,
    view,
    provider.onDidBuild((listing) => describe(view, listing, state)),
    corpus.onDidChange((id) => {
      if (id === undefined) reindexed = true;
      else changed.add(id);
      refresh.soon();
    }),
    state.onDidChange(({ listChanged }) => {
      if (!listChanged) {
        // A refused filter: the list stays, the message says why.
        if (provider.built) describe(view, provider.built, state);
        return;
      }
      provider.refresh();
    }),
    refresh,
    registerCommand(log, COMMANDS.filterDocuments, 'Filter Documents', (text?: unknown) => filter(state, text)),
    registerCommand(log, COMMANDS.clearDocumentFilter, 'Clear Document Filter', () => state.setFilter('')),
    registerCommand(log, COMMANDS.sortDocumentsByPath, 'Sort Documents by Path', () => state.setSort('path')),
    registerCommand(log, COMMANDS.sortDocumentsByDate, 'Sort Documents by Date', () => state.setSort('date')),
    registerCommand(log, COMMANDS.showMoreDocuments, 'Show More Documents', () => provider.showMore()),
  );
  return { disposable, api };
}
