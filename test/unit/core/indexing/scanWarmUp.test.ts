// A scanning thread warms its scanner up before the first document (scanWarmUp.ts): that must
// leave every later scan as it would have been, whatever the catalog.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCatalog } from '../../../../src/core/catalog/catalogLoader';
import { scanForIndex, scannedDocument, type ScanSetup } from '../../../../src/core/indexing/documentScan';
import { warmUpScanning } from '../../../../src/core/indexing/scanWarmUp';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { layeredCatalogFile } from '../../helpers/sampleCatalog';

const CORPUS = path.join(__dirname, '..', '..', '..', '..', 'corpus');

describe('indexing pipeline: the scanner warm-up', () => {
  it('leaves the scans of the documents after it unchanged', () => {
    const setup: ScanSetup = {
      matcher: compileMatcher(layeredCatalogFile(path.join(CORPUS, 'entities.yaml'))),
      listed: new Map(),
      keepBom: true,
      attributes: true,
    };
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));
    const scans = () => files.map((f) => scanForIndex(setup, { path: f, content: readFileSync(path.join(CORPUS, f)) }).scan);
    const before = scans();
    assert.ok(before.some((s) => scannedDocument(s).mentions.length > 0));
    warmUpScanning(setup);
    assert.deepEqual(scans(), before);
  });

  it('runs on a catalog with no names, and on one of a single short name', () => {
    for (const yaml of ['entities: []\n', 'entities:\n  - { id: eu, name: EU, kind: institution, type: organisation }\n']) {
      const setup: ScanSetup = { matcher: compileMatcher(loadCatalog(yaml, 'entities.yaml')), listed: new Map(), keepBom: false };
      warmUpScanning(setup);
      assert.equal(
        scannedDocument(scanForIndex(setup, { path: 'a.txt', content: 'The EU.\n' }).scan).mentions.length,
        yaml.includes('EU') ? 1 : 0,
      );
    }
  });
});
