// The coloured dot of a code, as shown in the Codes view and in every code pick list. A tree
// item's or quick-pick item's icon must be a file or a theme icon (a ThemeIcon's colour is ignored
// in quick picks, VS Code issue #231218, and theme colours cannot be arbitrary #rrggbb), so each
// colour becomes one small SVG file (core/codebook/codeSwatch), written once into the extension's
// global storage (a root the workbench may load images from) and used by every view and pick.
// A code without a colour, or whose file could not be written, gets a plain tag icon.
import * as vscode from 'vscode';
import { swatchFileName, swatchSvg } from '../../core/codebook/codeSwatch';
import type { OutputLog } from '../../vscode/outputLog';

const FALLBACK = new vscode.ThemeIcon('tag');
/** The folder under the global storage (earlier versions also wrote a `code-colors` folder; it is no longer read). */
export const SWATCH_FOLDER = 'code-colours';

export class CodeSwatches {
  private readonly folder: vscode.Uri;
  /** One write per file name; true once the file is on disk. */
  private readonly writes = new Map<string, Promise<boolean>>();
  private readonly written = new Set<string>();
  private folderMade: Promise<boolean> | undefined;

  constructor(
    storage: vscode.Uri,
    private readonly log: OutputLog,
  ) {
    this.folder = vscode.Uri.joinPath(storage, SWATCH_FOLDER);
  }

  /** Writes the dots of these colours that are not written yet (a failure is logged once; its code keeps the tag icon). */
  async ensure(colors: Iterable<string | undefined>): Promise<void> {
    const wanted = new Map<string, string>();
    for (const color of colors) {
      const name = color === undefined ? undefined : swatchFileName(color);
      if (name !== undefined && color !== undefined) wanted.set(name, color);
    }
    await Promise.all([...wanted].map(([name, color]) => this.write(name, color)));
  }

  /** The dot of a colour once `ensure` wrote it, else a plain tag icon. */
  icon(color: string | undefined): vscode.Uri | vscode.ThemeIcon {
    const name = color === undefined ? undefined : swatchFileName(color);
    return name !== undefined && this.written.has(name) ? vscode.Uri.joinPath(this.folder, name) : FALLBACK;
  }

  private write(name: string, color: string): Promise<boolean> {
    let done = this.writes.get(name);
    if (done) return done;
    this.folderMade ??= Promise.resolve(vscode.workspace.fs.createDirectory(this.folder)).then(
      () => true,
      (err: unknown) => {
        this.log.warn(`Code colour icons could not be written to ${this.folder.toString()}: ${describe(err)}`);
        return false;
      },
    );
    const svg = swatchSvg(color);
    done = this.folderMade
      .then(
        (made) =>
          made &&
          Promise.resolve(vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder, name), new TextEncoder().encode(svg))).then(
            () => true,
          ),
      )
      .then(
        (ok) => {
          if (ok) this.written.add(name);
          return ok;
        },
        (err: unknown) => {
          this.log.warn(`The code colour icon ${name} could not be written to ${this.folder.toString()}: ${describe(err)}`);
          return false;
        },
      );
    this.writes.set(name, done);
    return done;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
