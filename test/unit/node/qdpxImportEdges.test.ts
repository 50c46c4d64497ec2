// importQdpx on what an adversarial review found: our own export of a folder with subfolders and
// names a new file would not get, re-imported where it came from (nothing written); two codes of
// one name under different parents (kept apart); GUIDs used twice (reported); a DOCTYPE only
// mentioned inside a note (accepted); thousands of entries (read); long non-Latin names (written
// whole, with their sidecars); a sidecar already there without its document (said).
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { loadCodebook, flattenCodes } from '../../../src/core/codebook/codebook';
import { readQdpxArchive } from '../../../src/core/exchange/qdpxUnzip';
import { importQdpx } from '../../../src/node/qdpxImport';
import { snapshot } from '../helpers/folderSnapshot';
import { GUID_A, qdpx, smallProject } from '../helpers/qdpxFixtures';
import { useTempFolder } from '../helpers/tempFolder';

const G = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A project: sources given as [name, text, selections as [guid, start, end, codeGuid]], and codes. */
function project(sources: [string, string, [string, number, number, string][]][], codes: string, notes = ''): Uint8Array {
  const files: Record<string, string> = {};
  const xml = sources
    .map(([name, text, selections], i) => {
      files[`sources/${G(100 + i)}.txt`] = text;
      const sel = selections
        .map(
          ([guid, start, end, code]) =>
            `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}"><Coding guid="${G(5000 + start * 10 + end)}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`,
        )
        .join('');
      return `<TextSource guid="${G(100 + i)}" name="${name}" plainTextPath="internal://${G(100 + i)}.txt">${sel}</TextSource>`;
    })
    .join('\n');
  return qdpx(
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">\n${codes === '' ? '' : `<CodeBook><Codes>${codes}</Codes></CodeBook>`}\n<Sources>${xml}</Sources>${notes}\n</Project>\n`,
    files,
  );
}
const codeXml = (guid: string, name: string, children = ''): string =>
  `<Code guid="${guid}" name="${name}" isCodable="true">${children}</Code>`;

describe('importQdpx: the edges a review found', function () {
  this.timeout(30000);
  const temp = useTempFolder('pa-qdpx-edges-');

  it('writes nothing when our export of a folder with subfolders and odd names comes back where it came from', async () => {
    const folder = path.join(temp(), 'corpus');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    const docs: [string, string][] = [
      ['sub/doc.txt', 'Russia and ASEAN agreed.\n'],
      ['a  b.txt', 'Two spaces in the name.\n'],
      ['cafe\u0301.txt', 'A decomposed accent in the name.\n'],
    ];
    for (const [name, text] of docs) writeFileSync(path.join(folder, name), text);
    const bytes = project(
      docs.map(([name, text]) => [name, text, []]),
      '',
    );
    const before = snapshot(folder);
    const outcome = await importQdpx(bytes, folder);
    assert.deepEqual(outcome.written, []);
    assert.deepEqual(
      outcome.report.documents.map((d) => [d.path, d.status]),
      docs.map(([name]) => [name, 'identical']),
    );
    assert.deepEqual(snapshot(folder), before);
  });

  it('keeps two codes of one name under different parents apart, and reports GUIDs used twice', async () => {
    const codes = codeXml(G(1), 'Alpha', codeXml(G(2), 'Common')) + codeXml(G(3), 'Beta', codeXml(G(4), 'Common')) + codeXml(G(4), 'Again');
    const text = 'one two three';
    const bytes = project(
      [
        [
          's.txt',
          text,
          [
            [G(900), 0, 3, G(2)],
            [G(901), 4, 7, G(4)],
            [G(901), 8, 13, G(2)],
          ],
        ],
      ],
      codes,
    );
    const folder = path.join(temp(), 'in');
    writeFileSync(
      path.join(mkdirp(folder), 'codebook.yaml'),
      'codes:\n  - id: alpha\n    name: Alpha\n    children:\n      - id: common\n        name: Common\n',
    );
    const outcome = await importQdpx(bytes, folder);
    const book = loadCodebook(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8'), 'codebook.yaml');
    assert.deepEqual(
      flattenCodes(book.codes).map((c) => [c.name, c.parent]),
      [
        ['Alpha', undefined],
        ['Common', 'alpha'],
        ['Beta', undefined],
        ['Common', 'beta'],
      ],
    );
    const warnings = outcome.report.problems.filter((p) => p.severity === 'warning').map((p) => `${p.element}: ${p.message}`);
    assert.ok(
      warnings.some((w) => /Code \{.*\} 'Again': a second code with this GUID/.test(w)),
      warnings.join('\n'),
    );
    assert.ok(
      warnings.some((w) => /PlainTextSelection \{.*901\}: a second selection with this GUID/.test(w)),
      warnings.join('\n'),
    );
    assert.deepEqual(outcome.report.documents[0].annotationsSkipped, 1);
  });

  it('accepts a note that mentions <!DOCTYPE inside CDATA, and reads an archive of 3,000 entries', async () => {
    const note = `<Notes><Note guid="${G(7)}"><PlainTextContent><![CDATA[see <!DOCTYPE html> in the page]]></PlainTextContent></Note></Notes>`;
    const withNote = project([['n.txt', 'text', []]], '', note);
    assert.equal((await importQdpx(withNote, path.join(temp(), 'n'))).imported, true);
    const entries: Zippable = { 'project.qde': strToU8(smallProject('many', [])), [`sources/${GUID_A}.txt`]: strToU8('x') };
    for (let k = 0; k < 3000; k++) entries[`other/${k}.txt`] = strToU8('');
    const archive = readQdpxArchive(zipSync(entries));
    assert.equal(archive.sources.size, 1);
  });

  it('writes long non-Latin names whole, with their sidecars, and says when a sidecar was there without its document', async () => {
    const long = '政策'.repeat(60);
    const folder = path.join(temp(), 'long');
    writeFileSync(path.join(mkdirp(folder), 'orphan.txt.annotations.yaml'), 'version: 1\ndocument: orphan.txt\nannotations: []\n');
    const bytes = project(
      [
        [long, 'abc def', [[G(800), 0, 3, G(1)]]],
        ['orphan.txt', 'xyz', []],
      ],
      codeXml(G(1), 'Code'),
    );
    const outcome = await importQdpx(bytes, folder);
    const [doc, orphan] = outcome.report.documents;
    assert.ok(Buffer.byteLength(doc.path) <= 160, `${Buffer.byteLength(doc.path)} bytes`);
    assert.deepEqual([doc.status, doc.annotationsAdded], ['new', 1]);
    assert.ok(outcome.written.includes(`${doc.path}.annotations.yaml`));
    assert.equal(orphan.status, 'new');
    assert.ok(
      outcome.report.problems.some(
        (p) => p.severity === 'warning' && /orphan\.txt\.annotations\.yaml was there without its document/.test(p.message),
      ),
    );
  });
});

function mkdirp(folder: string): string {
  mkdirSync(folder, { recursive: true });
  return folder;
}
