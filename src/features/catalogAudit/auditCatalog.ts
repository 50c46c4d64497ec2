// "Audit Catalog": the catalog audit (core/matcher/catalogAudit.ts) over every indexed document, with a
// cancellable progress notification, then the findings in a pick list (the biggest problems
// first) and, for one finding, its longer names with counts; choosing one opens the document at
// an occurrence, the match selected. Entities never mentioned come last; choosing one opens its
// entry in the catalog.
import * as vscode from 'vscode';
import { CatalogAudit, type AuditReport, type Occurrence, type SpellingFinding } from '../../core/matcher/catalogAudit';
import { scanDocument } from '../../core/matcher/documentScanner';
import { iconSafe } from '../../core/text/iconSafe';
import { plural } from '../../core/text/plural';
import { openAt } from '../../vscode/openAt';
import { readWorkspaceText, yieldToHost } from '../../vscode/workspaceFiles';
import type { Prompts } from '../catalogEditing/prompts';
import type { Corpus } from '../../services/corpus/corpus';
import { COMMANDS } from '../../vscode/commandIds';
import { offsetRange } from '../../vscode/offsetRange';

interface FindingItem extends vscode.QuickPickItem {
  finding?: SpellingFinding;
  unmentioned?: string;
}
interface PlaceItem extends vscode.QuickPickItem {
  occurrence: Occurrence;
}

/** Runs the audit over the index; undefined when cancelled. */
export async function auditCorpus(
  corpus: Corpus,
  token?: vscode.CancellationToken,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
): Promise<AuditReport | undefined> {
  const index = corpus.index;
  const matcher = index.matcher;
  const audit = new CatalogAudit(corpus.catalog);
  const ids = [...index.documentIds()].sort();
  for (const [n, id] of ids.entries()) {
    if (token?.isCancellationRequested || corpus.index !== index) return undefined;
    const uri = corpus.uriOf(id);
    const indexed = index.document(id);
    if (!uri || !indexed) continue;
    const text = await readWorkspaceText(uri).catch(() => undefined);
    // The mentions of the index are those of the text it scanned: scan again what was read now.
    if (text !== undefined)
      audit.add(vscode.workspace.asRelativePath(uri, false), text, scanDocument(matcher, text, indexed.date?.day).mentions);
    if (n % 20 === 19) {
      progress?.report({ message: `${n + 1}/${ids.length} documents`, increment: (100 * 20) / ids.length });
      await yieldToHost();
    }
  }
  return audit.report();
}

function findingItems(report: AuditReport): FindingItem[] {
  const items: FindingItem[] = report.spellings.map((s) => ({
    label: iconSafe(`"${s.spelling}"`),
    description: iconSafe(
      `${s.entity} · ${s.insideCount > 0 ? `${s.insideCount} of ${s.matches} inside longer names` : ''}${s.lowercase > 0 ? `${s.insideCount > 0 ? ' · ' : ''}${s.lowercase} in lowercase` : ''}`,
    ),
    detail: iconSafe(
      s.inside
        .slice(0, 4)
        .map((l) => `${l.name} ${l.count}`)
        .join(' · ') ||
        (s.fixes[0] ?? ''),
    ),
    finding: s,
  }));
  if (report.unmentioned.length > 0) {
    items.push({ label: `Never mentioned (${report.unmentioned.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const u of report.unmentioned) items.push({ label: iconSafe(u.name), description: u.id, unmentioned: u.id });
  }
  return items;
}

function placeItems(finding: SpellingFinding): PlaceItem[] {
  const items: PlaceItem[] = finding.inside.map((l) => ({
    label: iconSafe(l.name),
    description: `${l.count}× · ${l.knownAs === undefined ? 'unknown to the catalog' : `a name of ${l.knownAs}`}`,
    detail: iconSafe(`${l.example.document}:${l.example.line}  ${l.example.text}`),
    occurrence: l.example,
  }));
  if (finding.lowercaseExample) {
    items.push({
      label: iconSafe(`"${finding.spelling}" in lowercase`),
      description: `${finding.lowercase}×`,
      detail: iconSafe(`${finding.lowercaseExample.document}:${finding.lowercaseExample.line}  ${finding.lowercaseExample.text}`),
      occurrence: finding.lowercaseExample,
    });
  }
  return items;
}

async function open(occurrence: Occurrence): Promise<void> {
  const folder =
    vscode.workspace.workspaceFolders?.find(
      (f) => vscode.workspace.asRelativePath(vscode.Uri.joinPath(f.uri, occurrence.document), false) === occurrence.document,
    ) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  await openAt(vscode.Uri.joinPath(folder.uri, occurrence.document), (document) => offsetRange(document, occurrence.start, occurrence.end));
}

/** The command: audit, then let the analyst walk the findings. Returns the report (tests read it). */
export async function auditCatalog(corpus: Corpus, prompts: Prompts): Promise<AuditReport | undefined> {
  if (corpus.catalog.entities.length === 0) {
    void vscode.window.showInformationMessage(
      'Policy Annotator: there is no catalog to audit (no entities.yaml, and the world catalog is off).',
    );
    return undefined;
  }
  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Policy Annotator: auditing the catalog', cancellable: true },
    (progress, token) => auditCorpus(corpus, token, progress),
  );
  if (!report) return undefined;
  const title = `Catalog audit: ${plural(report.spellings.length, 'name')} to look at, ${report.unmentioned.length} entities never mentioned (${plural(report.mentions, 'mention')} in ${plural(report.documents, 'document')})`;
  for (;;) {
    const chosen = await prompts.pick(findingItems(report), 'A name to look at: where it was found inside a longer name', { title });
    if (!chosen) return report;
    if (chosen.unmentioned) {
      await vscode.commands.executeCommand(COMMANDS.openEntityDefinition, chosen.unmentioned);
      return report;
    }
    if (!chosen.finding) continue;
    const place = await prompts.pick(placeItems(chosen.finding), chosen.finding.fixes[0] ?? 'An occurrence to open', {
      title: `"${chosen.finding.spelling}" (${chosen.finding.entity})`,
    });
    if (place) {
      await open(place.occurrence);
      return report;
    }
  }
}
