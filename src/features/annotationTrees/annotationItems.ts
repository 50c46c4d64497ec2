// How an annotation looks in the views: its quote as the label, an icon for its status, a
// tooltip with codes, note and place (escaped markdown: all of it is workspace text), and a
// click that reveals it. Labels and descriptions are plain text (VS Code shows them literally).
import * as vscode from 'vscode';
import { attentionDescription, hasProposal, quoteLabel, statusWords } from '../../core/presentation/annotationLabels';
import { annotationTooltip } from '../../core/presentation/annotationTooltip';
import type { AnnotationStatus } from '../../core/anchoring/anchorTypes';
import { displayPath } from '../../vscode/workspaceFiles';
import type { Codes } from '../../services/annotations/annotations';
import { COMMANDS } from '../../vscode/commandIds';
import { fileName, type AnnotationEntry } from './corpusAnnotations';
import type { DocumentLines } from './documentLines';
import { CONTEXT_VALUES, type AnnotationNode } from './treeNodes';

const warning = new vscode.ThemeColor('list.warningForeground');
const STATUS_ICONS: Record<AnnotationStatus, vscode.ThemeIcon> = {
  anchored: new vscode.ThemeIcon('quote'),
  'needs-review': new vscode.ThemeIcon('warning', warning),
  ambiguous: new vscode.ThemeIcon('question', warning),
  orphaned: new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('list.errorForeground')),
};

/** What the description says: where it is (Codes), its codes (Annotations), its status (Needs Attention). */
export type AnnotationView = 'codes' | 'annotations' | 'attention';

export interface ItemContext {
  codebook: Codes;
  lines: DocumentLines;
}

/** `report.txt:12`, or `report.txt · orphaned` without a place. */
export function placeLabel(entry: AnnotationEntry, lines: DocumentLines): string {
  const { start, status } = entry.live;
  const line = start === undefined ? undefined : lines.line(entry.documentUri, start);
  if (line === undefined) return `${fileName(entry.documentUri)} · ${statusWords(status)}`;
  return `${fileName(entry.documentUri)}:${line + 1}`;
}

function codeNames(entry: AnnotationEntry, codebook: Codes): string {
  return entry.codes.map((id) => codebook.code(id)?.name ?? id).join(', ') || 'no code';
}

function description(view: AnnotationView, entry: AnnotationEntry, ctx: ItemContext): string {
  const { live } = entry;
  const text =
    view === 'codes'
      ? placeLabel(entry, ctx.lines)
      : view === 'annotations'
        ? codeNames(entry, ctx.codebook)
        : attentionDescription(live.status, live.result?.score, live.start);
  return entry.readOnly ? `${text} · read-only` : text;
}

function tooltip(entry: AnnotationEntry, ctx: ItemContext): vscode.MarkdownString {
  const { live, documentUri } = entry;
  const a = live.annotation;
  const line = live.start === undefined ? undefined : ctx.lines.line(documentUri, live.start);
  const proposal = hasProposal(live.status, live.start) ? ctx.lines.text(documentUri, live.start!, live.end!) : undefined;
  const markdown = annotationTooltip({
    quote: a.target.exact,
    codes: a.codes.map((id) => ({ id, name: ctx.codebook.code(id)?.name })),
    note: a.note,
    status: live.status,
    place: line === undefined ? displayPath(documentUri) : `${displayPath(documentUri)}, line ${line + 1}`,
    author: a.author,
    modified: a.modified,
    proposed: proposal !== a.target.exact ? proposal : undefined,
    readOnly: entry.readOnly,
  });
  return new vscode.MarkdownString(markdown); // not trusted, no HTML, no theme icons
}

export function annotationItem(node: AnnotationNode, entry: AnnotationEntry, view: AnnotationView, ctx: ItemContext): vscode.TreeItem {
  const { live } = entry;
  const item = new vscode.TreeItem(quoteLabel(live.annotation.target.exact), vscode.TreeItemCollapsibleState.None);
  item.id = itemId(node, view);
  item.description = description(view, entry, ctx);
  item.tooltip = tooltip(entry, ctx);
  item.iconPath = STATUS_ICONS[live.status];
  item.contextValue = view === 'attention' && hasProposal(live.status, live.start) ? CONTEXT_VALUES.proposed : CONTEXT_VALUES.annotation;
  item.command = { command: COMMANDS.revealAnnotation, title: 'Reveal Annotation', arguments: [node.documentUri, node.annotationId] };
  item.accessibilityInformation = { label: `${statusWords(live.status)} annotation: ${quoteLabel(live.annotation.target.exact)}` };
  return item;
}

/** An element from before a refresh whose annotation is gone: VS Code asks again after the refresh. */
export function vanishedItem(node: AnnotationNode, view: AnnotationView): vscode.TreeItem {
  const item = new vscode.TreeItem('(removed)', vscode.TreeItemCollapsibleState.None);
  item.id = `${itemId(node, view)}:gone`;
  return item;
}

function itemId(node: AnnotationNode, view: AnnotationView): string {
  const parent = node.parent ? (node.parent.kind === 'code' ? node.parent.codeId : node.parent.documentUri) : '';
  return `${view}:${parent}:${node.documentUri}#${node.annotationId}`;
}
