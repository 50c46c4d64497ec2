// Markdown that shows someone else's text next to the extension's own links (the hover cards):
// no HTML and no theme icons are rendered, and the only commands its links may run are the ones
// given, so a command: link written into a catalog, codebook or sidecar stays dead text.
import * as vscode from 'vscode';

/** A markdown string that renders no HTML and runs no command but `commands`. */
export function trustedMarkdown(value: string, commands: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = { enabledCommands: [...commands] };
  md.supportHtml = false;
  return md;
}
