// The scan cache, run as the built dist/cli.js on copies of test/fixtures/cli/analysis with the cache
// in a temporary folder (XDG_CACHE_HOME), never the user's: every answer given from the cache must
// be the answer of a full scan (--no-cache), whatever changed in between.
//
// Documents count as settled only some seconds after their last change (SETTLE_MARGIN_MS): the
// folders are made first, then the tests wait that long once, before any runs.
import { strict as assert } from 'node:assert';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { SETTLE_MARGIN_MS } from '../../src/core/indexing/scanCacheValidity';
import { buildCli, FIXTURES, runBuiltCliWith, type CliRun } from './support/cliHarness';

const FOLDERS = ['same', 'edited', 'same-size', 'catalog', 'dates', 'corrupt', 'no-cache', 'racy', 'unwritable'];

interface CacheLine {
  reused: number;
  scanned: number;
  outcome: string;
}

describe('CLI scan cache (dist/cli.js)', function () {
  this.timeout(120_000);
  let root = '';
  const folder = (name: string): string => path.join(root, name);
  const cacheHome = (name: string): string => path.join(root, `cache-${name}`);
  const cacheFiles = (name: string): string[] => {
    const dir = path.join(cacheHome(name), 'policy-annotator', 'scans');
    try {
      return readdirSync(dir).map((f) => path.join(dir, f));
    } catch {
      return [];
    }
  };

  /** Runs with the cache of `name` (talking about what it did). */
  const cached = (name: string, ...args: string[]): CliRun =>
    runBuiltCliWith({ XDG_CACHE_HOME: cacheHome(name), POLICY_ANNOTATOR_CACHE: 'verbose' }, ...args);
  /** Runs with every document scanned, as the truth to compare with. */
  const full = (name: string, ...args: string[]): CliRun =>
    runBuiltCliWith({ XDG_CACHE_HOME: cacheHome(name), POLICY_ANNOTATOR_CACHE: 'verbose' }, ...args, '--no-cache');

  function cacheLine(run: CliRun): CacheLine {
    const m = /scan cache .*: (\d+) documents? from the cache, (\d+) scanned; (.*)$/m.exec(run.stderr);
    assert.ok(m, `no cache line in: ${run.stderr}`);
    return { reused: Number(m[1]), scanned: Number(m[2]), outcome: m[3] };
  }

  /** The command's output, from the cache, equals a full scan's; and what the cache did. */
  function sameAsFull(name: string, ...args: string[]): CacheLine {
    const truth = full(name, ...args);
    const run = cached(name, ...args);
    assert.equal(run.status, truth.status, run.stderr);
    assert.equal(run.stdout, truth.stdout, `${args.join(' ')}: the same output as a full scan`);
    return cacheLine(run);
  }

  before(async function () {
    buildCli();
    root = mkdtempSync(path.join(tmpdir(), 'pa-cli-cache-'));
    for (const name of FOLDERS) cpSync(`${FIXTURES}/analysis`, folder(name), { recursive: true });
    await delay(SETTLE_MARGIN_MS + 500);
  });

  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('answers a second run, of any command, from the cache, with the same output as a full scan', () => {
    const f = folder('same');
    const before = readdirSync(f).sort();
    assert.deepEqual(sameAsFull('same', 'cooccur', f, '--format', 'csv'), { reused: 0, scanned: 3, outcome: 'written' });
    for (const args of [
      ['cooccur', f, '--format', 'csv'],
      ['cooccur', f, '--unit', 'document', '--where', 'genre=speech', '--format', 'json'],
      ['cooccur', f, '--of', 'codes-entities'],
      ['kwic', f, '--entity', 'russia', '--sort', 'right1'],
      ['kwic', f, '--text', 'aside', '--format', 'csv'],
      ['matrix', f, '--rows', 'year', '--per-10k'],
      ['matrix', f, '--rows', 'genre', '--format', 'json'],
      ['scan', f, '--mentions', '--format', 'csv'],
      ['scan', f, '--all', '--format', 'csv'],
      ['audit', f, '--format', 'json'],
    ])
      assert.deepEqual(sameAsFull('same', ...args), { reused: 3, scanned: 0, outcome: 'unchanged' }, args.join(' '));
    const json = JSON.parse(cached('same', 'scan', f, '--format', 'json').stdout) as { totals: { fromCache: number } };
    assert.equal(json.totals.fromCache, 3, 'scan --format json says how many came from the cache');
    assert.match(cached('same', 'scan', f).stdout, /; 3 from the scan cache\n$/);
    assert.deepEqual(readdirSync(f).sort(), before, 'nothing written in the analyst’s folder');
    assert.equal(cacheFiles('same').length, 1, 'one cache file for the folder');
  });

  it('scans again a document edited since (content and modification time)', () => {
    const f = folder('edited');
    const before = sameAsFull('edited', 'cooccur', f, '--format', 'csv');
    assert.equal(before.scanned, 3);
    const old = cached('edited', 'cooccur', f, '--format', 'csv').stdout;
    writeFileSync(path.join(f, 'c.txt'), 'Now China and ASEAN are here, and Russia.\n');
    assert.deepEqual(sameAsFull('edited', 'cooccur', f, '--format', 'csv'), { reused: 2, scanned: 1, outcome: 'written' });
    assert.notEqual(cached('edited', 'cooccur', f, '--format', 'csv').stdout, old, 'the edit shows');
  });

  it('scans again a document rewritten at the same size with a newer modification time', () => {
    const f = folder('same-size');
    const file = path.join(f, 'c.txt');
    sameAsFull('same-size', 'scan', f, '--format', 'csv');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace('anyone', 'Russia'); // six letters for six
    assert.equal(Buffer.byteLength(changed), Buffer.byteLength(text));
    const { mtimeMs } = statSync(file);
    writeFileSync(file, changed);
    utimesSync(file, new Date(mtimeMs + 1000), new Date(mtimeMs + 1000));
    const line = sameAsFull('same-size', 'scan', f, '--format', 'csv');
    assert.equal(line.scanned, 1);
    assert.match(cached('same-size', 'kwic', f, '--entity', 'russia', '--format', 'csv').stdout, /c\.txt/);
  });

  it('scans everything again when the catalog or a listed date changes, not when another listed field does', () => {
    const f = folder('catalog');
    sameAsFull('catalog', 'cooccur', f, '--format', 'csv');
    const catalog = path.join(f, 'entities.yaml');
    writeFileSync(catalog, `${readFileSync(catalog, 'utf8')}  - { id: talks, name: talked, kind: actor, type: state }\n`);
    assert.deepEqual(sameAsFull('catalog', 'cooccur', f, '--format', 'csv'), { reused: 0, scanned: 3, outcome: 'written' });
    assert.match(cached('catalog', 'cooccur', f, '--format', 'csv').stdout, /^asean,talks,/m);
    assert.deepEqual(sameAsFull('catalog', 'scan', f, '--format', 'csv', '--catalog', catalog), {
      reused: 3,
      scanned: 0,
      outcome: 'unchanged',
    });

    const g = folder('dates');
    const list = path.join(g, 'documents.yaml');
    sameAsFull('dates', 'matrix', g, '--rows', 'year');
    writeFileSync(list, readFileSync(list, 'utf8').replace('  - path: c.txt\n', '  - path: c.txt\n    date: 1999-05-01\n'));
    assert.deepEqual(sameAsFull('dates', 'matrix', g, '--rows', 'year'), { reused: 0, scanned: 3, outcome: 'written' });
    writeFileSync(list, readFileSync(list, 'utf8').replace('country: USA', 'country: CAN'));
    assert.deepEqual(sameAsFull('dates', 'matrix', g, '--rows', 'country'), { reused: 3, scanned: 0, outcome: 'unchanged' });
    assert.match(cached('dates', 'matrix', g, '--rows', 'country').stdout, /^CAN,/m, 'the new attribute, with scans from the cache');
  });

  it('sets aside a damaged or truncated cache with one line, answers right, and writes it again', () => {
    const f = folder('corrupt');
    sameAsFull('corrupt', 'cooccur', f, '--format', 'csv');
    const [file] = cacheFiles('corrupt');
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(file, bytes);
    const run = cached('corrupt', 'cooccur', f, '--format', 'csv');
    assert.equal(run.stdout, full('corrupt', 'cooccur', f, '--format', 'csv').stdout);
    assert.equal(run.stderr.split('\n').filter((l) => l.includes('not used')).length, 1, run.stderr);
    assert.match(run.stderr, /scan cache .*: not used: its checksum does not match: altered or damaged; it is written again/);
    assert.deepEqual(cacheLine(run), { reused: 0, scanned: 3, outcome: 'written' });
    assert.deepEqual(sameAsFull('corrupt', 'cooccur', f, '--format', 'csv'), { reused: 3, scanned: 0, outcome: 'unchanged' });

    truncateSync(file, 100);
    const cut = cached('corrupt', 'kwic', f, '--entity', 'china');
    assert.equal(cut.status, 0);
    assert.match(cut.stderr, /not used: .*truncated/);
    assert.equal(cut.stdout, full('corrupt', 'kwic', f, '--entity', 'china').stdout);
  });

  it('with --no-cache or POLICY_ANNOTATOR_CACHE=off, never reads or writes the cache', () => {
    const f = folder('no-cache');
    for (const command of [
      ['scan', f, '--format', 'csv'],
      ['audit', f],
      ['cooccur', f],
      ['kwic', f, '--entity', 'asean'],
      ['matrix', f, '--rows', 'year'],
    ]) {
      const run = full('no-cache', ...command);
      assert.equal(run.status, 0, run.stderr);
      assert.doesNotMatch(run.stderr, /scan cache/);
    }
    assert.deepEqual(cacheFiles('no-cache'), [], 'nothing written');
    const off = runBuiltCliWith({ XDG_CACHE_HOME: cacheHome('no-cache'), POLICY_ANNOTATOR_CACHE: 'off' }, 'scan', f);
    assert.equal(off.status, 0);
    assert.deepEqual(cacheFiles('no-cache'), []);

    // A damaged cache in place is not even read.
    sameAsFull('no-cache', 'scan', f, '--format', 'csv');
    const [file] = cacheFiles('no-cache');
    writeFileSync(file, 'damaged');
    utimesSync(file, 1000, 1000);
    for (const run of [
      full('no-cache', 'cooccur', f),
      runBuiltCliWith({ XDG_CACHE_HOME: cacheHome('no-cache'), POLICY_ANNOTATOR_CACHE: 'off' }, 'cooccur', f),
    ]) {
      assert.equal(run.status, 0);
      assert.doesNotMatch(run.stderr, /scan cache/);
    }
    assert.equal(readFileSync(file, 'utf8'), 'damaged');
    assert.equal(statSync(file).mtimeMs, 1_000_000);
  });

  it('never keeps a document changed within seconds of the run, even when its stamp then stays the same', () => {
    const f = folder('racy');
    sameAsFull('racy', 'cooccur', f, '--format', 'csv');
    // A new document, its modification time set a second back (as an editor or a copy may leave it).
    const fresh = path.join(f, 'd.txt');
    const when = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);
    writeFileSync(fresh, 'Russia and China.\n');
    utimesSync(fresh, when, when);
    assert.deepEqual(sameAsFull('racy', 'cooccur', f, '--format', 'csv'), { reused: 3, scanned: 1, outcome: 'written' });
    assert.deepEqual(sameAsFull('racy', 'cooccur', f, '--format', 'csv'), { reused: 3, scanned: 1, outcome: 'written' }, 'still not kept');
    // Rewritten at the same size with the same modification time: the answer follows the text.
    writeFileSync(fresh, 'ASEAN and China.\n');
    utimesSync(fresh, when, when);
    const line = sameAsFull('racy', 'cooccur', f, '--format', 'csv');
    assert.equal(line.scanned, 1);
    assert.match(cached('racy', 'cooccur', f, '--format', 'csv').stdout, /^asean,china,5,4,2,/m);
  });

  it('warns, and answers all the same, when the cache cannot be written', () => {
    const f = folder('unwritable');
    const blocked = path.join(root, 'cache-unwritable');
    mkdirSync(path.dirname(blocked), { recursive: true });
    writeFileSync(blocked, 'a file where the cache folder would be');
    const run = cached('unwritable', 'cooccur', f, '--format', 'csv');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, full('unwritable', 'cooccur', f, '--format', 'csv').stdout);
    assert.match(run.stderr, /scan cache .*: warning: not written \(.*\); the next run scans again/);
  });
});
