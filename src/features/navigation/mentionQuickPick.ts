// A quick pick of the mentions of an entity: the editor previews the highlighted mention (in a
// preview tab, never pinned) as the analyst moves through the list; accept opens it, Escape goes
// back to where the analyst was. A long list is capped: its last item says how many more there
// are and lists the next page when accepted.
import * as vscode from 'vscode';
import { moreMentionsText } from '../../core/index/entityMentions';
import { iconSafe } from '../../core/text/iconSafe';
import { LatestOnly } from '../../core/base/latestOnly';
import { previewFromQuickOpen } from '../../vscode/config';
import { openAt } from '../../vscode/openAt';
import { displayPath } from '../../vscode/workspaceFiles';
import type { MentionLocation } from '../../services/corpus/mentionLookup';

interface MentionItem extends vscode.QuickPickItem {
  location?: vscode.Location;
  /** The last item of a capped list: accepting it lists the next page. */
  more?: true;
}

export type MentionPick = vscode.QuickPick<vscode.QuickPickItem>;

/** What a capped list leaves out. */
export interface MentionRest {
  mentions: number;
  documents: number;
  /** How many the next page lists. */
  next: number;
}

export interface MentionPickOptions {
  title: string;
  /** The mentions listed at first. */
  first: readonly MentionLocation[];
  /** The next page of mentions. */
  more: () => Promise<readonly MentionLocation[]>;
  /** What is not listed yet (after `first`, then after each page). */
  rest: () => MentionRest;
  /** A preview that could not open (a file deleted meanwhile) or a page that could not be listed: the list stays usable. */
  onError: (err: unknown) => void;
  /** Called with the quick pick once it is shown (the in-editor tests read it). */
  onShow?: (pick: MentionPick) => void;
}

/** Resolves with the accepted mention (opened in the editor), or undefined when dismissed. */
export function pickMention({ title, first, more, rest, onError, onShow }: MentionPickOptions): Promise<vscode.Location | undefined> {
  const origin = vscode.window.activeTextEditor;
  const back = origin && {
    document: origin.document,
    viewColumn: origin.viewColumn,
    selection: origin.selection,
    visible: origin.visibleRanges[0],
  };
  const pick = vscode.window.createQuickPick<MentionItem>();
  pick.title = title;
  pick.placeholder = 'Type to filter by text or file; the editor previews the highlighted mention';
  pick.matchOnDescription = true;
  const listed: MentionItem[] = mentionItems(first, undefined);
  const withRest = (): MentionItem[] => {
    const r = rest();
    return r.mentions > 0 ? [...listed, moreItem(r)] : listed;
  };
  pick.items = withRest();
  const previews = new LatestOnly(onError);
  let previewed = false;
  let accepted: vscode.Location | undefined;
  const showMore = async (): Promise<void> => {
    pick.busy = true;
    try {
      const page = mentionItems(await more(), listed.at(-1)?.location?.uri);
      listed.push(...page);
      pick.items = withRest();
      const firstNew = page.find((i) => i.location);
      if (firstNew) pick.activeItems = [firstNew];
    } finally {
      pick.busy = false;
    }
  };
  return new Promise((resolve, reject) => {
    const subscriptions = [
      pick.onDidChangeActive(([item]) => {
        const location = item?.location;
        if (!location) return;
        previewed = true;
        previews.run(async () => {
          await openAt(location.uri, location.range, { preview: true, preserveFocus: true });
        });
      }),
      pick.onDidAccept(() => {
        const [item] = pick.activeItems;
        if (item?.more) {
          if (!pick.busy) showMore().catch(onError);
          return;
        }
        accepted = item?.location;
        pick.hide();
      }),
      pick.onDidHide(() => {
        vscode.Disposable.from(...subscriptions).dispose();
        pick.dispose();
        const settle = async (): Promise<vscode.Location | undefined> => {
          await previews.idle();
          if (accepted) await openAt(accepted.uri, accepted.range, { preview: previewFromQuickOpen(), preserveFocus: false });
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
    onShow?.(pick);
  });
}

/** The items of some mentions, a separator before each document (not before `previous`, the
 * document the list shown so far ends with). */
function mentionItems(mentions: readonly MentionLocation[], previous: vscode.Uri | undefined): MentionItem[] {
  const items: MentionItem[] = [];
  let documentUri = previous?.toString() ?? '';
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

/** "$(ellipsis) 149,000 more mentions in 10,900 documents", kept visible while filtering. */
function moreItem(r: MentionRest): MentionItem {
  return {
    label: `$(ellipsis) ${moreMentionsText(r.mentions, r.documents)}`,
    description: `Enter lists the next ${r.next.toLocaleString('en-US')}`,
    detail: 'Typing filters the mentions listed so far; Find All References (Shift+Alt+F12) on a mention lists them all.',
    alwaysShow: true,
    more: true,
  };
}
