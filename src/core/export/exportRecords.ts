/**
 * Builds the export records of one sidecar: each annotation re-anchored against its document's
 * current text (ARCHITECTURE.md, Anchoring, read-only: nothing is written back), with its line numbers, its codes
 * named from the codebook and the entities mentioned inside the passage. Every annotation gives a
 * record, orphans included; a missing document leaves them all orphaned.
 */
import { AnchorText, anchorAnnotations, type AnchorRange, type AnchorResult } from '../anchoring';
import { LineIndex } from '../text/lineIndex';
import type { SidecarAnnotation } from '../sidecars/sidecarTypes';
import { exportCode, type CodeLookup } from './codeNames';
import type { AnchoredPlace, ExportRecord } from './exportTypes';
import type { PassageEntities } from './passageEntities';

export interface SidecarExport {
  /** Paths relative to the exported folder. */
  document: string;
  sidecar: string;
  documentHash?: string;
  annotations: readonly SidecarAnnotation[];
  /** The document's raw text now; undefined when it is missing or unreadable. */
  text?: string;
  codes: CodeLookup;
  /** Entities mentioned between two raw offsets of `text`; none when there is no catalog. */
  mentions?: PassageEntities;
}

export function exportRecords(input: SidecarExport): ExportRecord[] {
  if (input.text === undefined) return input.annotations.map((a) => record(input, a, undefined));
  const doc = AnchorText.of(input.text);
  const lines = new LineIndex(input.text);
  const report = anchorAnnotations(doc, { documentHash: input.documentHash, annotations: input.annotations });
  return report.results.map(({ annotation, result }) => record(input, annotation, placeOf(result, doc, lines, input.mentions)));
}

interface Place {
  status: AnchorResult['status'];
  anchored?: AnchoredPlace;
  mentioned: string[];
}

function placeOf(result: AnchorResult, doc: AnchorText, lines: LineIndex, mentions: PassageEntities | undefined): Place {
  const range = result.range;
  if (!range || result.status === 'orphaned') return { status: result.status, mentioned: [] };
  return { status: result.status, anchored: anchoredPlace(range, doc, lines), mentioned: mentions?.(range.rawStart, range.rawEnd) ?? [] };
}

function anchoredPlace(range: AnchorRange, doc: AnchorText, lines: LineIndex): AnchoredPlace {
  const last = Math.max(range.rawStart, range.rawEnd - 1);
  return {
    start: range.start,
    end: range.end,
    startLine: lines.position(range.rawStart).line + 1,
    endLine: lines.position(last).line + 1,
    text: doc.text.slice(doc.unitOf(range.start), doc.unitOf(range.end)),
  };
}

function record(input: SidecarExport, a: SidecarAnnotation, place: Place | undefined): ExportRecord {
  const { exact, prefix, suffix, start, end } = a.target;
  const mentioned = place?.mentioned ?? [];
  return {
    document: input.document,
    sidecar: input.sidecar,
    id: a.id,
    codes: a.codes.map((c) => exportCode(input.codes, c)),
    quote: exact,
    prefix,
    suffix,
    note: a.note,
    author: a.author,
    created: a.created,
    modified: a.modified,
    status: place?.status ?? 'orphaned',
    storedStatus: a.status,
    stored: start !== undefined && end !== undefined ? { start, end } : undefined,
    anchored: place?.anchored,
    linkedEntities: [...a.entities],
    mentionedEntities: mentioned,
    entities: [...new Set([...a.entities, ...mentioned])],
  };
}
