// Pick lists of codes for renaming and merging: the codebook's codes with their colour, their
// place in the hierarchy and how many annotations use them, then the codes annotations use that
// the codebook does not define.
import * as vscode from 'vscode';
import { codePath } from '../../core/codebook/codeChoices';
import { flattenCodes, type Code } from '../../core/codebook/codebook';
import { codeUsage } from '../../core/codebook/codeUsage';
import { iconSafe } from '../../core/text/iconSafe';
import type { PromptStep } from '../catalogEditing/prompts';
import type { CommandContext } from './commandContext';
import { corpusEntries } from './corpusAnnotations';

interface CodeItem extends vscode.QuickPickItem {
  codeId?: string;
}

function count(n: number): string {
  return `${n} annotation${n === 1 ? '' : 's'}`;
}

export async function pickCode(
  ctx: CommandContext,
  codes: readonly Code[],
  includeUnknown: boolean,
  placeholder: string,
  step: PromptStep,
): Promise<string | undefined> {
  const { codebook, annotations } = ctx.services;
  const usage = codeUsage(codebook.codebook.codes, corpusEntries(annotations));
  await ctx.swatches.ensure(codes.map((c) => c.color));
  const items: CodeItem[] = codes.map((c) => ({
    label: iconSafe(c.name),
    description: iconSafe(`${c.id} · ${count(usage.counts.get(c.id)?.own ?? 0)}`),
    detail: c.parent === undefined ? undefined : iconSafe(codePath(codebook.codebook, c.id)),
    iconPath: ctx.swatches.icon(c.color),
    codeId: c.id,
  }));
  if (includeUnknown && usage.unknown.length > 0) {
    items.push({ label: 'Not in codebook', kind: vscode.QuickPickItemKind.Separator });
    for (const id of usage.unknown) {
      items.push({
        label: iconSafe(id),
        description: count(usage.byCode.get(id)?.length ?? 0),
        iconPath: new vscode.ThemeIcon('warning'),
        codeId: id,
      });
    }
  }
  if (items.length === 0) throw new Error('the codebook has no codes yet');
  return (await ctx.prompts.pick(items, placeholder, step))?.codeId;
}

/** Every code of the codebook, parents before their children. */
export function allCodes(ctx: CommandContext): Code[] {
  return flattenCodes(ctx.services.codebook.codebook.codes).filter((c) => ctx.services.codebook.code(c.id) === c);
}
