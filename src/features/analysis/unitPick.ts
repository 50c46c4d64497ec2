// The units behind a cell of the Analysis matrix as a quick pick, each as its document and line, in
// document order; the chosen one opens with its span (first mention of the pair to the last, or
// the passages) selected.
import * as vscode from 'vscode';
import type { PairUnit } from '../../core/analysis/panelUnits';
import { iconSafe } from '../../core/text/iconSafe';
import type { Corpus } from '../../services/corpus/corpus';
import { openAt } from '../../vscode/openAt';
import { displayPath } from '../../vscode/workspaceFiles';
import { offsetRange } from '../../vscode/offsetRange';

interface UnitItem extends vscode.QuickPickItem {
  unit: PairUnit;
}

export async function pickUnit(corpus: Corpus, units: readonly PairUnit[], title: string): Promise<void> {
  const items: UnitItem[] = [];
  const texts = new Map<string, vscode.TextDocument>();
  for (const unit of units) {
    const uri = corpus.uriOf(unit.document);
    if (!uri) continue;
    let line = unit.line;
    if (line === undefined) {
      // Passages know their offsets only: the line comes from the document.
      let document = texts.get(unit.document);
      if (!document) texts.set(unit.document, (document = await vscode.workspace.openTextDocument(uri)));
      line = document.positionAt(unit.start).line;
    }
    items.push({ unit, label: iconSafe(`${displayPath(uri)}:${line + 1}`) });
  }
  const chosen = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: 'Open a unit where both occur',
  });
  if (!chosen) return;
  const uri = corpus.uriOf(chosen.unit.document);
  if (!uri) return;
  await openAt(uri, (document) => offsetRange(document, chosen.unit.start, chosen.unit.end), {
    preview: false,
  });
}
