// The import plan (core/exchange/qdeImportPlan.ts) on the hand-written tools project: what other
// tools write (CRLF counted as two and as one, a BOM, Sources/ capitalised, memos as Description
// and NoteRef, folder codes, inline text, a PDF) becomes documents, codes and sidecars; a second
// import adds nothing; a different file under a document's name is never overwritten.
import { strict as assert } from 'node:assert';
import { loadCodebook, flattenCodes } from '../../../../src/core/codebook/codebook';
import { readQdpxArchive } from '../../../../src/core/exchange/qdpxUnzip';
import { planImport, type ExistingFile, type ImportPlan } from '../../../../src/core/exchange/qdeImportPlan';
import { problemLine } from '../../../../src/core/exchange/qdeImportReport';
import { parseQde } from '../../../../src/core/exchange/qdeParse';
import { projectText } from '../../../../src/core/exchange/qdeText';
import { checkSidecar } from '../../../../src/core/sidecars/sidecarCheck';
import { qdeGuid } from '../../../../src/core/exchange/qdeGuids';
import { fixtureXml, GUID_A, GUID_B, qdpx, SOURCE_A, SOURCE_B, toolsQdpx } from '../../helpers/qdpxFixtures';

function plan(files: Map<string, string>, bytes = toolsQdpx()): ImportPlan {
  const archive = readQdpxArchive(bytes);
  const parsed = parseQde(projectText(archive.project));
  return planImport(parsed, archive.sources, {
    file: (p): ExistingFile => (files.has(p) ? { kind: 'text', text: files.get(p)! } : { kind: 'absent' }),
  });
}

/** Writes a plan into the in-memory folder, as the Node side does. */
function apply(p: ImportPlan, files: Map<string, string>): void {
  if (p.codebook) files.set(p.codebook.path, p.codebook.text);
  for (const d of p.documents) files.set(d.path, d.text);
  for (const s of p.sidecars) files.set(s.path, s.model.toText());
}

function annotations(files: Map<string, string>, path: string) {
  const checked = checkSidecar(files.get(path)!, path);
  assert.deepEqual(
    checked.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  return new Map(checked.annotations.map((a) => [a.id, a]));
}

describe('planImport (a REFI-QDA project into a folder, planned)', () => {
  it('writes the text sources as documents with safe names, and nothing for the PDF', () => {
    const p = plan(new Map());
    assert.deepEqual(
      p.documents.map((d) => d.path),
      ['Council minutes.txt', 'ASEAN statement.txt', 'Interview_ 1_2.txt'],
    );
    assert.equal(p.documents[0].text, SOURCE_A, 'the text as the archive holds it (CRLF kept)');
    assert.equal(p.documents[1].text, SOURCE_B, 'BOM kept');
    assert.equal(p.documents[2].text, 'Q: Why?\nA: Because the bloc wants autonomy.\n', 'PlainTextContent inline');
    const lines = p.report.problems.map(problemLine);
    assert.ok(
      lines.some((l) =>
        /^project\.qde:\d+: warning: PDFSource \{30000000-0000-4000-8000-00000000000d\} 'Annex\.pdf': not imported .* 2 selections are skipped$/.test(
          l,
        ),
      ),
      lines.join('\n'),
    );
  });

  it('adds the codes with their hierarchy (the folder code as a parent), ids from names, colours as #rrggbb', () => {
    const p = plan(new Map());
    const book = loadCodebook(p.codebook!.text, 'codebook.yaml');
    assert.deepEqual(book.diagnostics, []);
    assert.deepEqual(
      flattenCodes(book.codes).map((c) => [c.id, c.name, c.parent, c.color]),
      [
        ['stance', 'Stance', undefined, undefined],
        ['hedging', 'Hedging', 'stance', '#3177c6'],
        ['engagement-not-endorsement', 'Engagement, not endorsement', 'stance', '#aabbcc'],
        ['trade', 'Trade', undefined, undefined],
      ],
    );
    assert.equal(book.byId.get('trade')!.description, 'Trade and its figures');
  });

  it('reads CRLF counted as two (source A) and as one (source B) from the quotes, and says so', () => {
    const files = new Map<string, string>();
    const p = plan(files);
    apply(p, files);
    const [a, b, c] = p.report.documents;
    assert.match(a.lineEnds, /^CRLF counted as two characters \(3 of 3 quoted selections agree/);
    assert.match(b.lineEnds, /^CRLF counted as one character \(2 of 2 quoted selections agree/);
    assert.equal(c.lineEnds, 'no CRLF line ends');
    const inA = annotations(files, 'Council minutes.txt.annotations.yaml');
    const hedge = inA.get('40000000-0000-4000-8000-000000000001')!;
    assert.deepEqual(hedge.target, {
      exact: 'hedge their bets',
      prefix: 'et on Monday.\nMembers agreed to ',
      suffix: '.\nTrade with Russia fell sharply',
      start: 45,
      end: 61,
    });
    assert.deepEqual(hedge.codes, ['hedging']);
    assert.equal(hedge.note, "A memo written as the selection's Description");
    assert.equal(hedge.author, 'Ana');
    assert.equal(hedge.created, '2025-03-01T14:05:00Z');
    assert.equal(hedge.modified, '2025-03-02T08:00:00Z');
    assert.equal(inA.get('40000000-0000-4000-8000-000000000002')!.author, 'Ben', 'a creatingUser GUID with braces and capitals');
    assert.equal(inA.get('40000000-0000-4000-8000-000000000003')!.target.exact, 'Monday.\nMembers', 'a quote over a line end');
    const inB = annotations(files, 'ASEAN statement.txt.annotations.yaml');
    const engagement = inB.get('4000000b-0000-4000-8000-0000000000b1')!;
    assert.equal(engagement.target.exact, 'Engagement is not endorsement');
    assert.equal(engagement.note, 'A memo kept as a project Note and referred to by NoteRef');
    assert.deepEqual(engagement.codes, ['engagement-not-endorsement']);
    assert.equal(inB.get('4000000b-0000-4000-8000-0000000000b2')!.target.exact, 'keep options open');
  });

  it('reports a selection beyond its source with the file, line, element and figures, and imports the rest', () => {
    const p = plan(new Map());
    const lines = p.report.problems.map(problemLine);
    assert.ok(
      lines.includes(
        "project.qde:67: error: PlainTextSelection {40000000-0000-4000-8000-000000000022}: end 500 beyond the source's 44 characters (no CRLF line ends); skipped",
      ),
      lines.join('\n'),
    );
    assert.deepEqual(
      p.report.documents.map((d) => [d.status, d.annotationsAdded, d.annotationsSkipped]),
      [
        ['new', 3, 0],
        ['new', 2, 0],
        ['new', 1, 1],
      ],
    );
  });

  it('adds nothing the second time: same documents, codes matched, annotations found by id', () => {
    const files = new Map<string, string>();
    apply(plan(files), files);
    const before = new Map(files);
    const again = plan(files);
    assert.equal(again.codebook, undefined);
    assert.deepEqual(again.documents, []);
    assert.deepEqual(again.sidecars, []);
    assert.equal(again.report.codesMatched, 4);
    assert.deepEqual(
      again.report.documents.map((d) => [d.status, d.annotationsAdded, d.annotationsPresent]),
      [
        ['identical', 0, 3],
        ['identical', 0, 2],
        ['identical', 0, 1],
      ],
    );
    apply(again, files);
    assert.deepEqual(files, before);
  });

  it('never overwrites a different file under a document name: a conflict, that source and its annotations skipped', () => {
    const files = new Map([['Council minutes.txt', 'Someone else’s minutes.\n']]);
    const p = plan(files);
    assert.deepEqual(
      p.documents.map((d) => d.path),
      ['ASEAN statement.txt', 'Interview_ 1_2.txt'],
    );
    assert.ok(!p.sidecars.some((s) => s.path.startsWith('Council minutes')));
    assert.equal(p.report.documents[0].status, 'conflict');
    assert.ok(
      p.report.problems.some(
        (x) => x.severity === 'error' && /Council minutes\.txt: a different file is already there; it is not overwritten/.test(x.message),
      ),
    );
  });

  it('takes a file with the same text (other line ends) as the same document', () => {
    const files = new Map([['Council minutes.txt', SOURCE_A.replace(/\r\n/g, '\n')]]);
    const p = plan(files);
    assert.equal(p.report.documents[0].status, 'identical');
    assert.equal(p.report.documents[0].annotationsAdded, 3);
  });

  it('matches codes the codebook already has by GUID (our own export) and by name, keeping its comments', () => {
    const existing = `# my codebook\ncodes:\n  - id: hedge # short id\n    name: Hedging\n  - id: my-trade\n    name: Commerce\n`;
    // The exporter's GUID of code 'my-trade' is qdeGuid('code', 'my-trade'): rename Trade's GUID to it.
    const xml = toolsQdpx();
    const archive = readQdpxArchive(xml);
    const text = projectText(archive.project).replaceAll('20000000-0000-4000-8000-000000000004', qdeGuid('code', 'my-trade'));
    const parsed = parseQde(text);
    const p = planImport(parsed, archive.sources, {
      file: (path): ExistingFile => (path === 'codebook.yaml' ? { kind: 'text', text: existing } : { kind: 'absent' }),
    });
    assert.ok(p.codebook!.text.startsWith('# my codebook\ncodes:\n  - id: hedge # short id\n'));
    assert.deepEqual(p.report.codesAdded, ['stance', 'engagement-not-endorsement']);
    assert.equal(p.report.codesMatched, 2);
    const sidecar = p.sidecars.find((s) => s.path === 'Council minutes.txt.annotations.yaml')!;
    assert.deepEqual(sidecar.model.get('40000000-0000-4000-8000-000000000002')!.codes, ['my-trade']);
    assert.deepEqual(sidecar.model.get('40000000-0000-4000-8000-000000000001')!.codes, ['hedge']);
  });

  it('refuses to edit a codebook that does not parse: nothing planned, the problem located', () => {
    const p = plan(new Map([['codebook.yaml', 'codes:\n  - id: [oops\n']]));
    assert.deepEqual([p.codebook, p.documents, p.sidecars], [undefined, [], []]);
    assert.ok(
      p.report.problems.some((x) => x.file === 'codebook.yaml' && x.severity === 'error' && /nothing was imported/.test(x.message)),
    );
  });

  it('adds to an existing sidecar by id, keeping its comments and annotations', () => {
    const sidecar = [
      'version: 1',
      'document: Council minutes.txt',
      'annotations:',
      '  # mine',
      '  - id: mine',
      '    codes: [trade]',
      '    target: { exact: "The Council", start: 0, end: 11 }',
      '',
    ].join('\n');
    const files = new Map([['Council minutes.txt.annotations.yaml', sidecar]]);
    const p = plan(files);
    const written = p.sidecars.find((x) => x.path === 'Council minutes.txt.annotations.yaml')!;
    assert.equal(written.existed, true);
    const text = written.model.toText();
    assert.ok(text.startsWith(sidecar.trimEnd()), text);
    assert.deepEqual(written.model.ids, [
      'mine',
      '40000000-0000-4000-8000-000000000001',
      '40000000-0000-4000-8000-000000000002',
      '40000000-0000-4000-8000-000000000003',
    ]);
  });

  it('reports a CodeRef to no code (error) and a NoteRef to no note (warning), importing the selection without them', () => {
    const archive = readQdpxArchive(toolsQdpx());
    const xml = projectText(archive.project)
      .replace(
        '<CodeRef targetGUID="20000000-0000-4000-8000-000000000004"/>',
        '<CodeRef targetGUID="99999999-0000-4000-8000-000000000004"/>',
      )
      .replace(
        '<NoteRef targetGUID="60000000-0000-4000-8000-000000000001"/>',
        '<NoteRef targetGUID="99999999-0000-4000-8000-000000000001"/>',
      );
    const p = planImport(parseQde(xml), archive.sources, { file: () => ({ kind: 'absent' }) });
    const lines = p.report.problems.map(problemLine);
    assert.ok(
      lines.some((l) =>
        /^project\.qde:\d+: error: PlainTextSelection \{40000000-0000-4000-8000-000000000002\}: CodeRef \{99999999-0000-4000-8000-000000000004\} names no code/.test(
          l,
        ),
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) =>
        /^project\.qde:\d+: warning: PlainTextSelection \{4000000b-0000-4000-8000-0000000000b1\}: NoteRef \{99999999-0000-4000-8000-000000000001\} names no Note/.test(
          l,
        ),
      ),
      lines.join('\n'),
    );
    const trade = p.sidecars[0].model.get('40000000-0000-4000-8000-000000000002')!;
    assert.deepEqual(trade.codes, []);
  });

  it('finds an annotation whose UUID id is written in capitals (our export writes GUIDs in lower case)', () => {
    const sidecar = [
      'version: 1',
      'document: ASEAN statement.txt',
      'annotations:',
      '  - id: 4000000B-0000-4000-8000-0000000000B1',
      '    target: { exact: "Engagement is not endorsement" }',
      '',
    ].join('\n');
    const p = plan(new Map([['ASEAN statement.txt.annotations.yaml', sidecar]]));
    assert.deepEqual([p.report.documents[1].annotationsPresent, p.report.documents[1].annotationsAdded], [1, 1]);
  });

  it('skips a source whose text is not UTF-8, naming the line of the bad byte; reads a project.qde that starts with a BOM', () => {
    const bytes = qdpx(`\uFEFF${fixtureXml('tools.qde')}`, {
      [`sources/${GUID_A}.txt`]: new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]),
      [`sources/${GUID_B}.txt`]: SOURCE_B,
    });
    const p = plan(new Map(), bytes);
    assert.equal(p.report.documents[0].status, 'skipped');
    assert.ok(
      p.report.problems.some((x) =>
        /internal:\/\/30000000-0000-4000-8000-00000000000a\.txt is not UTF-8 text \(line 2, byte 2\); the source and its 3 selections are skipped/.test(
          x.message,
        ),
      ),
    );
    assert.equal(p.report.documents[1].status, 'new');
  });
});
