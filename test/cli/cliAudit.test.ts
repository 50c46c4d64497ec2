// `policy-annotator audit`, run as the built dist/cli.js, on real UN statements (the gold set's
// texts) with the sample catalog as it was before it built on the world catalog: the audit must
// point at "West" inside longer names and at "Republic of Korea" inside the DPRK's formal name.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { AuditReport } from '../../src/core/matcher/catalogAudit';
import { buildCli, runBuiltCli } from './support/cliHarness';

describe('CLI audit (dist/cli.js)', function () {
  this.timeout(60_000);
  let dir = '';
  let catalog = '';
  before(() => {
    buildCli();
    dir = mkdtempSync(path.join(tmpdir(), 'pa-audit-'));
    catalog = path.join(dir, 'entities.yaml');
    // The sample catalog alone: without the world catalog it knows no DPRK formal name.
    writeFileSync(catalog, readFileSync('corpus/entities.yaml', 'utf8').replace(/^extends: world\n/m, ''));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('points at names inside longer names, with counts, examples and fixes (JSON)', () => {
    const run = runBuiltCli('audit', 'test/gold/texts', '--catalog', catalog, '--format', 'json');
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as AuditReport;
    assert.equal(report.documents, 20);
    const korea = report.spellings.find((s) => s.entity === 'south-korea' && s.spelling === 'Republic of Korea');
    const dprk = korea?.inside.find((l) => l.name === "Democratic People's Republic of Korea");
    assert.ok(dprk && dprk.count >= 3 && dprk.knownAs === undefined, JSON.stringify(korea?.inside));
    assert.match(dprk.example.text, /Democratic People's Republic of Korea/);
    assert.ok(korea!.fixes.some((f) => f.startsWith('"Democratic People\'s Republic of Korea"')));
    const west = report.spellings.find((s) => s.entity === 'the-west' && s.spelling === 'West');
    assert.ok(west && west.inside.some((l) => l.name === 'West Berlin') && west.insideCount >= 5, JSON.stringify(west));
    assert.ok(
      report.unmentioned.some((u) => u.id === 'asean-secretariat'),
      'entities never mentioned are listed',
    );
  });

  it('prints the same as a table for people', () => {
    const run = runBuiltCli('audit', 'test/gold/texts', '--catalog', catalog);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Catalog audit: \d+ mentions in 20 documents$/m);
    assert.match(run.stdout, /^ {2}"Republic of Korea" \[south-korea\]: \d+ of \d+ matches inside longer names$/m);
    assert.match(
      run.stdout,
      /^ {4}Democratic People's Republic of Korea \d+ \(unknown to the catalog\) e\.g\. test\/gold\/texts\/ungd-1991-prk\.txt:\d+: /m,
    );
    assert.match(
      run.stdout,
      /^ {4}fix: "West Berlin" \(\d+×\): add it as an alias of the entity it names, or to notMentions if it names none$/m,
    );
  });
});
