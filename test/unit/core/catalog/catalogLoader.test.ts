import { strict as assert } from 'node:assert';
import { buildCatalog, parseCatalogFile } from '../../../../src/core/catalog/catalogLoader';
import { formatDiagnostic } from '../../../../src/core/base/diagnostics';
import { catalogFrom, found } from '../../helpers/matching';

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('catalog loading and validation', () => {
  it('loads entities with aliases, relations, wikidata and positions', () => {
    const c = catalogFrom(
      lines(
        '# states',
        'entities:',
        '  - id: russia',
        '    name: Russia',
        '    kind: actor',
        '    type: state',
        '    wikidata: Q159',
        '    aliases: [Russian Federation, { text: moscow, ignoreCase: true }]',
        '    relations: [{ type: member-of, target: brics }]',
        '  - { id: brics, name: BRICS, kind: institution, type: bloc }',
      ),
    );
    assert.deepEqual(c.diagnostics, []);
    const russia = c.byId.get('russia');
    assert.ok(russia);
    assert.equal(russia.wikidata, 'Q159');
    assert.deepEqual(russia.aliases, [
      { text: 'Russian Federation', ignoreCase: false },
      { text: 'moscow', ignoreCase: true },
    ]);
    assert.deepEqual(russia.relations, [{ type: 'member-of', target: 'brics' }]);
    assert.deepEqual(russia.location, { file: 'entities.yaml', line: 3, column: 5 });
    assert.deepEqual(found(c, 'MOSCOW and BRICS'), ['russia:MOSCOW', 'brics:BRICS']);
  });

  it('reports a duplicate id at the second entity and keeps the first', () => {
    const c = catalogFrom(
      lines(
        'entities:',
        '  - { id: a, name: Alpha, kind: actor, type: state }',
        '  - { id: a, name: Beta, kind: actor, type: state }',
        '  - { id: c, name: Gamma, kind: actor, type: state }',
      ),
    );
    assert.deepEqual(c.diagnostics.map(formatDiagnostic), [
      "entities.yaml:3:5: error: duplicate entity id 'a' (first declared at entities.yaml:2); this one is ignored [duplicate-id]",
    ]);
    assert.deepEqual(
      c.entities.map((e) => e.name),
      ['Alpha', 'Gamma'],
    );
  });

  it('reports an unknown relation target at the target and drops only that relation', () => {
    const c = catalogFrom(
      lines(
        'entities:',
        '  - id: a',
        '    name: Alpha',
        '    kind: actor',
        '    type: state',
        '    relations:',
        '      - { type: member-of, target: nowhere }',
        '      - { type: member-of, target: a }',
      ),
    );
    assert.equal(c.diagnostics.length, 1);
    assert.deepEqual([c.diagnostics[0].code, c.diagnostics[0].line, c.diagnostics[0].column], ['unknown-target', 7, 36]);
    assert.deepEqual(c.byId.get('a')?.relations, [{ type: 'member-of', target: 'a' }]);
  });

  it('reports an alias claimed by two entities and matches it for the first only', () => {
    const c = catalogFrom(
      lines(
        'entities:',
        '  - { id: rok, name: South Korea, kind: actor, type: state, aliases: [Korea] }',
        '  - { id: dprk, name: North Korea, kind: actor, type: state, aliases: [Korea, DPRK] }',
        '  - { id: x, name: Other, kind: actor, type: state, aliases: [{ text: dprk, ignoreCase: true }] }',
      ),
    );
    assert.deepEqual(
      c.diagnostics.map((d) => [d.code, d.line]),
      [
        ['alias-conflict', 3],
        ['alias-conflict', 4],
      ],
    );
    assert.deepEqual(found(c, 'Korea, DPRK'), ['rok:Korea', 'dprk:DPRK']);
  });

  it('accepts the same spelling in another case for different entities when both are case-sensitive', () => {
    const c = catalogFrom('entities: [{ id: a, name: MAS, kind: actor, type: state }, { id: b, name: Mas, kind: actor, type: person }]\n');
    assert.deepEqual(c.diagnostics, []);
    assert.deepEqual(found(c, 'MAS Mas mas'), ['a:MAS', 'b:Mas']);
  });

  it('reports bad YAML with its line and keeps what parsed', () => {
    const c = catalogFrom(
      lines('entities:', '  - { id: a, name: Alpha, kind: actor, type: state }', '  - { id: b, name: "Beta, kind: actor, type: state }'),
    );
    const syntax = c.diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.ok(syntax.length > 0 && syntax.every((d) => d.line >= 3), JSON.stringify(c.diagnostics));
    assert.equal(c.byId.get('a')?.name, 'Alpha');
  });

  it('reports wrong field types, a bad kind, a bad QID and unknown keys, keeping the entity', () => {
    const c = catalogFrom(
      lines(
        'entities:',
        '  - id: a',
        '    name: Alpha',
        '    kind: country',
        '    type: state',
        '    wikidata: 159',
        '    alias: [A]',
        '    aliases: Alpha Land',
      ),
    );
    assert.deepEqual(
      c.diagnostics.map((d) => [d.code, d.line, d.severity]),
      [
        ['bad-kind', 4, 'error'],
        ['bad-wikidata', 6, 'error'],
        ['unknown-key', 7, 'warning'],
        ['wrong-type', 8, 'error'],
      ],
    );
    assert.match(c.diagnostics[2].message, /did you mean 'aliases'/);
    assert.deepEqual(
      c.entities.map((e) => e.id),
      ['a'],
    );
  });

  it('skips an entity without id or name and says where', () => {
    const c = catalogFrom('entities:\n  - { name: Alpha, kind: actor, type: state }\n  - { id: b, kind: actor, type: state }\n');
    assert.deepEqual(
      c.diagnostics.map((d) => [d.code, d.line]),
      [
        ['missing-field', 2],
        ['missing-field', 3],
      ],
    );
    assert.equal(c.entities.length, 0);
  });

  it('keeps numbers in text fields as written', () => {
    const c = catalogFrom('entities:\n  - { id: 0x1A, name: 1.50, kind: actor, type: state, aliases: [1e3, 007] }\n');
    assert.equal(c.entities[0].id, '0x1A');
    assert.equal(c.entities[0].name, '1.50');
    assert.deepEqual(
      c.entities[0].aliases.map((a) => a.text),
      ['1e3', '007'],
    );
  });

  it('treats an empty file as an empty catalog', () => {
    assert.deepEqual(catalogFrom('').entities, []);
    assert.deepEqual(catalogFrom('# nothing yet\n').diagnostics, []);
  });

  it('merges several files, checking ids and targets across them', () => {
    const a = parseCatalogFile('entities: [{ id: asean, name: ASEAN, kind: institution, type: organisation }]\n', 'a/entities.yaml');
    const b = parseCatalogFile(
      'entities:\n  - { id: th, name: Thailand, kind: actor, type: state, relations: [{ type: member-of, target: asean }] }\n  - { id: asean, name: Asean, kind: institution, type: organisation }\n',
      'b/entities.yaml',
    );
    const c = buildCatalog([a, b]);
    assert.deepEqual(
      c.diagnostics.map((d) => `${d.file}:${d.line}:${d.code}`),
      ['b/entities.yaml:3:duplicate-id'],
    );
    assert.deepEqual(c.byId.get('th')?.relations, [{ type: 'member-of', target: 'asean' }]);
  });

  it('refuses conflict markers and absurd nesting before parsing, naming the line', () => {
    const conflict = catalogFrom('entities:\n<<<<<<< HEAD\n  - { id: a, name: A, kind: actor, type: state }\n=======\n>>>>>>> other\n');
    assert.deepEqual(
      conflict.diagnostics.map((d) => [d.code, d.line]),
      [['conflict-marker', 2]],
    );
    const deep = catalogFrom('entities:\n' + '- '.repeat(20000) + 'x\n');
    assert.deepEqual(
      deep.diagnostics.map((d) => [d.code, d.line]),
      [['too-deep', 2]],
    );
    const flow = catalogFrom('entities: ' + '['.repeat(5000) + '\n');
    assert.deepEqual(
      flow.diagnostics.map((d) => d.code),
      ['too-deep'],
    );
    const oneLine = catalogFrom('entities: []\nx: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n');
    assert.deepEqual(
      oneLine.diagnostics.map((d) => [d.code, d.line]),
      [['too-deep', 2]],
      'brackets closed on the same line count too',
    );
    const hashInQuotes = catalogFrom('entities: ["a #", ' + '['.repeat(5000) + ']'.repeat(5000) + ']\n');
    assert.deepEqual(
      hashInQuotes.diagnostics.map((d) => d.code),
      ['too-deep'],
      'a # inside quotes is no comment',
    );
    const bracketsInQuotes = catalogFrom('entities: ' + '[ "]",'.repeat(5000) + ' 1' + ']'.repeat(5000) + '\n');
    assert.deepEqual(
      bracketsInQuotes.diagnostics.map((d) => d.code),
      ['too-deep'],
      'a ] inside quotes closes nothing',
    );
    const quotedText = catalogFrom(
      `entities:\n  - { id: a, name: A, kind: actor, type: state, description: "${'['.repeat(60)} it's fine" }\n`,
    );
    assert.deepEqual(quotedText.diagnostics, [], 'brackets inside a quoted description are text');
  });
});
