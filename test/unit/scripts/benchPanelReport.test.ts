import { strict as assert } from 'node:assert';
import { formatBenchPanelTable, type BenchPanelRun } from '../../../scripts/vscode-host/benchPanelReport';
import { frameStats, type DrawFigure } from '../../../scripts/vscode-host/panelMeasure';

describe('bench:panel report', () => {
  it('counts frames and the gaps between them over the seconds recorded', () => {
    const frames = [0, 16.7, 33.4, 50.1, 150.1, 166.8];
    const s = frameStats({ from: 0, to: 200, frames, renders: [10, 60, 160], inputs: 5 });
    assert.deepEqual(
      [
        s.seconds,
        s.frames,
        s.frameMedianMs.toFixed(1),
        s.frameWorstMs.toFixed(0),
        s.renders,
        s.rendersPerSecond,
        s.renderMedianGapMs,
        s.renderWorstGapMs,
      ],
      [0.2, 6, '16.7', '100', 3, 15, 75, 100],
    );
    assert.equal(frameStats({ from: 0, to: 1000, frames: [0, 16], renders: [], inputs: 0 }).renderMedianGapMs, null);
  });

  it('prints the median and range of each timing, what was drawn, and the frames', () => {
    const draw = (what: string, status: string, painted: number[]): DrawFigure => ({
      what,
      status,
      runs: painted.map((p) => ({ modelMs: 100, returnedMs: null, drawnMs: p - 50, paintedMs: p })),
    });
    const stats = frameStats({ from: 0, to: 1000, frames: [0, 16.7, 33.4], renders: [0, 16.7], inputs: 2 });
    const run: BenchPanelRun = {
      documents: 704,
      corpusMB: 28.4,
      syntheticEntities: 400,
      seed: 1,
      cpus: 2,
      loadBefore: 1,
      loadAfter: 2,
      figures: {
        open: draw('open', '704 of 704 documents; 25 entities; 191 pairs in 98793 sentences', [700, 710, 690]),
        matrix: [draw('matrix 200 × 200', '704 of 704 documents; 200 entities; 11098 pairs in 156156 sentences', [690, 650, 900])],
        network: draw(
          'network',
          "704 of 704 documents; 300 entities; 28544 pairs in 163229 sentences; 2913 of the 28544 pairs with n_ab ≥ 1 drawn: each entity's 11 strongest. A higher n_ab ≥ draws all of fewer pairs.",
          [800],
        ),
        interaction: [{ what: 'zoom', stats }],
      },
    };
    const table = formatBenchPanelTable(run);
    assert.match(table, /matrix 200 × 200 +100 ms \(100–100\) +– +640 ms \(600–850\) +690 ms \(650–900\)/);
    assert.match(table, /network: 300 entities, 28544 pairs \(2913 drawn: each entity's 11 strongest\)/);
    assert.match(table, /zoom +2 +3 fps: 16\.7 \/ 17 \/ 17 ms +2\.0 \/s +17 \/ 17 ms/);
  });
});
