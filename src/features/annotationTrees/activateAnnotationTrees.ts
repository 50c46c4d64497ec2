// The annotation views (issue 5, point 3): Codes, Annotations of the active document, Needs
// Attention; their live refresh (debounced, expansion kept through stable item ids) and the
// commands they offer: reveal, accept a proposed place, re-attach, rename and merge codes.
import * as vscode from 'vscode';
import { Debounced } from '../../core/base/debounced';
import { plural } from '../../core/text/plural';
import { registerCommand } from '../../vscode/commands';
import { Prompts } from '../catalogEditing/prompts';
import { COMMANDS } from '../../vscode/commandIds';
import { VIEWS, type ViewId } from '../../vscode/viewIds';
import type { AnnotationFeatureServices, FeatureActivation } from '../../services/featureServices';
import { ActiveAnnotationsProvider } from './activeAnnotationsProvider';
import { attentionEntries, AttentionTreeProvider } from './attentionTreeProvider';
import { mergeCodeCommand, renameCodeCommand } from './codeCommands';
import { CodesTreeProvider } from './codesTreeProvider';
import type { CommandContext } from './commandContext';
import { DocumentLines } from './documentLines';
import { acceptPlace, reattach } from './placeCommands';
import { revealAnnotation } from './revealAnnotation';
import type { AnnotationNode, AttentionTreeNode, CodesTreeNode } from './treeNodes';

/** Views catch up this long after the last change (typing shifts places on every keystroke). */
const REFRESH_DEBOUNCE_MS = 100;

interface View<P, N> {
  viewId: ViewId;
  provider: P;
  view: vscode.TreeView<N>;
}

export interface AnnotationTrees {
  codes: View<CodesTreeProvider, CodesTreeNode>;
  annotations: View<ActiveAnnotationsProvider, AnnotationNode>;
  needsAttention: View<AttentionTreeProvider, AttentionTreeNode>;
  /** The pick lists and input boxes of the commands (tests answer them). */
  prompts: Prompts;
  /** Applies a refresh still waiting for its debounce. */
  flush(): void;
}

export function activateAnnotationTrees(services: AnnotationFeatureServices): FeatureActivation<AnnotationTrees> {
  const { annotations, codebook, log, readiness, swatches } = services;
  const lines = new DocumentLines();
  const prompts = new Prompts();
  const make = <N, P extends vscode.TreeDataProvider<N>>(viewId: ViewId, provider: P): View<P, N> => ({
    viewId,
    provider,
    view: vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: viewId !== VIEWS.annotations }),
  });
  const codes = make<CodesTreeNode, CodesTreeProvider>(
    VIEWS.codes,
    new CodesTreeProvider(annotations, codebook, lines, swatches, readiness),
  );
  const active = make<AnnotationNode, ActiveAnnotationsProvider>(
    VIEWS.annotations,
    new ActiveAnnotationsProvider(services.corpus, annotations, codebook, lines, readiness),
  );
  const attention = make<AttentionTreeNode, AttentionTreeProvider>(
    VIEWS.needsAttention,
    new AttentionTreeProvider(annotations, codebook, lines, readiness),
  );

  const describe = (): void => {
    const shown = active.provider.document;
    active.view.description = shown ? vscode.workspace.asRelativePath(shown, false) : undefined;
    active.view.message = active.provider.message();
    const waiting = attentionEntries(annotations).length;
    attention.view.badge =
      waiting > 0 ? { value: waiting, tooltip: `${plural(waiting, 'annotation')} need${waiting === 1 ? 's' : ''} attention` } : undefined;
    if (!readiness.hasLoaded(['annotations'])) attention.view.message = 'Reading the annotations…';
    else attention.view.message = waiting > 0 ? undefined : 'Nothing needs attention: every annotation is anchored where its quote is.';
  };
  const refresh = new Debounced(REFRESH_DEBOUNCE_MS, () => {
    codes.provider.refresh();
    active.provider.refresh();
    attention.provider.refresh();
    describe();
  });
  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (editor?.document.uri.scheme === 'output') return; // the Output panel is no document
    if (active.provider.show(editor?.document.uri)) describe();
  };
  follow(vscode.window.activeTextEditor);
  describe();
  void readiness.loaded(['annotations', 'codebook']).then(() => refresh.now()); // the views' messages waited for them

  const ctx: CommandContext = { services, prompts, swatches };
  const trees: AnnotationTrees = { codes, annotations: active, needsAttention: attention, prompts, flush: () => refresh.flush() };
  const disposable = vscode.Disposable.from(
    codes.provider,
    codes.view,
    active.provider,
    active.view,
    attention.provider,
    attention.view,
    prompts,
    annotations.onDidChange((id) => {
      lines.invalidate(id);
      refresh.soon();
    }),
    codebook.onDidChange(() => refresh.soon()),
    vscode.window.onDidChangeActiveTextEditor(follow),
    refresh,
    registerCommand(
      log,
      COMMANDS.revealAnnotation,
      'Reveal Annotation',
      (...args: unknown[]) => revealAnnotation(annotations, args),
      readiness.before(['annotations']),
    ),
    registerCommand(
      log,
      COMMANDS.acceptAnnotationPlace,
      'Accept Proposed Place',
      (...args: unknown[]) => acceptPlace(ctx, args),
      readiness.before(['annotations']),
    ),
    registerCommand(
      log,
      COMMANDS.reattachAnnotation,
      'Re-attach Annotation',
      (...args: unknown[]) => reattach(ctx, args),
      readiness.before(['annotations']),
    ),
    registerCommand(
      log,
      COMMANDS.renameCode,
      'Rename Code',
      (...args: unknown[]) => renameCodeCommand(ctx, args),
      readiness.before(['codebook', 'annotations']),
    ),
    registerCommand(
      log,
      COMMANDS.mergeCode,
      'Merge Code',
      (...args: unknown[]) => mergeCodeCommand(ctx, args),
      readiness.before(['codebook', 'annotations']),
    ),
  );
  return { disposable, api: trees };
}
