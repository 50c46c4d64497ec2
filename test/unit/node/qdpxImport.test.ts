// importQdpx on a real folder: what it writes, that a second import writes nothing, and that a
// refused project, a hostile name or a symbolic link never leads to a write outside the folder
// or over an existing file.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { importQdpx } from '../../../src/node/qdpxImport';
import { problemLine } from '../../../src/core/exchange/qdeImportReport';
import { fixtureXml, qdpx, smallProject, GUID_A, SOURCE_A, toolsQdpx } from '../helpers/qdpxFixtures';
import { snapshot } from '../helpers/folderSnapshot';
import { useTempFolder } from '../helpers/tempFolder';

const GUID_B2 = '30000000-0000-4000-8000-00000000000b';

describe('importQdpx (a .qdpx into a folder on disk)', function () {
  this.timeout(30000);
  const temp = useTempFolder('pa-qdpx-import-');
  let root = '';
  beforeEach(() => {
    root = temp();
  });

  it('writes documents, codebook and sidecars; a second import writes nothing', async () => {
    const into = path.join(root, 'corpus');
    const first = await importQdpx(toolsQdpx(), into);
    assert.equal(first.imported, true);
    assert.deepEqual(first.written.sort(), [
      'ASEAN statement.txt',
      'ASEAN statement.txt.annotations.yaml',
      'Council minutes.txt',
      'Council minutes.txt.annotations.yaml',
      'Interview_ 1_2.txt',
      'Interview_ 1_2.txt.annotations.yaml',
      'codebook.yaml',
      'documents.yaml',
    ]);
    assert.equal(readFileSync(path.join(into, 'Council minutes.txt'), 'utf8'), SOURCE_A);
    // The variable "Year" (2024) of the one source that has a value: the document's date.
    assert.equal(readFileSync(path.join(into, 'documents.yaml'), 'utf8'), 'documents:\n  - path: Council minutes.txt\n    date: 2024\n');
    const before = snapshot(root);
    const second = await importQdpx(toolsQdpx('sources'), into);
    assert.deepEqual(second.written, []);
    assert.deepEqual(snapshot(root), before, 'nothing changed on disk');
    assert.deepEqual(
      second.report.documents.map((d) => d.annotationsPresent),
      [3, 2, 1],
    );
  });

  it('refuses a project that does not follow the schema, naming the line; nothing is written', async () => {
    const xml = smallProject('a', [['not-a-guid', 0, 3]]);
    const outcome = await importQdpx(qdpx(xml, { [`sources/${GUID_A}.txt`]: 'abcdef' }), path.join(root, 'corpus'));
    assert.equal(outcome.imported, false);
    assert.match(
      problemLine(outcome.report.problems[0]),
      /^project\.qde:5: error: .*PlainTextSelection.*guid.*nothing is imported from it\)$/,
    );
    assert.equal(existsSync(path.join(root, 'corpus')), false);
  });

  it('refuses an entity bomb before parsing; nothing is written', async () => {
    const outcome = await importQdpx(qdpx(fixtureXml('entity-bomb.qde')), path.join(root, 'corpus'));
    assert.equal(outcome.imported, false);
    assert.match(problemLine(outcome.report.problems[0]), /^project\.qde:2: error: a DOCTYPE declaration is refused/);
    assert.equal(existsSync(path.join(root, 'corpus')), false);
  });

  it('keeps every write inside the folder: a hostile source name, a symbolic link where a document would go', async () => {
    const into = path.join(root, 'corpus');
    const outside = path.join(root, 'outside');
    mkdirSync(into);
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'victim.txt'), 'keep me\n');
    symlinkSync(path.join(outside, 'victim.txt'), path.join(into, 'linked.txt'));
    const hostile = smallProject('../outside/victim.txt', [['40000000-0000-4000-8000-000000000001', 0, 3]]);
    const linked = smallProject('linked.txt', [['40000000-0000-4000-8000-000000000002', 0, 3]]).replaceAll(GUID_A, GUID_B2);
    const before = snapshot(outside);
    const first = await importQdpx(qdpx(hostile, { [`sources/${GUID_A}.txt`]: 'abcdef' }), into);
    assert.deepEqual(first.written.sort(), ['_outside_victim.txt', '_outside_victim.txt.annotations.yaml']);
    const second = await importQdpx(qdpx(linked, { [`sources/${GUID_B2}.txt`]: 'abcdef' }), into);
    assert.deepEqual(second.written, []);
    assert.ok(second.report.problems.some((p) => /linked\.txt: a symbolic link is there; it is not overwritten/.test(p.message)));
    assert.deepEqual(snapshot(outside), before, 'nothing outside the folder changed');
  });
});
