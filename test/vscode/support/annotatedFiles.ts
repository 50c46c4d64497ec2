// A corpus document made for one test, with its sidecar: unique names (VS Code keeps a closed
// document's text for a while), sidecars written the way another tool or window would write them,
// read back from disk, and everything deleted afterwards.
import * as vscode from 'vscode';
import { createTarget, documentHash } from '../../../src/core/anchoring';
import { loadSidecar, newSidecarText } from '../../../src/core/sidecars/sidecarLoad';
import type { SidecarModel } from '../../../src/core/sidecars/sidecarModel';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';
import type { AnnotationService } from '../../../src/services/annotations/annotationService';
import { extensionApi, workspaceUri } from './extensionApi';
import { waitFor } from './waitFor';

let counter = 0;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class AnnotatedFile {
  readonly name: string;

  constructor(prefix: string, extension = 'txt') {
    this.name = `${prefix}-${Date.now().toString(36)}-${++counter}.${extension}`;
  }

  get uri(): vscode.Uri {
    return workspaceUri(this.name);
  }
  get sidecarUri(): vscode.Uri {
    return workspaceUri(`${this.name}.annotations.yaml`);
  }
  get id(): string {
    return this.uri.toString();
  }

  async write(text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(this.uri, encoder.encode(text));
  }

  async writeSidecar(text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(this.sidecarUri, encoder.encode(text));
  }

  async sidecarBytes(): Promise<Uint8Array | undefined> {
    return vscode.workspace.fs.readFile(this.sidecarUri).then(
      (b) => b,
      () => undefined,
    );
  }

  async sidecarText(): Promise<string | undefined> {
    const bytes = await this.sidecarBytes();
    return bytes && decoder.decode(bytes);
  }

  /** The sidecar on disk, parsed (fails the test when there is none). */
  async sidecar(): Promise<SidecarModel> {
    const text = await this.sidecarText();
    if (text === undefined) throw new Error(`${this.name} has no sidecar on disk`);
    return loadSidecar(text, `${this.name}.annotations.yaml`);
  }

  /** Writes the document and waits until the corpus index holds it. */
  async create(api: PolicyAnnotatorApi, text: string): Promise<void> {
    await this.write(text);
    await waitFor(() => api.corpus.index.document(this.id) !== undefined, 15_000, `${this.name} indexed`);
  }

  async delete(): Promise<void> {
    for (const uri of [this.uri, this.sidecarUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  }
}

/** A sidecar holding one annotation per quote (ids a0, a1, ...), each on its first occurrence in `text`. */
export function sidecarOf(file: AnnotatedFile, text: string, quotes: readonly string[]): string {
  const model = loadSidecar(newSidecarText(`${file.name}.annotations.yaml`, documentHash(text)), 'sidecar');
  quotes.forEach((quote, i) => {
    const at = text.indexOf(quote);
    if (at < 0) throw new Error(`test fixture: '${quote}' is not in the text`);
    model.add({ id: `a${i}`, codes: ['hedging'], target: createTarget(text, at, at + quote.length), status: 'anchored' });
  });
  return model.toText();
}

/** Text of the live place of an annotation in an open document, or undefined when it has none. */
export function placeText(document: vscode.TextDocument, place: { start?: number; end?: number } | undefined): string | undefined {
  if (place?.start === undefined || place.end === undefined) return undefined;
  return document.getText(new vscode.Range(document.positionAt(place.start), document.positionAt(place.end)));
}

/** What a suite of annotation tests shares: the extension's API once sidecars are read, and the
 * files each test made (deleted after it, editors closed first). */
export interface AnnotationSuite {
  api: PolicyAnnotatorApi;
  service: AnnotationService;
  /** A new document file for this test, deleted after it. */
  file(prefix: string): AnnotatedFile;
}

/** Registers the suite's hooks (call inside `describe`). */
export function annotationSuite(): AnnotationSuite {
  const made: AnnotatedFile[] = [];
  const suite = {
    file: (prefix: string) => {
      const f = new AnnotatedFile(prefix);
      made.push(f);
      return f;
    },
  } as AnnotationSuite;
  before(async () => {
    suite.api = await extensionApi();
    await suite.api.annotations.ready;
    suite.service = suite.api.annotations.annotations;
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of made.splice(0)) await f.delete();
  });
  return suite;
}
