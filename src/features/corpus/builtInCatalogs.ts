// The catalogs shipped with the extension (`catalogs/<name>.yaml` in its folder), read once and
// kept: they never change while the editor runs. Diagnostics and Go to Definition name them
// `<name> catalog (built in)`, which `uriOf` turns back into the shipped file.
import * as vscode from 'vscode';
import type { BuiltInCatalog } from '../../core/catalogExtends';
import { parseCatalogFile, type ParsedCatalogFile } from '../../core/catalogLoader';
import type { OutputLog } from '../../vscode/outputLog';

export const builtInDisplayName = (name: BuiltInCatalog): string => `${name} catalog (built in)`;

export class BuiltInCatalogs {
  private readonly cache = new Map<BuiltInCatalog, Promise<ParsedCatalogFile>>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly log: OutputLog) {}

  uriOf(displayName: string): vscode.Uri | undefined {
    const name = displayName.endsWith(' catalog (built in)') ? displayName.slice(0, -' catalog (built in)'.length) : undefined;
    return name === 'world' ? this.fileOf(name) : undefined;
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
