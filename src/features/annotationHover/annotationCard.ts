// The data of an annotation's hover, gathered from the annotation and codebook services for the
// core builder (core/annotationHoverCard): code paths and colours, dates, status, links.
import { codeColor } from '../../core/presentation/annotationColors';
import type { AnnotationCardInput, HoverCode } from '../../core/presentation/annotationHoverCard';
import { isProposal } from '../../core/presentation/annotationPaint';
import type { LiveAnnotation } from '../../core/tagging/liveAnnotations';
import type { CardLink } from '../../core/presentation/hoverCard';
import type { Codes } from '../../services/annotations/annotations';
import { COMMANDS } from '../../vscode/commandIds';

/** Names from the top-level code down to `id`; empty when the codebook has no such code. */
export function codePath(codebook: Codes, id: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (
    let code = codebook.code(id);
    code && !seen.has(code.id);
    code = code.parent === undefined ? undefined : codebook.code(code.parent)
  ) {
    seen.add(code.id);
    names.unshift(code.name);
  }
  return names;
}

export function hoverCode(codebook: Codes, id: string): HoverCode {
  return { id, path: codePath(codebook, id), color: codeColor(id, (c) => codebook.code(c)) };
}

function cardLinks(documentUri: string, live: LiveAnnotation): CardLink[] {
  const args = [documentUri, live.annotation.id];
  const links: CardLink[] = [
    { label: 'Edit', command: COMMANDS.editAnnotation, args, title: 'Change the codes and note of this annotation' },
    { label: 'Delete', command: COMMANDS.deleteAnnotation, args, title: 'Delete this annotation (it can be undone)' },
  ];
  if (isProposal(live.status)) {
    links.push({
      label: 'Accept proposed place',
      command: COMMANDS.acceptAnnotationPlace,
      args,
      title: 'Keep the annotation here: its quote becomes the text of this place',
    });
  }
  return links;
}

export function annotationCard(codebook: Codes, documentUri: string, live: LiveAnnotation, readOnly: boolean): AnnotationCardInput {
  const a = live.annotation;
  return {
    codes: a.codes.map((id) => hoverCode(codebook, id)),
    note: a.note,
    author: a.author,
    created: a.created,
    modified: a.modified,
    status: live.status,
    score: isProposal(live.status) ? live.result?.score : undefined,
    runnerUpScore: live.status === 'ambiguous' ? live.result?.runnerUp?.score : undefined,
    edited: live.edited,
    readOnly,
    links: cardLinks(documentUri, live),
  };
}
