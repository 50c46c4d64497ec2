// Code colours as icons: one small SVG disc per colour, written once into the extension's
// global storage (a tree item's icon must be a file or a theme icon, and theme colours cannot be
// arbitrary #rrggbb). A code without a colour, or before its file exists, gets a theme icon.
import * as vscode from 'vscode';
import { swatchFileName, swatchSvg } from '../../core/codebook/codeSwatch';
import type { OutputLog } from '../../vscode/outputLog';

const FALLBACK = new vscode.ThemeIcon('tag');

export class CodeSwatches {
  private readonly written = new Set<string>();
  private readonly folder: vscode.Uri;

  constructor(storage: vscode.Uri, private readonly log: OutputLog) {
    this.folder = vscode.Uri.joinPath(storage, 'code-colours');
  }

  /** Writes the swatches of these colours that are not on disk yet. */
  async ensure(colors: Iterable<string | undefined>): Promise<void> {
    const missing = [...new Set(colors)].filter((c): c is string => c !== undefined && swatchFileName(c) !== undefined && !this.written.has(swatchFileName(c)!));
    if (missing.length === 0) return;
    try {
      await vscode.workspace.fs.createDirectory(this.folder);
      for (const color of missing) {
        const name = swatchFileName(color)!;
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder, name), new TextEncoder().encode(swatchSvg(color)));
        this.written.add(name);
      }
    } catch (err) {
      this.log.warn(`Code colour icons could not be written to ${this.folder.toString()}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  icon(color: string | undefined): vscode.Uri | vscode.ThemeIcon {
    const name = color === undefined ? undefined : swatchFileName(color);
    return name !== undefined && this.written.has(name) ? vscode.Uri.joinPath(this.folder, name) : FALLBACK;
  }
}
