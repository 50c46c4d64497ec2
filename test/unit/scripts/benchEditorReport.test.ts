import { strict as assert } from 'node:assert';
import {
  benchEditorSummary,
  formatBenchEditorTable,
  stallTimes,
  type BenchEditorRun,
} from '../../../scripts/vscode-host/benchEditorReport';
import type { HostFigures } from '../../bench/hostFigures';

const host: HostFigures = {
  documents: 10953,
  mentions: 327004,
  catalogEntities: 435,
  entitiesMentioned: 301,
  activatedBy: 'bench',
  indexMs: 48123.4,
  indexBuildMs: 47900,
  longestStallMs: 577.26,
  stallsOver50Ms: 12,
  stallsAt: [
    { atMs: 1234, ms: 577.26 },
    { atMs: 6800, ms: 60 },
  ],
  stallSampledFromMs: -3.2,
  stallCoversWholeIndex: true,
  hostHeapMB: 183.04,
  hostArrayBuffersMB: 12.5,
  hostRssMB: 389.49,
  gcForced: true,
  references: {
    entity: 'united-nations',
    entityName: 'United Nations',
    entityMentions: 152000,
    entityDocuments: 10900,
    document: 'data/a.txt',
    referencesMs: 43001.6,
    referencesCount: 152001,
    referencesLongestStallMs: 1200.4,
    hostHeapGrowthReferencesMB: 512.36,
    peekMs: 1834.6,
  },
  rebuildMs: 46000.2,
  rebuildLongestStallMs: 300,
  rebuildStallsOver50Ms: 1,
  rebuildStallsAt: [{ atMs: 20, ms: 300 }],
  hostHeapAfterRebuildMB: 190.1,
};

const run = (over: Partial<BenchEditorRun> = {}, hostOver: Partial<HostFigures> = {}): BenchEditorRun => ({
  folder: '/tmp/ungdc',
  generated: false,
  files: 10962,
  corpusDocuments: 10953,
  corpusBytes: 214.04e6,
  cli: { ms: 5712.3, documents: 10953, mentions: 327004, elapsedMs: 5500 },
  host: { ...host, ...hostOver },
  folderUntouched: true,
  cpus: 2,
  loadBefore: 0.412,
  loadAfter: 2.345,
  ...over,
});

describe('bench:editor report', () => {
  it('gives every figure the issue asks for in one flat JSON object, rounded', () => {
    const s = benchEditorSummary(run());
    for (const key of ['documents', 'mentions', 'indexMs', 'longestStallMs', 'hostHeapMB', 'referencesMs', 'referencesCount'])
      assert.ok(key in s, key);
    assert.equal(s.documents, 10953);
    assert.equal(s.indexMs, 48123);
    assert.equal(s.cliMs, 5712);
    assert.equal(s.indexVsCli, 8.42);
    assert.equal(s.longestStallMs, 577);
    assert.equal(s.hostHeapMB, 183);
    assert.equal(s.referencesMs, 43002);
    assert.equal(s.referencesCount, 152001);
    assert.equal(s.hostHeapGrowthReferencesMB, 512.4);
    assert.equal(s.referencesPeekMs, 1835);
    assert.equal(s.corpusMB, 214);
    assert.equal(s.rebuildMs, 46000);
    assert.equal(s.folderUntouched, true);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(s)));
  });

  it('says null where nothing was measured', () => {
    const s = benchEditorSummary(run({}, { references: null, longestStallMs: null }));
    assert.equal(s.referencesMs, null);
    assert.equal(s.referencesCount, null);
    assert.equal(s.longestStallMs, null);
  });

  it('prints one row a figure, the ratio to the CLI and what the stall figure covers', () => {
    const table = formatBenchEditorTable(run());
    assert.match(table, /^What +Figure +Detail$/m);
    assert.match(table, /^CLI scan \(node dist\/cli\.js scan\) +5,712 ms +wall time/m);
    assert.match(table, /^Index in the editor +48,123 ms +activation to index complete = 8\.42 × CLI/m);
    assert.match(table, /10,953 \/ 327,004 +same as the CLI \/ same as the CLI/);
    assert.match(
      table,
      /577 ms +12 stalls over 50 ms \(at 1\.2 s: 577 ms, at 6\.8 s: 60 ms after activation\); sampled from activation: the whole first index/,
    );
    assert.match(table, /^Find All References \(API\) +43,002 ms +152,001 locations for united-nations/m);
    assert.match(table, /^Go to References \(Shift\+F12\) +1,835 ms +the user's path/m);
    assert.match(table, /^Rebuild Index +46,000 ms/m);
    assert.match(table, /1 stall over 50 ms/);
    assert.match(table, /folder untouched/);
  });

  it('says when the stall figure covers part of the index or none, and when the editor and the CLI disagree', () => {
    const partial = formatBenchEditorTable(
      run(
        { cli: { ms: 5000, documents: 10953, mentions: 327000, elapsedMs: 4800 } },
        { stallCoversWholeIndex: false, stallSampledFromMs: 1246.2 },
      ),
    );
    assert.match(partial, /sampled from 1,246 ms after activation only/);
    assert.match(partial, /same as the CLI \/ CLI: 327,000/);
    const none = formatBenchEditorTable(
      run({ folderUntouched: false }, { longestStallMs: null, stallCoversWholeIndex: false, stallSampledFromMs: 9000 }),
    );
    assert.match(none, /longest host stall +n\/a +12 stalls over 50 ms \(.*\); not sampled/);
    assert.match(none, /folder CHANGED during the run/);
  });

  it('says when the stalls fell', () => {
    assert.equal(stallTimes(host.stallsAt, 'after activation'), ' (at 1.2 s: 577 ms, at 6.8 s: 60 ms after activation)');
    assert.equal(stallTimes([], 'after activation'), '');
    assert.match(formatBenchEditorTable(run()), /at 0\.0 s: 300 ms into the rebuild/);
  });
});
