// Plain-text corpus documents open in the Policy Text language (its grammar colours citations,
// quotations, figures, dates, footnote markers, headings and URLs). The language claims no file
// extension: only corpus documents are switched, by this feature, and only while the setting
// `policyAnnotator.syntax.policyTextLanguage` is on. A document the user switched to another
// language by hand is left as they chose.
import * as vscode from 'vscode';
import { affectsAnySetting, affectsPolicyTextLanguage, policyTextLanguageEnabled } from '../../vscode/config';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';

export const POLICY_TEXT = 'policy-text';
const PLAIN_TEXT = 'plaintext';

export function activatePolicyTextLanguage({ corpus, log }: FeatureServices): FeatureActivation {
  /** Language changes this feature asked for and has not seen happen yet. */
  const requested = new Map<string, string>();
  /** Documents whose language the user chose by hand: never switched again. */
  const userChoice = new Set<string>();
  /** A language change is a close and an open of the same document object, in one go. */
  let closing: vscode.TextDocument | undefined;

  const wanted = (doc: vscode.TextDocument): string | undefined => {
    const key = doc.uri.toString();
    if (userChoice.has(key)) return undefined;
    const policy = policyTextLanguageEnabled(doc.uri) && corpus.isCorpusDocument(doc.uri);
    if (doc.languageId === PLAIN_TEXT && policy) return POLICY_TEXT;
    if (doc.languageId === POLICY_TEXT && !policy) return PLAIN_TEXT;
    return undefined;
  };

  const update = (doc: vscode.TextDocument): void => {
    const target = wanted(doc);
    if (target === undefined || requested.get(doc.uri.toString()) === target) return;
    requested.set(doc.uri.toString(), target);
    vscode.languages.setTextDocumentLanguage(doc, target).then(undefined, (err: unknown) => {
      requested.delete(doc.uri.toString());
      log.error(`Could not open ${doc.uri.fsPath} as ${target}`, err);
    });
  };

  const opened = (doc: vscode.TextDocument): void => {
    const key = doc.uri.toString();
    if (doc !== closing) {
      update(doc);
      return;
    }
    // A language change: ours when it is the one requested, else the user's (kept from now on).
    if (requested.get(key) === doc.languageId) requested.delete(key);
    else if (doc.languageId !== POLICY_TEXT || !corpus.isCorpusDocument(doc.uri)) userChoice.add(key);
  };

  for (const doc of vscode.workspace.textDocuments) update(doc);
  const disposable = vscode.Disposable.from(
    vscode.workspace.onDidCloseTextDocument((doc) => {
      closing = doc;
      queueMicrotask(() => {
        if (closing === doc) closing = undefined;
      });
    }),
    vscode.workspace.onDidOpenTextDocument(opened),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsAnySetting(e)) return; // the setting itself, or which files are documents
      if (affectsPolicyTextLanguage(e)) userChoice.clear(); // turning it on again switches every document
      for (const doc of vscode.workspace.textDocuments) update(doc);
    }),
  );
  return { disposable };
}
