// What the extension exports to other extensions and to its own in-editor tests: the services
// and each feature's api, as extension.ts assembles them.
import type * as vscode from 'vscode';
import type { AnalysisApi } from './features/analysis/activateAnalysis';
import type { AnnotationDecorationsApi } from './features/annotationDecorations/annotationPainter';
import type { AnnotationTrees } from './features/annotationTrees/activateAnnotationTrees';
import type { Prompts } from './features/catalogEditing/prompts';
import type { DocumentsView } from './features/documentsView/activateDocumentsView';
import type { DecorationsApi } from './features/entityDecorations/mentionDecorations';
import type { EntityTrees } from './features/entityTrees/activateEntityTrees';
import type { NavigationApi } from './features/navigation/activateNavigation';
import type { ActivationTimes } from './features/shared/activationTimes';
import type { TaggingApi } from './features/tagging/activateTagging';
import type { QdpxExportApi } from './features/qdpxExport/activateQdpxExport';
import type { AnnotationServices } from './services/annotations/activateAnnotations';
import type { CorpusService } from './services/corpus/corpusService';
import type { Readiness } from './services/readiness';
import type { OutputLog } from './vscode/outputLog';

/** What the extension exports to other extensions and to its own in-editor tests. */
export interface PolicyAnnotatorApi {
  corpus: CorpusService;
  log: OutputLog;
  /** The status-bar item of the active document (its text is what the user reads). */
  statusBar: vscode.StatusBarItem;
  /** The entity highlights: what was last applied to each editor. */
  decorations: DecorationsApi;
  /** The Actors and Institutions trees: providers, views, shared sort and filter state. */
  trees: EntityTrees;
  /** Settles when the first index is built. */
  ready: Promise<unknown>;
  /** Whether the index, the codebook and the annotations are loaded (what commands wait for). */
  readiness: Readiness;
  /** The prompts of the catalog-editing commands (tests answer them). */
  catalogPrompts: Prompts;
  /** When activate() started and the first index was complete (the editor bench's "activation to index"). */
  activation: ActivationTimes;
  /** The folder the host keeps this extension's logs in; the host's own log lies next to it. */
  logUri: vscode.Uri;
  /** References and Show All Mentions (tests read its quick picks). */
  navigation: NavigationApi;
  /** Sidecars, codebook, and when both were first read. */
  annotations: AnnotationServices;
  /** The tagged-passage decorations: what was last applied to each editor. */
  annotationDecorations: AnnotationDecorationsApi;
  /** The Codes, Annotations and Needs Attention views, and the prompts of their commands. */
  annotationTrees: AnnotationTrees;
  /** Tagging: its prompts (tests answer them), recent codes, the annotation-at-cursor context key. */
  tagging: TaggingApi;
  /** The Analysis panel, when open (tests send it the webview's messages and read its model). */
  analysis: AnalysisApi;
  /** The Documents view: its provider, the tree view (its message and description), the filter and order. */
  documentsView: DocumentsView;
  /** The REFI-QDA export command's prompts (tests answer them). */
  qdpxExport: QdpxExportApi;
}
