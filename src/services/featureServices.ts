// What every feature receives at activation, and what it gives back: the one shape of a feature.
//
//   export function activateX(services: FeatureServices): FeatureActivation<XApi>
//
// A feature (a folder of src/features) is activated by one such function. It takes the shared
// services (`AnnotationFeatureServices` when it works on the annotations), registers everything
// it offers (providers, views, commands, listeners), and returns one disposable for all of it and,
// when tests or other extensions reach into it, its api (a feature with nothing to expose returns
// the disposable alone: `FeatureActivation` with no type argument). It never takes the extension
// context and never pushes into its subscriptions: extension.ts calls the activations in turn,
// pushes each disposable and puts the apis into the extension's exported API. The shared services
// (src/services/corpus, src/services/annotations) are activated by extension.ts too and return the
// same shape, their api being the services themselves.
import type * as vscode from 'vscode';
import type { OutputLog } from '../vscode/outputLog';
import type { Annotations, Codes } from './annotations/annotations';
import type { CodeSwatches } from './annotations/codeSwatches';
import type { Corpus } from './corpus/corpus';
import type { Readiness } from './readiness';

/** The corpus, the log, the readiness of what is loaded (every feature that needs loaded state
 * waits through it), and the state the extension keeps per workspace. */
export interface FeatureServices {
  /** The corpus as features read it (the service itself stays with extension.ts). */
  corpus: Corpus;
  log: OutputLog;
  readiness: Readiness;
  /** The extension context's per-workspace state (the codes used last). */
  workspaceState: vscode.Memento;
  /** Where the extension's own files are (the webviews' scripts and styles). */
  extensionUri: vscode.Uri;
}

/** What the annotation features receive: the corpus services plus the sidecars, the codebook and
 * the codes' colour dots (one set for the Codes view and every code pick list). */
export interface AnnotationFeatureServices extends FeatureServices {
  /** The annotations as features use them (the service itself stays with the wiring). */
  annotations: Annotations;
  codebook: Codes;
  swatches: CodeSwatches;
}

/** What activating a feature (or a shared service) returns: everything it registered, disposed
 * when the extension deactivates, and its api if it has one. */
export type FeatureActivation<Api = never> = [Api] extends [never]
  ? { readonly disposable: vscode.Disposable }
  : { readonly disposable: vscode.Disposable; readonly api: Api };
