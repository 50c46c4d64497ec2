// Reading the entity highlights back in tests: what the extension last applied to an editor (its
// API records it; VS Code cannot read decorations back) against what the index says is there.
import * as vscode from 'vscode';
import { mentionStyleOf, MENTION_STYLES, type MentionStyle } from '../../../src/core/presentation/entityStyles';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';
import { waitFor } from './waitFor';

export type StyledKeys = Map<MentionStyle, Set<string>>;

export const rangeKey = (r: vscode.Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** The ranges last applied to the editor, per style, as keys; undefined if it was never painted. */
export function appliedKeys(api: PolicyAnnotatorApi, editor: vscode.TextEditor): StyledKeys | undefined {
  const applied = api.decorations.applied(editor);
  if (!applied) return undefined;
  return new Map(MENTION_STYLES.map((s) => [s, new Set((applied.ranges.get(s) ?? []).map(rangeKey))]));
}

/** Every mention the index holds for the editor's current text, placed with document.positionAt. */
export function indexedKeys(api: PolicyAnnotatorApi, editor: vscode.TextEditor): StyledKeys {
  const { document } = editor;
  const out: StyledKeys = new Map(MENTION_STYLES.map((s) => [s, new Set<string>()]));
  const indexed = api.corpus.fresh(document);
  if (!indexed) return out;
  const list = indexed.mentions;
  for (let i = 0; i < list.length; i++) {
    const range = new vscode.Range(document.positionAt(list.start(i)), document.positionAt(list.end(i)));
    out.get(mentionStyleOf(api.corpus.index.entities[list.entity(i)]))?.add(rangeKey(range));
  }
  return out;
}

export function total(keys: StyledKeys | undefined): number {
  let n = 0;
  for (const set of keys?.values() ?? []) n += set.size;
  return n;
}

/** Waits until the editor's current text is painted, with highlights on or off as asked. */
export async function waitForPaint(api: PolicyAnnotatorApi, editor: vscode.TextEditor, enabled: boolean, what: string): Promise<void> {
  await waitFor(
    () => {
      const applied = api.decorations.applied(editor);
      return applied?.version === editor.document.version && applied.enabled === enabled;
    },
    10_000,
    `${what}: decorations for version ${editor.document.version} (highlights ${enabled ? 'on' : 'off'})`,
  );
}

/** The style whose ranges include this one, if any. */
export function styleAt(keys: StyledKeys | undefined, range: vscode.Range): MentionStyle | undefined {
  const key = rangeKey(range);
  return MENTION_STYLES.find((s) => keys?.get(s)?.has(key));
}
