/**
 * The Analysis panel's model (core/analysis/panelModel.ts) over a whole corpus index, as the editor
 * recomputes it on the extension host's thread 500 ms after every change of the index: every
 * document with its attributes, the most mentioned entities and their co-occurrence in sentences,
 * for the panel's default of 25 entities and for 200. Over the generated corpus at each catalog
 * size, and over each `--folder` (indexed in this process with the threads, as `scan` reads it).
 */
import { buildPanelModel, DEFAULT_PANEL_OPTIONS, indexPanelDocuments, type PanelModel } from '../../core/analysis/panelModel';
import { CorpusIndex } from '../../core/index/corpusIndex';
import { scannedDocument } from '../../core/indexing/documentScan';
import { withFolderScan } from '../folderScanSetup';
import { nodeEnv } from '../nodeEnv';
import { collectGarbage, repeat, type Timing } from './measure';
import { formatTable } from './table';

/** Entities shown: the panel's default, and a 200 × 200 matrix (issue 14). */
export const PANEL_TOPS = [25, 200] as const;

export interface PanelModelRow {
  top: number;
  /** Entities the model holds (fewer than `top` when fewer are mentioned). */
  shown: number;
  pairs: number;
  units: number;
  ms: Timing;
}

export interface PanelModelFigure {
  label: string;
  documents: number;
  mentions: number;
  rows: PanelModelRow[];
}

/** `runs` timed builds per top after one warm-up, the index's ids taken as the documents' paths. */
export function benchPanelModel(
  label: string,
  index: CorpusIndex,
  runs: number,
  listed: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map(),
): PanelModelFigure {
  const rows = PANEL_TOPS.map((top): PanelModelRow => {
    const options = { ...DEFAULT_PANEL_OPTIONS, unit: 'sentence' as const, top };
    let model: PanelModel | undefined;
    collectGarbage();
    const ms = repeat(
      () => {
        model = buildPanelModel(
          indexPanelDocuments(index, (id) => id, listed),
          { entities: index.entities, codes: [] },
          options,
        );
      },
      runs,
      1,
    );
    if (!model) throw new Error('no panel model was built');
    return { top, shown: model.rows.length, pairs: model.pairs.length, units: model.units, ms };
  });
  return { label, documents: index.documentCount, mentions: index.mentionCount, rows };
}

/** A folder indexed as `scan` reads it (its catalog, or the world catalog), then its panel model timed. */
export async function benchFolderPanelModel(folder: string, runs: number): Promise<PanelModelFigure> {
  return withFolderScan(nodeEnv(), folder, [], async (scan) => {
    const index = new CorpusIndex(scan.matcher);
    for await (const f of scan.documents.scan(scan.pool)) index.addScanned(f.path, scannedDocument(f.scan), f.scan.length, f.scan.date);
    return benchPanelModel(folder, index, runs, scan.dating.fields);
  });
}

const ms = (t: Timing): string => (t.median >= 100 ? t.median.toFixed(0) : t.median.toFixed(1));

export function formatPanelModelBench(figures: ReadonlyArray<PanelModelFigure & { entities?: number }>): string {
  const int = (n: number): string => n.toLocaleString('en-US');
  const rows = figures.map((f) => [
    f.label,
    int(f.documents),
    int(f.mentions),
    ...f.rows.flatMap((r) => [`${ms(r.ms)} (${ms({ ...r.ms, median: r.ms.best })})`, `${r.shown} / ${int(r.pairs)}`]),
  ]);
  return [
    'Analysis panel model: buildPanelModel over every document of the index (attributes included), sentence unit;',
    'the editor recomputes it on the extension host thread 500 ms after every index change',
    formatTable(
      [
        ['corpus', 'left'],
        ['documents', 'right'],
        ['mentions', 'right'],
        ...PANEL_TOPS.flatMap((top): Array<[string, 'right']> => [
          [`top ${top} ms (best)`, 'right'],
          [`shown / pairs`, 'right'],
        ]),
      ],
      rows,
    ),
    '(ms = median of the timed builds, best in brackets; shown = entities the model holds, pairs = pairs mentioned together)',
  ].join('\n');
}
