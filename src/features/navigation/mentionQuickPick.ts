// A quick pick of every mention of an entity: the editor previews the highlighted mention (in a
// preview tab, never pinned) as the analyst moves through the list; accept opens it, Escape goes
// back to where the analyst was.
import * as vscode from 'vscode';
import { iconSafe } from '../../core/iconSafe';
import { LatestOnly } from '../../core/latestOnly';
import { displayPath } from '../../vscode/workspaceFiles';
import type { MentionLocation } from '../shared/mentionLookup';

interface MentionItem extends vscode.QuickPickItem {
  location?: vscode.Location;
}

export interface MentionPickOptions {
  title: string;
  mentions: readonly MentionLocation[];
  /** A preview that could not open (a file deleted meanwhile): the list stays usable. */
  onPreviewError: (err: unknown) => void;
}

/** Resolves with the accepted mention (opened in the editor), or undefined when dismissed. */
export function pickMention({ title, mentions, onPreviewError }: MentionPickOptions): Promise<vscode.Location | undefined> {
  const origin = vscode.window.activeTextEditor;
  const back = origin && { document: origin.document, viewColumn: origin.viewColumn, selection: origin.selection, visible: origin.visibleRanges[0] };
  const pick = vscode.window.createQuickPick<MentionItem>();
  pick.title = title;
  pick.placeholder = 'Type to filter by text or file; the editor previews the highlighted mention';
  pick.matchOnDescription = true;
  pick.items = mentionItems(mentions);
  const previews = new LatestOnly(onPreviewError);
  let previewed = false;
  let accepted: vscode.Location | undefined;
  return new Promise((resolve, reject) => {
    const subscriptions = [
      pick.onDidChangeActive(([item]) => {
        const location = item?.location;
        if (!location) return;
        previewed = true;
        previews.run(() => show(location, { preview: true, preserveFocus: true }));
      }),
      pick.onDidAccept(() => {
        accepted = pick.activeItems[0]?.location;
        pick.hide();
      }),
      pick.onDidHide(() => {
        vscode.Disposable.from(...subscriptions).dispose();
        pick.dispose();
        const settle = async (): Promise<vscode.Location | undefined> => {
          await previews.idle();
          if (accepted) await show(accepted, { preview: previewFromQuickOpen(), preserveFocus: false });
          else if (back && previewed) {
            const editor = await vscode.window.showTextDocument(back.document, { viewColumn: back.viewColumn, selection: back.selection });
            if (back.visible) editor.revealRange(back.visible, vscode.TextEditorRevealType.AtTop);
          }
          return accepted;
        };
        settle().then(resolve, reject);
      }),
    ];
    pick.show();
  });
}

function mentionItems(mentions: readonly MentionLocation[]): MentionItem[] {
  const items: MentionItem[] = [];
  let documentUri = '';
  for (const { location, context } of mentions) {
    const path = displayPath(location.uri);
    if (location.uri.toString() !== documentUri) {
      documentUri = location.uri.toString();
      items.push({ label: iconSafe(path), kind: vscode.QuickPickItemKind.Separator });
    }
    items.push({
      label: iconSafe(`${context.before}${context.match}${context.after}`),
      description: iconSafe(`${path}:${location.range.start.line + 1}`),
      location,
    });
  }
  return items;
}

async function show(location: vscode.Location, options: { preview: boolean; preserveFocus: boolean }): Promise<void> {
  const editor = await vscode.window.showTextDocument(location.uri, { ...options, selection: location.range });
  editor.revealRange(location.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Whether editors opened from a quick pick start as preview tabs (the user's setting). */
function previewFromQuickOpen(): boolean {
  return vscode.workspace.getConfiguration('workbench.editor').get<boolean>('enablePreviewFromQuickOpen', false);
}
