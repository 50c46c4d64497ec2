// Opens the catalog at an entity's declaration, with its `id: …` selected (tree and hover links).
import * as vscode from 'vscode';
import type { Entity } from '../../core/catalog/catalogTypes';
import { plainMessage } from '../../core/text/plainMessage';
import type { Corpus } from '../../services/corpus/corpus';
import { entityArgument, entityDefinition } from '../../services/corpus/mentionLookup';
import { openAt } from '../../vscode/openAt';

/** Where the declaration's `id: <id>` stands on its line (the rest of the line when it is not there). */
export function declarationRange(document: vscode.TextDocument, at: vscode.Position, entity: Entity): vscode.Range {
  const line = document.lineAt(Math.min(at.line, document.lineCount - 1));
  const from = Math.min(at.character, line.text.length);
  const idField = new RegExp(`^id\\s*:\\s*["']?${escapeRegExp(entity.id)}["']?`).exec(line.text.slice(from));
  const end = idField ? from + idField[0].length : line.text.trimEnd().length;
  return new vscode.Range(line.lineNumber, from, line.lineNumber, Math.max(from, end));
}

export async function openEntityDefinition(corpus: Corpus, id: unknown): Promise<vscode.TextEditor | undefined> {
  const target = entityArgument(corpus, id);
  if (!target) {
    void vscode.window.showInformationMessage(
      typeof id === 'string'
        ? `Policy Annotator: no entity with id '${plainMessage(id)}' in the catalog.`
        : 'Policy Annotator: place the cursor on a highlighted mention to open its entity in the catalog.',
    );
    return undefined;
  }
  const location = entityDefinition(corpus, target.entity);
  if (!location) {
    void vscode.window.showWarningMessage(
      `Policy Annotator: the catalog file ${plainMessage(target.entity.location.file)} of '${plainMessage(target.entity.id)}' is not in the workspace any more.`,
    );
    return undefined;
  }
  return openAt(location.uri, (document) => declarationRange(document, location.range.start, target.entity));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
