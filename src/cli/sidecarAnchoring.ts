/**
 * The anchoring part of `check`: each annotation of a sidecar re-anchored against its document's
 * current text (ARCHITECTURE.md, Anchoring), read-only. A missing or unreadable document leaves every annotation
 * orphaned. Non-anchored statuses are reported, never counted as errors.
 */
import { anchorAnnotations } from '../core/anchoring';
import type { CheckedSidecar } from '../core/sidecars/sidecarTypes';
import { shortened } from '../core/text/shortText';
import { ANNOTATION_STATUSES, type AnnotationStatus } from '../core/anchoring/anchorTypes';

export interface AnchoredSummary {
  id: string;
  status: AnnotationStatus;
  /** The sidecar line and column of the annotation, and the start of its quote. */
  line: number;
  column: number;
  quote: string;
}

export interface SidecarAnchoring {
  /** The document anchored against (display path), whether or not it could be read. */
  documentFile: string;
  annotations: AnchoredSummary[];
  counts: Record<AnnotationStatus, number>;
}

/** `text` undefined: the document is missing or unreadable. */
export function anchorSidecar(checked: CheckedSidecar, documentFile: string, text: string | undefined): SidecarAnchoring {
  const summary = (a: CheckedSidecar['annotations'][number], status: AnnotationStatus): AnchoredSummary => ({
    id: a.id,
    status,
    line: a.location.line,
    column: a.location.column,
    quote: a.target.exact,
  });
  if (text === undefined) {
    const counts = zeroCounts();
    counts.orphaned = checked.annotations.length;
    return { documentFile, annotations: checked.annotations.map((a) => summary(a, 'orphaned')), counts };
  }
  const report = anchorAnnotations(text, { documentHash: checked.documentHash, annotations: checked.annotations });
  return { documentFile, annotations: report.results.map((r) => summary(r.annotation, r.result.status)), counts: report.counts };
}

function zeroCounts(): Record<AnnotationStatus, number> {
  return Object.fromEntries(ANNOTATION_STATUSES.map((s) => [s, 0])) as Record<AnnotationStatus, number>;
}

const QUOTE_START = 40;

/**
 * Text form: `doc: 3 anchored, 1 needs review, 0 ambiguous, 1 orphaned`, then one indented line
 * per annotation not anchored: `sidecar:line:col: status id "quote start…"`.
 */
export function anchoringLines(sidecarFile: string, anchoring: SidecarAnchoring): string[] {
  const c = anchoring.counts;
  const head = `${anchoring.documentFile}: ${c.anchored} anchored, ${c['needs-review']} needs review, ${c.ambiguous} ambiguous, ${c.orphaned} orphaned`;
  const rest = anchoring.annotations
    .filter((a) => a.status !== 'anchored')
    .map((a) => `  ${sidecarFile}:${a.line}:${a.column}: ${a.status} ${a.id} ${quoteStart(a.quote)}`);
  return [head, ...rest];
}

/** The quote's first code points on one line, quoted and escaped (it is someone else's text). */
export function quoteStart(quote: string): string {
  const cut = shortened(quote.replace(/\s+/g, ' ').trim(), QUOTE_START, { wordBoundary: 0 });
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
