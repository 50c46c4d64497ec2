// The catalogs shipped with the extension (`catalogs/<name>.yaml` in its folder), read once and
// kept: they never change while the editor runs (each rebuild parses them on the catalog thread). Diagnostics and entity locations name them
// `<name> catalog (built in)`; Go to Definition opens them read-only, as documents of the
// `policy-annotator-catalog:` scheme this class provides, so the shipped file is never edited.
import * as vscode from 'vscode';
import { BUILT_IN_CATALOGS, builtInDisplayName, builtInNamed, type BuiltInCatalog } from '../../core/catalog/catalogExtends';
import type { OutputLog } from '../../vscode/outputLog';

export const BUILT_IN_SCHEME = 'policy-annotator-catalog';

export class BuiltInCatalogs implements vscode.TextDocumentContentProvider {
  private readonly cache = new Map<BuiltInCatalog, Promise<string | undefined>>();
  private readonly snapshots = new Map<BuiltInCatalog, Promise<string | undefined>>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly log: OutputLog) {}

  /** The read-only document of a built-in catalog named as in entity locations, if it is one. */
  uriOf(displayName: string): vscode.Uri | undefined {
    const name = builtInNamed(displayName);
    return name === undefined ? undefined : vscode.Uri.from({ scheme: BUILT_IN_SCHEME, path: `/${name}.yaml` });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const name = BUILT_IN_CATALOGS.find((n) => uri.path === `/${n}.yaml`);
    if (name === undefined) throw new Error(`no built-in catalog ${uri.path}`);
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.fileOf(name)));
  }

  /** The catalog's text (undefined when it cannot be read: that is logged, and a later call tries again). */
  text(name: BuiltInCatalog): Promise<string | undefined> {
    let text = this.cache.get(name);
    if (!text) {
      text = this.load(name);
      this.cache.set(name, text);
    }
    return text;
  }

  /** The build's snapshot of the catalog's parse beside the bundles, read once (undefined when there
   * is none: the text is then parsed, as it is when the snapshot is of another text or build). */
  snapshot(name: BuiltInCatalog): Promise<string | undefined> {
    let snapshot = this.snapshots.get(name);
    if (!snapshot) {
      const file = vscode.Uri.joinPath(this.extensionUri, 'dist', `${name}.catalog.json`);
      snapshot = Promise.resolve(vscode.workspace.fs.readFile(file)).then(
        (bytes) => new TextDecoder().decode(bytes),
        () => undefined,
      );
      this.snapshots.set(name, snapshot);
    }
    return snapshot;
  }

  private async load(name: BuiltInCatalog): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.fileOf(name)));
    } catch (err) {
      this.cache.delete(name); // a later rebuild tries again
      this.log.error(`Could not read the ${builtInDisplayName(name)}`, err);
      return undefined;
    }
  }

  private fileOf(name: BuiltInCatalog): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'catalogs', `${name}.yaml`);
  }
}
