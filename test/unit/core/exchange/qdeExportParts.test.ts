// The parts of the REFI-QDA export: variables typed from the attributes' values, entities as a
// folder of codes with one selection per mention, timestamps as xsd:dateTime, and XML text that a
// parser reads back unchanged. Each project written is checked against the official schema.
import { strict as assert } from 'node:assert';
import { qdeDateTime } from '../../../../src/core/exchange/qdeDateTime';
import { QdeLossLog } from '../../../../src/core/exchange/qdeLosses';
import { decimalText } from '../../../../src/core/exchange/qdeVariables';
import { escapeXmlAttribute, escapeXmlText, xmlChars } from '../../../../src/core/exchange/qdeXmlText';
import { exportQdpx } from '../../../../src/core/exchange/qdpxExport';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { entityMentions } from '../../../../src/core/exchange/qdeGather';
import { validateQde } from '../../../../src/node/qdeValidation';
import { QUOTE, REPORT } from '../../helpers/anchoring';
import { codePointSlice, exportFixture, fixtureCatalog } from '../../helpers/exportFixtures';
import { child, doc, elements, parseXml, qdeInput } from '../../helpers/qdeFixtures';

describe('REFI-QDA export parts', () => {
  it('types each attribute from the values of every document: Integer, Float, Date, Boolean, else Text', async () => {
    const documents = [
      doc('a.txt', 'one', { year: 2019, score: 1, date: '2019-05-01', ok: true, tags: ['x', 'y'], mixed: 1, path: 'a.txt' }),
      doc('b.txt', 'two', { year: 2020, score: 2.5, date: '2020-02-30', ok: false, mixed: 'many' }),
      doc('c.txt', 'three', { year: 1e21, signed: '2021-02-28' }),
    ];
    const file = exportQdpx(qdeInput(documents, []));
    assert.equal((await validateQde(file.xml)).valid, true);
    const root = parseXml(file.xml);
    const types = Object.fromEntries(elements(root, 'Variable').map((v) => [v.attributes.name, v.attributes.typeOfVariable]));
    assert.deepEqual(types, { date: 'Text', mixed: 'Text', ok: 'Boolean', score: 'Float', signed: 'Date', tags: 'Text', year: 'Integer' });
    const a = elements(root, 'TextSource').find((s) => s.attributes.name === 'a.txt')!;
    const values = elements(a, 'VariableValue').map((v) => v.children[1].name + '=' + v.children[1].text);
    assert.deepEqual(values, [
      'TextValue=2019-05-01',
      'TextValue=1',
      'BooleanValue=true',
      'FloatValue=1',
      'TextValue=x; y',
      'IntegerValue=2019',
    ]);
    const kinds = file.report.losses.map((l) => `${l.kind}:${l.examples.join(',')}`);
    assert.deepEqual(kinds, ['list-attribute:tags', 'mixed-attribute:date,mixed']);
  });

  it('exports entities as a folder of codes (not codable) with one coded selection per mention', async () => {
    const catalog = fixtureCatalog();
    const matcher = compileMatcher(catalog);
    const text = `🎉 ${REPORT}`;
    const mentions = entityMentions(matcher, text);
    const byId = new Map(catalog.entities.map((e) => [e.id, e]));
    const file = exportQdpx(qdeInput([doc('r.txt', text)], [], { entities: { byId, mentions: new Map([['r.txt', mentions]]) } }));
    assert.equal((await validateQde(file.xml)).valid, true);
    const root = parseXml(file.xml);
    const folder = elements(root, 'Code').find((c) => c.attributes.name === 'Entities')!;
    assert.equal(folder.attributes.isCodable, 'false');
    assert.deepEqual(
      folder.children
        .filter((c) => c.name === 'Code')
        .map((k) => [k.attributes.name, k.attributes.isCodable, k.children.map((e) => e.attributes.name)]),
      [
        ['Actors', 'false', ['Malaysia', 'Moscow', 'Russia']],
        ['Institutions', 'false', ['ASEAN']],
      ],
    );
    const selections = elements(root, 'PlainTextSelection');
    assert.equal(selections.length, mentions.length);
    assert.equal(file.report.counts.mentions, mentions.length);
    const russia = elements(folder, 'Code').find((c) => c.attributes.name === 'Russia')!.attributes.guid;
    const onRussia = selections.filter((s) => child(child(s, 'Coding')!, 'CodeRef')!.attributes.targetGUID === russia);
    assert.ok(onRussia.length >= 3);
    for (const s of onRussia)
      assert.equal(codePointSlice(text, Number(s.attributes.startPosition), Number(s.attributes.endPosition)), 'Russia');
  });

  it('writes timestamps as xsd:dateTime: seconds and zone completed, a date at midnight, nonsense left out', () => {
    const log = new QdeLossLog();
    assert.equal(qdeDateTime('2025-03-01T14:05', log, 'a'), '2025-03-01T14:05:00');
    assert.equal(qdeDateTime('2025-03-01T14:05:07.5-0330', log, 'a'), '2025-03-01T14:05:07.5-03:30');
    assert.equal(qdeDateTime('2025-03-01', log, 'b'), '2025-03-01T00:00:00');
    for (const bad of ['2025-02-30T10:00Z', '2025-01-01T24:00Z', '2025-01-01T10:00+15:00', 'yesterday'])
      assert.equal(qdeDateTime(bad, log, bad), undefined);
    assert.deepEqual([log.count('date-only'), log.count('bad-timestamp')], [1, 4]);
  });

  it('escapes text and attributes so that a parser reads back the same characters; replaces what XML 1.0 cannot carry', () => {
    const nasty = 'a<b>&c"d\'e\tf\ng\r\nh]]>i 😀';
    const xml = `<r a="${escapeXmlAttribute(nasty)}">${escapeXmlText(nasty)}</r>`;
    const root = parseXml(xml);
    assert.deepEqual([root.attributes.a, root.text], [nasty, nasty]);
    assert.deepEqual(xmlChars('ok\u0000\u001f\uffff\ud800x\udc00😀\t'), { text: 'ok\ufffd\ufffd\ufffd\ufffdx\ufffd😀\t', replaced: 5 });
    assert.equal(decimalText(2.5), '2.5');
    assert.equal(decimalText(1e21), '1000000000000000000000');
    assert.equal(decimalText(1.5e-7), '0.00000015');
    assert.equal(decimalText(-1.25e22), '-12500000000000000000000');
  });
});

describe('REFI-QDA export edge cases', () => {
  it('writes an empty project and odd names validly', async () => {
    const file = exportQdpx(qdeInput([], [], { name: 'a\u0001<b> & "c"', codes: [] }));
    assert.equal((await validateQde(file.xml)).valid, true);
    assert.equal(parseXml(file.xml).attributes.name, 'a\ufffd<b> & "c"');
    assert.deepEqual(file.report.counts, {
      documents: 0,
      annotations: 0,
      codings: 0,
      memos: 0,
      users: 0,
      codes: 0,
      variables: 0,
      entityCodes: 0,
      mentions: 0,
    });
  });

  it('exports one source per path: a second document of the same path is left out and reported', async () => {
    const file = exportQdpx(qdeInput([doc('a.txt', 'first'), doc('a.txt', 'second')], []));
    assert.equal((await validateQde(file.xml)).valid, true);
    assert.equal(elements(parseXml(file.xml), 'TextSource').length, 1);
    assert.deepEqual(
      file.report.losses.map((l) => [l.kind, l.count]),
      [['duplicate-document', 1]],
    );
  });

  it('keeps a reworded passage at its proposed place; leaves out an orphan whose stored place is past the end', async () => {
    const reworded = REPORT.replace(QUOTE, 'engagement is not an endorsement');
    const records = exportFixture(REPORT, [{ id: 'r', quote: QUOTE, codes: ['trade'] }], reworded, 'r.txt');
    assert.equal(records[0].status, 'needs-review');
    const short = 'A much shorter text.\n';
    const orphans = exportFixture(REPORT, [{ id: 'o', quote: 'Moscow can offer in technology', codes: ['trade'] }], short, 's.txt');
    assert.equal(orphans[0].status, 'orphaned');
    const file = exportQdpx(qdeInput([doc('r.txt', reworded), doc('s.txt', short)], [...records, ...orphans]));
    assert.equal((await validateQde(file.xml)).valid, true);
    const [selection] = elements(parseXml(file.xml), 'PlainTextSelection');
    const { startPosition, endPosition } = selection.attributes;
    assert.equal(codePointSlice(reworded, Number(startPosition), Number(endPosition)), records[0].anchored!.text);
    const kinds = new Map(file.report.losses.map((l) => [l.kind, l.examples]));
    assert.deepEqual(kinds.get('unanchored-kept'), ['r.txt#r (needs-review)']);
    assert.deepEqual(kinds.get('no-place'), ['s.txt#o (orphaned)']);
    assert.equal(file.report.counts.annotations, 1);
  });
});
