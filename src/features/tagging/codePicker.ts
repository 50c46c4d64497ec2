// The multi-select pick of codes shared by Tag Selection and Edit Annotation: codes the
// annotation holds that the codebook lacks, recently used codes, then the whole codebook, each
// with its colour, and last "New code…", which adds a code named as typed (or asks for a name),
// asks where it goes and shows the pick again with it checked. The list is fixed while the pick
// is shown (TaggingPrompts.pickMany says why).
import * as vscode from 'vscode';
import { plainMessage } from '../../core/text/plainMessage';
import { codePickEntries } from '../../core/tagging/codePickEntries';
import { codeNamed, newCodeOffer } from '../../core/tagging/newCode';
import type { PromptStep } from '../catalogEditing/prompts';
import { askCodeName, createNamedCode } from './newCodeFlow';
import type { Tagging } from './taggingContext';

export interface CodeItem extends vscode.QuickPickItem {
  codeId?: string;
  /** The item that adds a new code. */
  creates?: true;
}

export const PLACEHOLDER = 'Check codes with Space, then Enter · type to find a code · a new name, then New code… to add it';
export const NEW_CODE_LABEL = '$(add) New code…';
const NEW_CODE: CodeItem = {
  label: NEW_CODE_LABEL,
  description: 'named as typed, added to the codebook',
  alwaysShow: true,
  creates: true,
};

/** The pick's items (the codes, then New code…) and, among them, the codes. */
function codeItems(t: Tagging, held: readonly string[]): { items: CodeItem[]; codes: CodeItem[] } {
  const entries = codePickEntries(t.services.codebook.codebook, t.recent.ids, held);
  const codes: CodeItem[] = [];
  const items = entries.map((e): CodeItem => {
    if (e.kind === 'section') return { label: e.label, kind: vscode.QuickPickItemKind.Separator };
    const item: CodeItem = {
      label: e.label,
      description: e.description,
      detail: e.detail,
      iconPath: t.swatches.icon(e.color),
      codeId: e.id,
    };
    codes.push(item);
    return item;
  });
  return { items: [...items, { label: '', kind: vscode.QuickPickItemKind.Separator }, NEW_CODE], codes };
}

/**
 * The codes chosen (checked, in list order), or undefined on Escape. Enter with nothing checked
 * after typing takes the highlighted item, else the code of that name, else adds a code of that
 * name; with nothing typed, it means no code.
 */
export async function pickCodes(t: Tagging, current: readonly string[], step: PromptStep): Promise<string[] | undefined> {
  let checked = [...current];
  for (;;) {
    const tree = t.services.codebook.codebook;
    await t.swatches.ensure([...tree.byId.values()].map((c) => c.color));
    const { items, codes } = codeItems(t, current);
    const answer = await t.prompts.pickMany(
      items,
      codes.filter((i) => checked.includes(i.codeId!)),
      PLACEHOLDER,
      step,
      (s) => s.some((i) => i.creates),
    );
    if (!answer) return undefined;
    const typed = answer.value.trim() === '' ? undefined : answer.value;
    const named = typed === undefined ? undefined : codeNamed(typed, tree);
    const chosen: readonly CodeItem[] =
      answer.selected.length > 0 || typed === undefined
        ? answer.selected
        : [answer.active ?? (named !== undefined ? { label: typed, codeId: named } : NEW_CODE)];
    const chosenCodes = chosen.flatMap((i) => (i.codeId === undefined ? [] : [i.codeId]));
    if (!chosen.some((i) => i.creates)) return chosenCodes;
    // New code…: a name the codebook has is that code, checked; else the typed name, or one asked for.
    if (named !== undefined) {
      checked = chosenCodes.includes(named) ? chosenCodes : [...chosenCodes, named];
      continue;
    }
    const name = (typed === undefined ? undefined : newCodeOffer(typed, tree)) ?? (await askCodeName(t, '', { title: 'New Code: name' }));
    const id =
      name === undefined
        ? undefined
        : await createNamedCode(t, name, undefined, { title: 'New Code: place' }).catch((err: unknown) => {
            void vscode.window.showErrorMessage(plainMessage(t.services.log.error(`Could not add the code "${name}"`, err)));
            return undefined;
          });
    checked = id === undefined ? chosenCodes : [...chosenCodes, id];
  }
}
