// The multi-select pick of codes shared by Tag Selection and Edit Annotation: codes the
// annotation holds that the codebook lacks, recently used codes, then the whole codebook, each
// with its colour; typing a name no code has offers "New code …", which asks where the code goes,
// adds it to the codebook and shows the pick again with it checked.
import * as vscode from 'vscode';
import { iconSafe } from '../../core/text/iconSafe';
import { plainMessage } from '../../core/text/plainMessage';
import { codePickEntries } from '../../core/tagging/codePickEntries';
import { codeNamed, newCodeOffer } from '../../core/tagging/newCode';
import type { PromptStep } from '../catalogEditing/prompts';
import { createNamedCode } from './newCodeFlow';
import type { Tagging } from './taggingContext';

export interface CodeItem extends vscode.QuickPickItem {
  codeId?: string;
  /** The name of the code this item creates. */
  newCode?: string;
}

export const PLACEHOLDER = "Check codes with Space, then Enter · or type a code's name, or a new name to create it, and Enter";
export const newCodeLabel = (name: string): string => `$(add) New code "${iconSafe(name)}"…`;

/** The items for the text typed so far: the same array while the offer does not change. */
class CodeItems {
  readonly codes: CodeItem[];
  private last: { offer: string | undefined; items: readonly CodeItem[] };

  constructor(
    private readonly t: Tagging,
    held: readonly string[],
  ) {
    const entries = codePickEntries(t.services.codebook.codebook, t.recent.ids, held);
    const items = entries.map((e): CodeItem =>
      e.kind === 'section'
        ? { label: e.label, kind: vscode.QuickPickItemKind.Separator }
        : { label: e.label, description: e.description, detail: e.detail, iconPath: t.swatches.icon(e.color), codeId: e.id },
    );
    this.codes = items.filter((i) => i.codeId !== undefined);
    this.last = { offer: undefined, items };
  }

  readonly forTyped = (typed: string): readonly CodeItem[] => {
    const offer = newCodeOffer(typed, this.t.services.codebook.codebook);
    if (offer !== this.last.offer) {
      const base = this.last.items.filter((i) => i.newCode === undefined);
      const extra: CodeItem[] =
        offer === undefined
          ? []
          : [{ label: newCodeLabel(offer), description: 'add it to the codebook', alwaysShow: true, newCode: offer }];
      this.last = { offer, items: [...base, ...extra] };
    }
    return this.last.items;
  };

  checked(ids: readonly string[]): CodeItem[] {
    return this.codes.filter((i) => ids.includes(i.codeId!));
  }
}

/**
 * The codes chosen (checked, in list order), or undefined on Escape. Enter with nothing checked
 * after typing a name takes the highlighted item if any, else the code of that name, else offers
 * to create it; with nothing typed, it means no code.
 */
export async function pickCodes(t: Tagging, current: readonly string[], step: PromptStep): Promise<string[] | undefined> {
  let checked = [...current];
  for (;;) {
    const tree = t.services.codebook.codebook;
    await t.swatches.ensure([...tree.byId.values()].map((c) => c.color));
    const items = new CodeItems(t, current);
    const answer = await t.prompts.pickMany(items.forTyped, items.checked(checked), PLACEHOLDER, step, (s) =>
      s.some((i) => i.newCode !== undefined),
    );
    if (!answer) return undefined;
    const codes = answer.selected.flatMap((i) => (i.codeId === undefined ? [] : [i.codeId]));
    const typed: CodeItem | undefined =
      answer.selected.length > 0 || answer.value.trim() === ''
        ? undefined
        : (answer.active ?? { label: answer.value, codeId: codeNamed(answer.value, tree), newCode: newCodeOffer(answer.value, tree) });
    const create = answer.selected.find((i) => i.newCode !== undefined)?.newCode ?? typed?.newCode;
    if (create !== undefined) {
      const id = await createNamedCode(t, create, undefined, { title: 'New Code: place' }).catch((err: unknown) => {
        void vscode.window.showErrorMessage(plainMessage(t.services.log.error(`Could not add the code "${create}"`, err)));
        return undefined;
      });
      checked = id === undefined ? codes : [...codes, id];
      continue;
    }
    if (typed?.codeId !== undefined) codes.push(typed.codeId);
    return codes;
  }
}
