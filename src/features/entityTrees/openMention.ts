// `openMention` (internal): opens a document with one mention selected. The arguments are plain
// values (URI string, 0-based range, entity id) taken when the tree item was made; if the text has
// moved since, the nearest mention of that entity is selected instead of a stale range.
import * as vscode from 'vscode';
import type { Corpus } from '../../services/corpus/corpus';
import { mentionRange } from '../../services/corpus/mentionLookup';
import { openAt } from '../../vscode/openAt';

/** The mention of `entityId` that starts closest to `range` in the document as it is now. */
export function nearestMention(
  corpus: Corpus,
  document: vscode.TextDocument,
  range: vscode.Range,
  entityId: string,
): vscode.Range | undefined {
  const indexed = corpus.fresh(document);
  const entity = corpus.index.entityIndex(entityId);
  if (!indexed || entity < 0) return undefined;
  const target = document.offsetAt(range.start);
  const list = indexed.mentions;
  let best = -1;
  for (let i = 0; i < list.length; i++) {
    if (list.entity(i) !== entity) continue;
    if (best < 0 || Math.abs(list.start(i) - target) < Math.abs(list.start(best) - target)) best = i;
    if (list.start(i) > target) break; // sorted: later ones only get farther
  }
  return best < 0 ? undefined : mentionRange(document, indexed, best);
}

export async function openMention(corpus: Corpus, uri: unknown, ...args: unknown[]): Promise<void> {
  const [startLine, startCharacter, endLine, endCharacter, entityId] = args;
  const numbers = [startLine, startCharacter, endLine, endCharacter];
  if (typeof uri !== 'string' || !numbers.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) {
    throw new Error('expected a document URI and a range (start line, start character, end line, end character)');
  }
  const [sl, sc, el, ec] = numbers as number[];
  await openAt(
    vscode.Uri.parse(uri, true),
    (document) => {
      const range = document.validateRange(new vscode.Range(sl, sc, el, ec));
      return (typeof entityId === 'string' ? nearestMention(corpus, document, range, entityId) : undefined) ?? range;
    },
    { preview: true },
  );
}
