// Reading a .qdpx that someone built to hurt (issue 15, reading must be safe): a zip that is no
// project, a zip bomb that lies about its sizes, entries whose paths escape a folder, an entity
// bomb, XML that does not parse, another encoding, and source names that are paths or devices.
import { strict as assert } from 'node:assert';
import { strToU8, zipSync } from 'fflate';
import { readQdpxArchive, QdpxError, unsafeEntryName } from '../../../../src/core/exchange/qdpxUnzip';
import { documentFileName, documentFileNames } from '../../../../src/core/exchange/qdeImportNames';
import { parseQde } from '../../../../src/core/exchange/qdeParse';
import { projectText } from '../../../../src/core/exchange/qdeText';
import { fixtureXml, qdpx, smallProject } from '../../helpers/qdpxFixtures';

const LIMITS = { maxEntries: 50, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 };

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof QdpxError, String(error));
    return error.message;
  }
  assert.fail('expected a QdpxError');
}

/** The zip with every entry's declared uncompressed size set to 100 bytes (local and central headers). */
function declareSmallSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 30 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 100, true);
    else if (signature === 0x02014b50) view.setUint32(i + 24, 100, true);
  }
  return out;
}

describe('reading a hostile .qdpx', () => {
  it('refuses what is not a project: not a zip, an empty zip, a zip without project.qde', () => {
    assert.match(
      refusal(() => readQdpxArchive(strToU8('<Project/>'))),
      /not a zip archive/,
    );
    assert.match(
      refusal(() => readQdpxArchive(zipSync({}))),
      /empty or not a zip/,
    );
    assert.match(
      refusal(() => readQdpxArchive(qdpx(undefined, { 'notes.txt': 'x' }))),
      /holds no project\.qde: it is not a REFI-QDA project/,
    );
  });

  it('stops a zip bomb while inflating, whatever sizes it declares', () => {
    // 16 MB of zeros deflate to about 16 KB; the caps stop it after 1 MB of output.
    const bomb = qdpx(smallProject('a', []), { 'sources/big.txt': new Uint8Array(16 * 1024 * 1024) });
    assert.ok(bomb.length < 64 * 1024);
    assert.match(
      refusal(() => readQdpxArchive(bomb, LIMITS)),
      /entry sources\/big\.txt inflates to more than 1 MB; the archive is refused/,
    );
    const lying = declareSmallSizes(bomb);
    assert.match(
      refusal(() => readQdpxArchive(lying, LIMITS)),
      /entry sources\/big\.txt inflates to more than 1 MB/,
    );
    const many = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`sources/${i}.txt`, new Uint8Array(900 * 1024)]));
    assert.match(
      refusal(() => readQdpxArchive(qdpx(smallProject('a', []), many), LIMITS)),
      /inflates to more than 2 MB/,
    );
    const entries = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`x${i}.txt`, 'x']));
    assert.match(
      refusal(() => readQdpxArchive(qdpx(smallProject('a', []), entries), LIMITS)),
      /more than 50 entries/,
    );
  });

  it('refuses entry names that escape a folder, and never uses them', () => {
    for (const name of ['../evil.txt', 'sources/../../evil.txt', '/etc/passwd', 'sources\\evil.txt', 'C:/evil.txt', 'c:evil.txt'])
      assert.ok(unsafeEntryName(name), name);
    assert.equal(unsafeEntryName('sources/0a.txt'), undefined);
    const archive = readQdpxArchive(qdpx(smallProject('a', []), { '../evil.txt': 'x', 'sources/../x.txt': 'y', 'sources/ok.txt': 'ok' }));
    assert.deepEqual([...archive.sources.keys()], ['ok.txt']);
    assert.deepEqual(
      archive.problems.map((p) => `${p.file}: ${p.message}`),
      [
        "../evil.txt: entry refused: '..' in its path; it is never read or written",
        "sources/../x.txt: entry refused: '..' in its path; it is never read or written",
      ],
    );
  });

  it('refuses an entity bomb for its DOCTYPE before parsing, naming the line', () => {
    const bytes = strToU8(fixtureXml('entity-bomb.qde'));
    assert.match(
      refusal(() => projectText(bytes)),
      /^project\.qde:2: a DOCTYPE declaration is refused/,
    );
  });

  it('refuses XML that does not parse, naming the file and line; other encodings; bytes that are not UTF-8', () => {
    assert.match(
      refusal(() => parseQde('<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">\n<Sources>\n</Project>\n')),
      /^project\.qde:4: the XML does not parse/,
    );
    assert.match(
      refusal(() => projectText(strToU8('<?xml version="1.0" encoding="ISO-8859-1"?><Project/>'))),
      /declares the encoding 'ISO-8859-1'/,
    );
    assert.match(
      refusal(() => projectText(new Uint8Array([0x3c, 0x50, 0x0a, 0xff, 0x3e]))),
      /project\.qde is not UTF-8 text \(line 2, byte 1\)/,
    );
    assert.match(
      refusal(() => parseQde('<Other/>')),
      /has no Project element/,
    );
  });

  it('makes each source name a plain file name inside the folder: no separators, devices, dots, clashes', () => {
    const cases: [string, string][] = [
      ['../../etc/passwd', '_.._etc_passwd.txt'],
      ['C:\\Windows\\win.ini', 'C_Windows_win.ini.txt'],
      ['nul', '_nul.txt'],
      ['CON.txt', '_CON.txt'],
      ['   ', 'source-abcdef12.txt'],
      ['notes.MD', 'notes.md'],
      ['line\nbreak\u0000', 'line_break_.txt'],
    ];
    for (const [name, file] of cases) assert.equal(documentFileName(name, 'abcdef12-0000'), file, name);
    assert.deepEqual(
      documentFileNames([
        { name: 'Report', guid: '1' },
        { name: 'report.txt', guid: '2' },
        { name: 'codebook.yaml', guid: '3' },
        { name: 'x.annotations.yaml', guid: '4' },
      ]),
      ['Report.txt', 'report (2).txt', 'codebook.yaml.txt', 'x.annotations.yaml.txt'],
    );
  });

  it('numbers many sources of one name in one pass each, as trying every number from 2 would', () => {
    const same = Array.from({ length: 20_000 }, (_, i) => ({ name: 'Statement', guid: String(i) }));
    const names = documentFileNames(same);
    assert.deepEqual(names.slice(0, 3), ['Statement.txt', 'Statement (2).txt', 'Statement (3).txt']);
    assert.equal(names.at(-1), 'Statement (20000).txt');
    assert.equal(new Set(names).size, 20_000);
    // Names that are numbered already, and the same names in other cases, mixed in any order.
    const pool = ['a', 'A', 'a (2)', 'a (3).txt', 'A (2).TXT', 'b.md', 'B.md', 'b (2).md'];
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const sources = Array.from({ length: 12 }, (_, i) => ({ name: pool[Math.floor(random() * pool.length)], guid: String(i) }));
      assert.deepEqual(documentFileNames(sources), triedFromTwo(sources), JSON.stringify(sources.map((x) => x.name)));
    }
  });
});

/** The naming before the pass (every number tried from 2), to compare with. */
function triedFromTwo(sources: { name: string; guid: string }[]): string[] {
  const taken = new Set<string>(['codebook.yaml', 'entities.yaml', 'documents.yaml']);
  return sources.map((s) => {
    const name = documentFileName(s.name, s.guid);
    const dot = name.lastIndexOf('.');
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
