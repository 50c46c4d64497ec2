// The codebook(s) of the workspace (`policyAnnotator.codebookFiles`, default `**/codebook.yaml`):
// read at start and on every change, problems in the Problems panel; codes added and edited by
// splicing the file (comments and layout kept) and writing it atomically, never over a codebook
// that changed on disk since it was read or that does not parse.
import * as vscode from 'vscode';
import { emptyCodebook, loadCodebook, type Code, type Codebook } from '../../core/codebook/codebook';
import type { Diagnostic } from '../../core/base/diagnostics';
import { LoadState } from '../../core/base/loadState';
import { globTest } from '../../core/base/pathGlob';
import type { FileVersion } from '../../core/base/ports';
import type { CodebookRewrite } from '../../core/codebook/codebookEdit';
import { sameVersion } from '../../core/sidecars/writePlan';
import { readCodebookSettings } from '../../vscode/config';
import type { OutputLog } from '../../vscode/outputLog';
import { reportLoadFailure } from './loadFailure';
import type { Codes } from './annotations';
import { storedFile } from '../../vscode/sidecarStore';
import { displayPath, findFolderFiles } from '../../vscode/workspaceFiles';
import { createDiagnostics, publishDiagnostics } from '../../vscode/diagnostics';

export const STARTER_CODEBOOK = '# Codes for tagging passages: id, name, description, color (#rrggbb), children.\ncodes: []\n';

interface CodebookFile {
  uri: vscode.Uri;
  version: FileVersion | undefined;
  text: string;
}

export class CodebookService implements Codes, vscode.Disposable {
  private state: Codebook = emptyCodebook();
  private fileList: CodebookFile[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly problems = createDiagnostics('codebook');
  private reading: Promise<void> = Promise.resolve();
  /** The codebook files being read (at start, after a change or a save). */
  readonly loading = new LoadState('the codebook');

  constructor(private readonly log: OutputLog) {}

  get codebook(): Codebook {
    return this.state;
  }
  get files(): readonly vscode.Uri[] {
    return this.fileList.map((f) => f.uri);
  }
  /** Settles when the last read asked for has finished. */
  get loaded(): Promise<void> {
    return this.reading;
  }

  code(id: string): Code | undefined {
    return this.state.byId.get(id);
  }

  isCodebookFile(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const { codebookFiles, exclude } = readCodebookSettings(folder);
    return globTest(codebookFiles, exclude)(displayPath(uri));
  }

  load(): Promise<void> {
    const end = this.loading.begin();
    this.reading = this.reading
      .then(() => this.read())
      .catch((err) => {
        reportLoadFailure(this.log, 'Loading the codebook failed', err);
      })
      .finally(() => end(true));
    return this.reading;
  }

  /**
   * Applies an edit of the core (`addCode`, `renameCode`, `removeCode`) to the codebook file that
   * holds `codeId` (or the first one; one is created at the workspace root when there is none).
   */
  async rewrite(edit: (text: string, file: string) => CodebookRewrite, codeId?: string): Promise<void> {
    await this.reading;
    const holder =
      codeId === undefined ? undefined : this.fileList.find((f) => f.text.includes(codeId) && loadCodebook(f.text, '').byId.has(codeId));
    const target = holder ?? this.fileList[0];
    const uri = target?.uri ?? this.newCodebookUri();
    const file = storedFile(uri);
    if (!file) throw new Error(`${displayPath(uri)} cannot be written: only files in a local workspace folder can be edited`);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) throw new Error(`${file.display} has unsaved changes: save or revert it first`);
    const disk = await file.store.read(file.path);
    if (target && (!disk || !target.version || !sameVersion(disk.version, target.version))) await this.read();
    const text = disk?.text ?? STARTER_CODEBOOK;
    const result = edit(text, file.display);
    if (!result.ok) {
      const first = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0];
      throw new Error(first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : `${file.display} cannot be edited safely`);
    }
    const now = await file.store.version(file.path);
    if ((now === undefined) !== (disk === undefined) || (now && disk && !sameVersion(now, disk.version))) {
      throw new Error(`${file.display} changed on disk while it was being edited; nothing was written, try again`);
    }
    await file.store.writeAtomic(file.path, result.text);
    await this.load();
  }

  dispose(): void {
    this.changed.dispose();
    this.problems.dispose();
  }

  private newCodebookUri(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('open a folder to keep a codebook');
    return vscode.Uri.joinPath(folder.uri, 'codebook.yaml');
  }

  private async read(): Promise<void> {
    const uris = await findFolderFiles((folder) => {
      const { codebookFiles, exclude } = readCodebookSettings(folder);
      return { include: codebookFiles, exclude };
    });
    const files: CodebookFile[] = [];
    const merged = emptyCodebook();
    const byId = new Map<string, Code>();
    const diagnostics: Diagnostic[] = [];
    for (const uri of uris) {
      const file = storedFile(uri);
      const disk = file
        ? await file.store.read(file.path)
        : { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), version: undefined };
      if (!disk) continue;
      files.push({ uri, version: disk.version, text: disk.text });
      const book = loadCodebook(disk.text, displayPath(uri));
      diagnostics.push(...book.diagnostics);
      for (const code of book.codes) merged.codes.push(code);
      for (const [id, code] of book.byId) if (!byId.has(id)) byId.set(id, code);
    }
    this.fileList = files;
    this.state = { codes: merged.codes, byId, diagnostics };
    publishDiagnostics(this.problems, uris, diagnostics, (f) => uris.find((u) => displayPath(u) === f));
    this.changed.fire();
  }
}
