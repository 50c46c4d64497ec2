// The build writes the world catalog's parse beside the bundles (dist/world.catalog.json), and the
// CLI reads it instead of parsing the YAML, but only the snapshot of its own build and only while
// the shipped YAML is the text it was made from. Shown on a copy of the package whose snapshot was doctored to know one more name.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, CLI_ENV } from './support/cliHarness';

interface Snapshot {
  format: number;
  build: string;
  source: string;
  parsed: { entities: Array<{ id: string; aliases: Array<{ text: string; ignoreCase: boolean }> }> };
}

describe('CLI: the world catalog from the build snapshot', function () {
  this.timeout(60_000);
  let root = '';
  before(() => {
    buildCli();
    root = mkdtempSync(join(tmpdir(), 'pa-world-snapshot-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is written by the build for the shipped world.yaml', () => {
    const snapshot = JSON.parse(readFileSync('dist/world.catalog.json', 'utf8')) as Snapshot;
    assert.equal(snapshot.source, createHash('sha256').update(readFileSync('catalogs/world.yaml', 'utf8')).digest('hex'));
    assert.ok(snapshot.parsed.entities.some((e) => e.id === 'russia'));
  });

  it('is what the CLI reads while world.yaml is unchanged, and not after it changed', () => {
    // The package's layout: dist/ with the bundles, catalogs/world.yaml beside it.
    mkdirSync(join(root, 'dist'));
    mkdirSync(join(root, 'catalogs'));
    for (const f of ['cli.js', 'scanWorker.js']) copyFileSync(join('dist', f), join(root, 'dist', f));
    copyFileSync('catalogs/world.yaml', join(root, 'catalogs', 'world.yaml'));
    const snapshot = JSON.parse(readFileSync('dist/world.catalog.json', 'utf8')) as Snapshot;
    snapshot.parsed.entities.find((e) => e.id === 'russia')!.aliases.push({ text: 'Muscovy', ignoreCase: false });
    writeFileSync(join(root, 'dist', 'world.catalog.json'), JSON.stringify(snapshot));
    const folder = join(root, 'corpus');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Muscovy and Russia.\n');
    const russia = (): string => {
      const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', folder, '--format', 'json'], {
        encoding: 'utf8',
        env: CLI_ENV,
      });
      assert.equal(run.status, 0, run.stderr);
      const json = JSON.parse(run.stdout) as { entities: Array<{ id: string; mentions: number }> };
      return `russia:${json.entities.find((e) => e.id === 'russia')?.mentions}`;
    };
    assert.equal(russia(), 'russia:2', 'the doctored snapshot was read');
    // The same, as written by another build: not read.
    writeFileSync(join(root, 'dist', 'world.catalog.json'), JSON.stringify({ ...snapshot, build: 'another build' }));
    assert.equal(russia(), 'russia:1', 'a snapshot of another build was not read');
    writeFileSync(join(root, 'dist', 'world.catalog.json'), JSON.stringify(snapshot));
    assert.equal(russia(), 'russia:2');
    appendFileSync(join(root, 'catalogs', 'world.yaml'), '# edited after the build\n');
    assert.equal(russia(), 'russia:1', 'the edited YAML was parsed');
  });
});
