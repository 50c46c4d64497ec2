// The coloured dots of the code pick. A quick-pick item's ThemeIcon ignores its colour (VS Code
// issue #231218) and a theme colour would have to be declared in the manifest for each code, so
// each colour becomes a tiny SVG file, written once into the extension's global storage (a root
// the workbench may load images from, desktop and web alike) and reused for every pick after.
import * as vscode from 'vscode';
import { COLOR_PATTERN } from '../../core/codebook/codebook';
import { colorDotSvg } from '../../core/tagging/newCode';
import type { OutputLog } from '../../vscode/outputLog';

const FALLBACK = new vscode.ThemeIcon('tag');

export class CodeIcons {
  private readonly written = new Map<string, Promise<boolean>>();
  /** Colours whose file is on disk. */
  private readonly ready = new Set<string>();
  private folderReady: Promise<boolean> | undefined;

  constructor(private readonly storage: vscode.Uri, private readonly log: OutputLog) {}

  private get folder(): vscode.Uri {
    return vscode.Uri.joinPath(this.storage, 'code-colors');
  }

  /** Writes the dots of these colours that are not written yet (failures fall back to a tag icon). */
  async prepare(colors: Iterable<string | undefined>): Promise<void> {
    const wanted = [...new Set(colors)].filter((c): c is string => c !== undefined && COLOR_PATTERN.test(c)).map((c) => c.toLowerCase());
    await Promise.all(wanted.map((color) => this.write(color)));
  }

  /** The dot of a colour once prepared, else a plain tag icon. */
  icon(color: string | undefined): vscode.Uri | vscode.ThemeIcon {
    const key = color?.toLowerCase();
    return key !== undefined && this.ready.has(key) ? this.uri(key) : FALLBACK;
  }

  private uri(color: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, `dot-${color.slice(1)}.svg`);
  }

  private write(color: string): Promise<boolean> {
    let done = this.written.get(color);
    if (!done) {
      this.folderReady ??= Promise.resolve(vscode.workspace.fs.createDirectory(this.folder)).then(() => true, (err) => { this.log.warn(`Could not create ${this.folder.fsPath}: ${String(err)}`); return false; });
      done = this.folderReady
        .then((ok) => ok && Promise.resolve(vscode.workspace.fs.writeFile(this.uri(color), new TextEncoder().encode(colorDotSvg(color)))).then(() => true))
        .then((ok) => { if (ok) this.ready.add(color); return ok; }, (err) => { this.log.warn(`Could not write the icon of colour ${color}: ${String(err)}`); return false; });
      this.written.set(color, done);
    }
    return done;
  }
}
