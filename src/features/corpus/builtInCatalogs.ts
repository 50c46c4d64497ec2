// The catalogs shipped with the extension (`catalogs/<name>.yaml` in its folder), read once and
// kept: they never change while the editor runs. Diagnostics and entity locations name them
// `<name> catalog (built in)`; Go to Definition opens them read-only, as documents of the
// `policy-annotator-catalog:` scheme this class provides, so the shipped file is never edited.
import * as vscode from 'vscode';
import { BUILT_IN_CATALOGS, builtInDisplayName, builtInNamed, type BuiltInCatalog } from '../../core/catalogExtends';
import { parseCatalogFile, type ParsedCatalogFile } from '../../core/catalogLoader';
import type { OutputLog } from '../../vscode/outputLog';

export const BUILT_IN_SCHEME = 'policy-annotator-catalog';

export class BuiltInCatalogs implements vscode.TextDocumentContentProvider {
  private readonly cache = new Map<BuiltInCatalog, Promise<ParsedCatalogFile>>();

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

  read(name: BuiltInCatalog): Promise<ParsedCatalogFile> {
    let parsed = this.cache.get(name);
    if (!parsed) {
      parsed = this.load(name);
      this.cache.set(name, parsed);
    }
    return parsed;
  }

  private async load(name: BuiltInCatalog): Promise<ParsedCatalogFile> {
    const display = builtInDisplayName(name);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.fileOf(name)));
      return parseCatalogFile(text, display);
    } catch (err) {
      this.cache.delete(name); // a later rebuild tries again
      this.log.error(`Could not read the ${display}`, err);
      return { file: display, entities: [], extends: [], notMentions: [], diagnostics: [] };
    }
  }

  private fileOf(name: BuiltInCatalog): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'catalogs', `${name}.yaml`);
  }
}
